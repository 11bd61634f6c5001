package vn.onestop.kiosk.flow;

/** How sending a rating ended. */
public enum RatingOutcome {
    THANKS, ALREADY_RATED, UNAVAILABLE,
    /** Issue 27: a scanned ticket not served yet, or unknown to the server (nothing is rated). */
    NOT_SERVED, UNKNOWN_TICKET,
    /** A dossier not yet received by an official (only prepared): nothing is rated. */
    NOT_RECEIVED
}
