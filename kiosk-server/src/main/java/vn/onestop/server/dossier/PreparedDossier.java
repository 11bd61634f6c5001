package vn.onestop.server.dossier;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A prepared dossier as the receiving official sees it at the counter (staff only: it holds personal data). Times
 * are instants except {@code appointmentAt}, the centre's local time. {@code slipUrl} is the latest slip issued
 * (receipt, supplement or refusal), null while none; {@code connectorAssignsCodes} tells the page the official code
 * may be left empty.
 */
public record PreparedDossier(String preparationCode, String preparationCodeDisplay, String status, String statusVi,
        String statusEn, String reception, String receptionVi, String receptionEn, String officialCode,
        String procedureCode, String procedureNameVi, String procedureNameEn, Integer processingDays,
        String applicantName, String applicantIdNumber, String applicantBirthDate, String applicantAddress,
        String phone, String email, String delivery, String postalAddress, int sets, List<Document> documents,
        Instant preparedAt, Instant receivedAt, LocalDateTime appointmentAt, String receivedBy,
        boolean awaitingReception, String slipUrl, List<Step> history, String officialCodeExample,
        boolean connectorAssignsCodes) {

    /** One checklist document: what the registration listed, and its scanned PDF once uploaded (else nulls). */
    public record Document(int index, String name, String form, String formVi, int quantity, Integer pages,
            Long bytes, String url) {}

    /** One step of the dossier's history with its author and note. */
    public record Step(String status, String statusVi, String statusEn, Instant at, String actor, String note) {}
}
