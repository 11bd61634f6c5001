package vn.onestop.core.filing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.onestop.core.identity.CitizenIdentity;
import vn.onestop.core.slip.DocumentForm;
import vn.onestop.core.slip.ReceivedDocument;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.core.wire.Applicant;
import vn.onestop.core.wire.DossierRegistration;
import vn.onestop.core.wire.ProcedureInfo;

/**
 * The guided filing form of the kiosk as an immutable value (no Swing): the card's data, phone, e-mail, documents
 * checklist, number of sets, how the result returns (postal address defaults to the card's), consent. Screens
 * render it and replace it with the {@code with...} copies; {@link #problems()} says what still blocks submission,
 * with the same rules the server applies. Holds personal data: {@link #toString()} shows none.
 */
public record FilingDraft(ProcedureInfo procedure, CitizenIdentity citizen, String phone, String email,
        List<ReceivedDocument> documents, int sets, ReturnMethod delivery, String postalAddress, boolean consent) {

    private static final Pattern PHONE = Pattern.compile("\\+?\\d{9,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    public FilingDraft {
        Objects.requireNonNull(procedure, "procedure");
        Objects.requireNonNull(citizen, "citizen");
        Objects.requireNonNull(delivery, "delivery");
        documents = List.copyOf(documents);
        phone = phone == null ? "" : phone;
        email = email == null ? "" : email;
        postalAddress = postalAddress == null ? "" : postalAddress;
    }

    /** A new form: every required document ticked as one original, one set, result at the counter. */
    public static FilingDraft start(ProcedureInfo procedure, CitizenIdentity citizen) {
        List<ReceivedDocument> checklist = procedure.documents().stream()
                .map(d -> new ReceivedDocument(d, DocumentForm.ORIGINAL, 1)).toList();
        return new FilingDraft(procedure, citizen, "", "", checklist, 1, ReturnMethod.COUNTER, citizen.placeOfResidence(),
                false);
    }

    public FilingDraft withPhone(String value) {
        return new FilingDraft(procedure, citizen, value, email, documents, sets, delivery, postalAddress, consent);
    }

    public FilingDraft withEmail(String value) {
        return new FilingDraft(procedure, citizen, phone, value, documents, sets, delivery, postalAddress, consent);
    }

    /** Sets one checklist line's form and quantity; quantity 0 removes the line (document not handed in). */
    public FilingDraft withDocument(int index, DocumentForm form, int quantity) {
        List<ReceivedDocument> list = new ArrayList<>(documents);
        if (quantity <= 0) {
            list.remove(index);
        } else {
            list.set(index, new ReceivedDocument(list.get(index).name(), form,
                    Math.min(quantity, ReceivedDocument.MAX_QUANTITY)));
        }
        return new FilingDraft(procedure, citizen, phone, email, list, sets, delivery, postalAddress, consent);
    }

    public FilingDraft withSets(int value) {
        return new FilingDraft(procedure, citizen, phone, email, documents, value, delivery, postalAddress, consent);
    }

    /** Chooses how the result returns; whether post is offered at all is {@link #postAllowed()}. */
    public FilingDraft withDelivery(ReturnMethod value) {
        return new FilingDraft(procedure, citizen, phone, email, documents, sets, value, postalAddress, consent);
    }

    public FilingDraft withPostalAddress(String value) {
        return new FilingDraft(procedure, citizen, phone, email, documents, sets, delivery, value, consent);
    }

    public FilingDraft withConsent(boolean value) {
        return new FilingDraft(procedure, citizen, phone, email, documents, sets, delivery, postalAddress, value);
    }

    /** False only when the catalogue says the procedure does not return results by post. */
    public boolean postAllowed() {
        return !Boolean.FALSE.equals(procedure.postalReturn());
    }

    /** The fee summary to show before submission, with the centre's postal fee. */
    public FeeSummary fees(long postalFeeVnd) {
        return new FeeSummary(procedure.feeVnd(), delivery == ReturnMethod.POST ? postalFeeVnd : 0);
    }

    /** What blocks submission, as field names (empty = ready): phone, email, documents, sets, postalAddress, consent. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!PHONE.matcher(phone).matches()) {
            problems.add("phone");
        }
        if (!email.isEmpty() && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            problems.add("email");
        }
        if (documents.isEmpty()) {
            problems.add("documents");
        }
        if (sets < 1 || sets > 20) {
            problems.add("sets");
        }
        if (delivery == ReturnMethod.POST && (!postAllowed() || postalAddress.isBlank() || postalAddress.length() > 500)) {
            problems.add("postalAddress");
        }
        if (!consent) {
            problems.add("consent");
        }
        return List.copyOf(problems);
    }

    /** The request to send; {@code idempotencyKey} is chosen once per submission and reused on retries. */
    public DossierRegistration toRegistration(String idempotencyKey, String ticketId) {
        return toRegistration(idempotencyKey, ticketId, List.of());
    }

    /** The request to send, with the ID check's warning codes for the receiving official. */
    public DossierRegistration toRegistration(String idempotencyKey, String ticketId, List<String> staffNotes) {
        Applicant applicant = new Applicant(citizen.fullName(), citizen.idNumber(), citizen.dateOfBirth(),
                citizen.placeOfResidence());
        return new DossierRegistration(idempotencyKey, procedure.code(), ticketId, applicant, phone,
                email.isEmpty() ? null : email, documents, sets, delivery,
                delivery == ReturnMethod.POST ? postalAddress.strip() : null, consent,
                staffNotes.isEmpty() ? null : List.copyOf(staffNotes));
    }

    @Override
    public String toString() {
        return "FilingDraft[procedure=" + procedure.code() + ", citizen=" + citizen + ", documents="
                + documents.size() + ", sets=" + sets + ", delivery=" + delivery + ", problems=" + problems() + "]";
    }
}
