package vn.onestop.server.dossier;

import java.time.LocalDateTime;
import java.util.List;
import vn.onestop.core.dossier.DossierStatus;
import vn.onestop.core.slip.ReceivedDocument;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.core.wire.Applicant;

/** A stored dossier with its personal data: for the slip and staff only, never for lookups or logs. */
record DossierRecord(String code, String procedureCode, String ticketId, DossierStatus status, long receivedAt,
        LocalDateTime appointmentAt, boolean appointmentProvisional, ReturnMethod delivery, Applicant applicant,
        String phone, String email, String postalAddress, List<ReceivedDocument> documents, int sets,
        Integer processingDays, String serviceCode, Long feeVnd, long postalFeeVnd, String logEntry,
        String trackingNumber) {

    DossierRecord {
        documents = List.copyOf(documents);
    }
}
