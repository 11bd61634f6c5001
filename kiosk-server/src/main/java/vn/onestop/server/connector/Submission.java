package vn.onestop.server.connector;

import java.util.List;

/**
 * One submission to the provincial system, as sent on the wire (JSON, docs/provincial-connector.md): only the
 * personal data the provincial system needs to register the dossier (the applicant's name, ID number and date of
 * birth; the postal address only when the result is returned by post; no phone or e-mail).
 */
public record Submission(String idempotencyKey, String event, Centre centre, Dossier dossier, Applicant applicant,
        List<Document> documents, String note) {

    public Submission {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** The sending centre. */
    public record Centre(String agencyCode, String name) {}

    /**
     * The dossier: the centre's code for it, the official code when an official typed one at reception (else null:
     * the provincial system issues it), its procedure, when it last changed, how the result returns.
     */
    public record Dossier(String code, String officialCode, String procedureCode, String at, String delivery,
            String postalAddress) {}

    /** Who files it. */
    public record Applicant(String name, String idNumber, String dateOfBirth) {}

    /** One checklist document; {@code content} is the PDF in Base64 (absent when no scan was taken). */
    public record Document(int index, String name, String contentType, String sha256, String content) {}
}
