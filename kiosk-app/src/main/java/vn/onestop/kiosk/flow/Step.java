package vn.onestop.kiosk.flow;

/** The screens of the citizen's way, in order. */
public enum Step {
    ATTRACT, IDENTIFY, FIELD, PROCEDURE, INFO, PRIORITY, PRINTING, DONE, FAILED,
    /** The guided filing form (its pages are {@link FilingPage}). */
    FILING,
    /** The dossier is sent to the server and its slip printed. */
    SUBMITTING,
    /** The dossier code and appointment. */
    FILED,
    /** Dossier lookup by the slip's QR code or its typed code. */
    LOOKUP,
    /** The five-level rating of a ticket or a dossier. */
    RATING,
    /** The online-filing guide: steps on the portal or VNeID, what to have ready, the QR, slip and help desk. */
    GUIDE,
    /** Scanning the papers of one checklist document (preview, retake, remove). */
    SCAN;

    /** Steps where the idle timeout runs (printing waits for the printer; attract has nothing to clear). */
    public boolean idleTimed() {
        return this != ATTRACT && this != PRINTING && this != SUBMITTING;
    }
}
