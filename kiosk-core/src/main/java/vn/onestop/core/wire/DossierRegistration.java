package vn.onestop.core.wire;

import java.util.List;
import vn.onestop.core.slip.ReceivedDocument;
import vn.onestop.core.slip.ReturnMethod;

/**
 * A dossier filed at the kiosk: the card's data, phone (required) and optional e-mail, the documents checklist,
 * number of sets (null = 1), how the result comes back ({@code postalAddress} required for POST) and the
 * citizen's consent to the processing of personal data (Decree 13/2023), which must be true.
 * Personal fields are kept only as long as the dossier needs them and never logged. {@code staffNotes} are codes of
 * the ID card check's warnings for the receiving official (e.g. {@code ID_PROVINCE_UNKNOWN}), null or empty when none.
 */
public record DossierRegistration(String idempotencyKey, String procedureCode, String ticketId, Applicant applicant,
        String phone, String email, List<ReceivedDocument> documents, Integer sets, ReturnMethod delivery,
        String postalAddress, boolean consentGiven, List<String> staffNotes) {

    /** A registration without notes for staff. */
    public DossierRegistration(String idempotencyKey, String procedureCode, String ticketId, Applicant applicant,
            String phone, String email, List<ReceivedDocument> documents, Integer sets, ReturnMethod delivery,
            String postalAddress, boolean consentGiven) {
        this(idempotencyKey, procedureCode, ticketId, applicant, phone, email, documents, sets, delivery,
                postalAddress, consentGiven, null);
    }
}
