package vn.onestop.core.wire;

/**
 * A dossier filed at the kiosk. {@code delivery} is "COUNTER" or "POST"; {@code postalAddress} is required for POST.
 * Personal fields are kept only as long as the dossier needs them and never logged.
 */
public record DossierRegistration(String idempotencyKey, String procedureCode, String ticketId, String applicantName,
        String applicantIdNumber, String phone, String delivery, String postalAddress) {}
