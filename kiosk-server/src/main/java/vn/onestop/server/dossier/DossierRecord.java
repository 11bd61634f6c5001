package vn.onestop.server.dossier;

import java.time.LocalDateTime;
import java.util.List;
import vn.onestop.core.dossier.DossierStatus;
import vn.onestop.core.dossier.Reception;
import vn.onestop.core.slip.ReceivedDocument;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.core.wire.Applicant;

/**
 * A stored dossier with its personal data: for the slip and staff only, never for lookups or logs. {@code code} is
 * the key (the preparation code of a dossier prepared at a kiosk, the old dossier code of one filed before issue 22);
 * {@code receivedAt} and {@code appointmentAt} are null until an official receives it; {@code centreId} is the centre
 * it was filed at (issue 21), {@code agencyCode} that centre's agency code then.
 */
record DossierRecord(String code, String procedureCode, String ticketId, DossierStatus status, Long receivedAt,
        LocalDateTime appointmentAt, boolean appointmentProvisional, ReturnMethod delivery, Applicant applicant,
        String phone, String email, String postalAddress, List<ReceivedDocument> documents, int sets,
        Integer processingDays, String serviceCode, Long feeVnd, long postalFeeVnd, String logEntry,
        String trackingNumber, String preparationCode, Long preparedAt, String officialCode, Reception reception,
        String receivedBy, String agencyCode, String centreId) {

    DossierRecord {
        documents = List.copyOf(documents);
    }

    /** Whether no official has decided to receive it yet (prepared, or sent back for a supplement). */
    boolean awaitingReception() {
        return reception == Reception.PENDING && (status == DossierStatus.PREPARED
                || status == DossierStatus.SUPPLEMENT_REQUESTED);
    }
}
