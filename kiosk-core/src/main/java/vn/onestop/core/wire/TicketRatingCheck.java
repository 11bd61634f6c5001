package vn.onestop.core.wire;

/**
 * Whether a ticket whose QR code a citizen scanned at the kiosk may be rated now (issue 27): {@code state} is
 * {@code RATABLE} (served, not yet rated), {@code NOT_SERVED} (waiting, called or being served) or
 * {@code ALREADY_RATED}; {@code number} is the ticket's printed number.
 */
public record TicketRatingCheck(String ticketId, String number, String state) {
    public static final String RATABLE = "RATABLE";
    public static final String NOT_SERVED = "NOT_SERVED";
    public static final String ALREADY_RATED = "ALREADY_RATED";
}
