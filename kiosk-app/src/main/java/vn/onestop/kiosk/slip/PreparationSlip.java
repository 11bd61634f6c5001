package vn.onestop.kiosk.slip;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What the preparation slip says (no personal data beyond what the citizen holds anyway).
 *
 * @param preparationCode the server's preparation code (the official opens the dossier with it)
 * @param procedureCode   the catalogue's procedure code
 * @param procedureName   the procedure's Vietnamese name
 * @param documents       how many checklist documents were scanned
 * @param pages           how many pages in all
 * @param queueNumber     the ticket number of the reception desk, or null when none could be issued
 * @param deskName        the desk's name (its queue service), or empty
 * @param preparedAt      when the citizen confirmed
 */
public record PreparationSlip(String centre, String preparationCode, String procedureCode, String procedureName,
        int documents, int pages, String queueNumber, String deskName, LocalDateTime preparedAt) {
    public PreparationSlip {
        Objects.requireNonNull(preparationCode, "preparationCode");
        Objects.requireNonNull(preparedAt, "preparedAt");
        deskName = deskName == null ? "" : deskName;
    }
}
