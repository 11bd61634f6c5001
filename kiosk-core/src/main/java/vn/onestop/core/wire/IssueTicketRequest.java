package vn.onestop.core.wire;

/**
 * Ask for a queue ticket. {@code idempotencyKey} is chosen by the kiosk (a UUID per tap): repeating the request
 * with the same key returns the same ticket. {@code priorityClass} is null or empty for the normal class.
 */
public record IssueTicketRequest(String idempotencyKey, String serviceCode, String priorityClass) {}
