package vn.onestop.core.slip;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything the receipt and appointment slip (Mẫu 01, Circular 01/2018/TT-VPCP) prints, for the thermal and the
 * PDF layouts alike. It holds personal data (name, ID number, address, phone, e-mail): pass it to layouts only,
 * never to a log line. Times are the centre's local time.
 *
 * @param centreName             receiving unit, e.g. "Trung tâm Phục vụ hành chính công tỉnh ..."
 * @param place                  place name printed before the date ("Hà Nội, ngày ...")
 * @param dossierCode            Circular 01/2018 Art. 19 code
 * @param applicantName          Ông/bà ...
 * @param applicantIdNumber      the 12-digit personal ID number
 * @param applicantAddress       place of residence from the card (nơi cư trú), as printed on it
 * @param phone                  phone number, may be empty
 * @param email                  e-mail, may be empty
 * @param procedureCode          catalogue code of the procedure
 * @param procedureName          the request (procedure name in Vietnamese)
 * @param documents              documents received
 * @param sets                   number of sets (Số lượng hồ sơ: ... bộ)
 * @param processingDays         statutory processing time in working days (0 = within the day)
 * @param receivedAt             time received
 * @param appointmentAt          appointment for the result
 * @param appointmentProvisional true when the date crosses holidays not yet published: staff confirm it
 * @param returnMethod           at the counter or by post
 * @param returnAddress          postal address for {@link ReturnMethod#POST}, empty otherwise
 * @param feeVnd                 the procedure's fee, null when set by the province
 * @param postalFeeVnd           postal return fee (0 for the counter)
 * @param logEntry               log book entry (Sổ theo dõi hồ sơ), e.g. "12/2026"
 * @param hotline                complaints hotline
 * @param issuingSystem          name of the system that issued the slip (Circular 01/2023 QR field)
 * @param header                 the slip's header from the centre's configuration; null (an older server) names
 *                               {@code centreName} as the receiving body
 */
public record ReceiptSlip(String centreName, String place, String dossierCode, String applicantName,
        String applicantIdNumber, String applicantAddress, String phone, String email, String procedureCode,
        String procedureName, List<ReceivedDocument> documents, int sets, int processingDays,
        LocalDateTime receivedAt, LocalDateTime appointmentAt, boolean appointmentProvisional,
        ReturnMethod returnMethod, String returnAddress, Long feeVnd, long postalFeeVnd, String logEntry,
        String hotline, String issuingSystem, SlipHeader header) {

    public ReceiptSlip {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(appointmentAt, "appointmentAt");
        Objects.requireNonNull(returnMethod, "returnMethod");
        documents = List.copyOf(documents);
        phone = phone == null ? "" : phone;
        email = email == null ? "" : email;
        returnAddress = returnAddress == null ? "" : returnAddress;
        header = header == null ? SlipHeader.of(centreName) : header;
    }

    /** The ID number with all but the first three (province) and last three digits hidden, e.g. 001******567. */
    public String maskedIdNumber() {
        return maskIdNumber(applicantIdNumber);
    }

    /** Total to pay: fee plus postal fee; null when the fee is set by the province. */
    public Long totalVnd() {
        return feeVnd == null ? null : feeVnd + postalFeeVnd;
    }

    /** The QR payload of this slip (Circular 01/2023), see {@link SlipQr}. */
    public String qrPayload() {
        return SlipQr.of(this).encode();
    }

    /** Masks an ID number (any length over 6) keeping three digits at each end; shorter texts are fully hidden. */
    public static String maskIdNumber(String id) {
        if (id == null || id.isEmpty()) {
            return "";
        }
        if (id.length() <= 6) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 3) + "*".repeat(id.length() - 6) + id.substring(id.length() - 3);
    }
}
