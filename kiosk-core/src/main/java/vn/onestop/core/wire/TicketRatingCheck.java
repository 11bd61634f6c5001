package vn.onestop.core.wire;

/**
 * Whether a ticket whose QR code a citizen scanned at the kiosk may be rated now (issue 27): {@code state} is
 * {@code RATABLE} (served, not yet rated), {@code NOT_SERVED} (waiting, called or being served) or
 * {@code ALREADY_RATED}; {@code number} is the ticket's printed number. The same answer tells whether a dossier may
 * be rated: {@code ticketId} is then the dossier's key, {@code number} its official (or preparation) code, and
 * {@code state} {@code RATABLE} (received by an official, not yet rated), {@code NOT_RECEIVED} (only prepared, or
 * filed at a kiosk before official reception) or {@code ALREADY_RATED}.
 */
public record TicketRatingCheck(String ticketId, String number, String state) {
    public static final String RATABLE = "RATABLE";
    public static final String NOT_SERVED = "NOT_SERVED";
    public static final String ALREADY_RATED = "ALREADY_RATED";
    /** A dossier only prepared at the kiosk, not yet received by an official (issue 22): not rated yet. */
    public static final String NOT_RECEIVED = "NOT_RECEIVED";
}
