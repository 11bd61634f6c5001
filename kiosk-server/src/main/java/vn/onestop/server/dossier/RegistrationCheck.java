package vn.onestop.server.dossier;

import java.time.LocalDate;
import java.util.regex.Pattern;
import vn.onestop.core.slip.ReceivedDocument;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.core.wire.Applicant;
import vn.onestop.core.wire.DossierRegistration;
import vn.onestop.server.Rejection;

/** Checks a dossier registration field by field; each refusal names the field and never quotes personal data. */
final class RegistrationCheck {
    static final int MAX_DOCUMENTS = 30;
    static final int MAX_SETS = 20;
    private static final Pattern PROCEDURE = Pattern.compile("[A-Za-z0-9._-]{1,40}");
    private static final Pattern ID_NUMBER = Pattern.compile("\\d{12}");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d{9,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private RegistrationCheck() {}

    static void check(DossierRegistration r, LocalDate today) {
        if (r == null) {
            throw Rejection.invalid("A JSON body is required");
        }
        if (r.idempotencyKey() == null || !KEY.matcher(r.idempotencyKey()).matches()) {
            throw Rejection.invalid("idempotencyKey must be 8-64 letters, digits, - or _");
        }
        if (r.procedureCode() == null || !PROCEDURE.matcher(r.procedureCode()).matches()) {
            throw Rejection.invalid("procedureCode must be 1-40 letters, digits, . _ -");
        }
        applicant(r.applicant(), today);
        if (r.phone() == null || !PHONE.matcher(r.phone()).matches()) {
            throw Rejection.invalid("phone is required: 9-14 digits, optionally starting with +");
        }
        if (r.email() != null && !r.email().isEmpty()
                && (r.email().length() > 254 || !EMAIL.matcher(r.email()).matches())) {
            throw Rejection.invalid("email must look like name@example.vn (at most 254 characters) or be empty");
        }
        documents(r);
        staffNotes(r);
        delivery(r);
        if (r.ticketId() != null && r.ticketId().length() > 36) {
            throw Rejection.invalid("ticketId is at most 36 characters");
        }
        if (!r.consentGiven()) {
            throw Rejection.invalid("consentGiven must be true: the citizen has to agree to the processing of "
                    + "personal data for this dossier (Decree 13/2023/NĐ-CP) before it is filed");
        }
    }

    private static void applicant(Applicant a, LocalDate today) {
        if (a == null) {
            throw Rejection.invalid("applicant (name, idNumber, dateOfBirth, address from the ID card) is required");
        }
        if (a.name() == null || a.name().isBlank() || a.name().length() > 200) {
            throw Rejection.invalid("applicant.name is required (1-200 characters)");
        }
        if (a.idNumber() == null || !ID_NUMBER.matcher(a.idNumber()).matches()) {
            throw Rejection.invalid("applicant.idNumber must be the 12 digits of the citizen ID card");
        }
        if (a.dateOfBirth() == null || a.dateOfBirth().isAfter(today) || a.dateOfBirth().getYear() < 1890) {
            throw Rejection.invalid("applicant.dateOfBirth is required: a past date (YYYY-MM-DD) from the ID card");
        }
        if (a.address() == null || a.address().isBlank() || a.address().length() > 500) {
            throw Rejection.invalid("applicant.address is required (1-500 characters)");
        }
    }

    /** Staff notes are warning codes of the ID card check (at most a few, known codes only). */
    private static void staffNotes(DossierRegistration r) {
        if (r.staffNotes() == null) {
            return;
        }
        if (r.staffNotes().size() > 5) {
            throw Rejection.invalid("staffNotes must list at most 5 codes");
        }
        for (String code : r.staffNotes()) {
            if (!"ID_PROVINCE_UNKNOWN".equals(code)) {
                throw Rejection.invalid("staffNotes: '" + code + "' is not a known note (ID_PROVINCE_UNKNOWN)");
            }
        }
    }

    /** The staff notes as text for the dossier's history (Vietnamese), or null when none. */
    static String staffNoteText(DossierRegistration r) {
        if (r.staffNotes() == null || r.staffNotes().isEmpty()) {
            return null;
        }
        return String.join(" ", r.staffNotes().stream().distinct()
                .map(c -> vn.onestop.core.identity.IdentityProblemCode.valueOf(c).problem().messageVi()).toList());
    }

    private static void documents(DossierRegistration r) {
        if (r.documents() == null || r.documents().isEmpty() || r.documents().size() > MAX_DOCUMENTS) {
            throw Rejection.invalid("documents must list 1 to " + MAX_DOCUMENTS + " documents received");
        }
        for (int i = 0; i < r.documents().size(); i++) {
            ReceivedDocument d = r.documents().get(i);
            if (d == null || d.name().isBlank() || d.name().length() > 300) {
                throw Rejection.invalid("documents[" + i + "].name is required (1-300 characters)");
            }
            if (d.quantity() < 1 || d.quantity() > ReceivedDocument.MAX_QUANTITY) {
                throw Rejection.invalid("documents[" + i + "].quantity must be 1 to " + ReceivedDocument.MAX_QUANTITY);
            }
        }
        if (r.sets() != null && (r.sets() < 1 || r.sets() > MAX_SETS)) {
            throw Rejection.invalid("sets must be 1 to " + MAX_SETS + " (or absent for 1)");
        }
    }

    private static void delivery(DossierRegistration r) {
        if (r.delivery() == null) {
            throw Rejection.invalid("delivery must be COUNTER or POST");
        }
        boolean hasAddress = r.postalAddress() != null && !r.postalAddress().isBlank();
        if (r.delivery() == ReturnMethod.POST && !hasAddress || hasAddress && r.postalAddress().length() > 500) {
            throw Rejection.invalid("postalAddress is required for POST delivery (at most 500 characters)");
        }
    }
}
