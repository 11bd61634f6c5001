package vn.onestop.core.wire;

import java.time.Instant;

/**
 * Ask for a queue ticket. {@code idempotencyKey} is chosen by the kiosk (a UUID per tap): repeating the request
 * with the same key returns the same ticket. {@code priorityClass} is null or empty for the normal class.
 * A ticket the kiosk issued while the server was unreachable comes later with {@code offlineNumber} (the number
 * printed on it, e.g. {@code K1-A001}) and {@code offlineIssuedAt} (when the citizen took it); both are null for a
 * ticket issued online, and given together or not at all.
 */
public record IssueTicketRequest(String idempotencyKey, String serviceCode, String priorityClass,
        String offlineNumber, Instant offlineIssuedAt) {

    /** A ticket issued online, now. */
    public IssueTicketRequest(String idempotencyKey, String serviceCode, String priorityClass) {
        this(idempotencyKey, serviceCode, priorityClass, null, null);
    }

    /** True when this delivers a ticket the kiosk issued offline. */
    public boolean offline() {
        return offlineNumber != null || offlineIssuedAt != null;
    }
}
