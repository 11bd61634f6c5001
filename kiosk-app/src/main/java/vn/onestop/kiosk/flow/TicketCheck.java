package vn.onestop.kiosk.flow;

/** What the server said of a ticket whose QR code was scanned, or a dossier looked up, to rate it (issue 27). */
public enum TicketCheck {
    /** Served and not yet rated: the rating screen opens. */
    RATABLE,
    /** Still waiting, called or being served. */
    NOT_SERVED,
    ALREADY_RATED,
    /** A dossier only prepared at the kiosk, not yet received by an official (issue 22): rated after reception. */
    NOT_RECEIVED,
    /** The server knows no such ticket. */
    UNKNOWN,
    /** The server could not be asked. */
    UNAVAILABLE
}
