package vn.onestop.kiosk.outbox;

import java.time.Instant;

/** A ticket issued offline, waiting in the outbox for delivery to the server. */
public record OfflineTicket(String idempotencyKey, String displayNumber, String serviceCode, String priorityClass,
        Instant issuedAt) {}
