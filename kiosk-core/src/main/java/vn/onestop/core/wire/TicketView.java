package vn.onestop.core.wire;

import java.time.Instant;

/**
 * A ticket as the kiosk prints it and staff see it. {@code displayNumber} is prefix + number (e.g. "A015");
 * {@code peopleAhead} and {@code estimatedWaitMinutes} are computed when the view is made.
 */
public record TicketView(String id, String displayNumber, int number, String serviceCode, String serviceNameVi,
        String priorityClass, String status, Instant issuedAt, String serviceDay, String counterId,
        int peopleAhead, int estimatedWaitMinutes) {}
