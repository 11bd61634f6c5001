package vn.onestop.server.connector;

/**
 * What the connector changes on a dossier (implemented over the dossier service): the official code the provincial
 * system issued, and a status it pushed. Both are idempotent; both throw {@code Rejection} when the dossier refuses.
 */
public interface DossierUpdates {
    /** Sets the official dossier code; the same code again changes nothing, a different one is refused. */
    void assignOfficialCode(String dossierCode, String officialCode);

    /** Moves the dossier to {@code status} (a DossierStatus code) with the provincial system's note. */
    void changeStatus(String dossierCode, String status, String note);

    /** The dossier's current status code, or null when there is no such dossier. */
    String status(String dossierCode);
}
