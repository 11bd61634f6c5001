package vn.onestop.core.slip;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The QR code of a receipt slip (Circular 01/2023/TT-VPCP: documents printed by procedure systems carry an ISO/IEC
 * 18004 QR code with at least the dossier code, procedure code, applicant's ID, document name, issuing system and
 * time; a receipt slip adds the appointment date).
 *
 * <p>Format: {@code key=value} pairs joined by {@code |}, UTF-8, keys in this order:
 * <pre>
 * V=1                      format version (a reader skips keys it does not know)
 * MHS=H41.21-261125-0001   mã hồ sơ: dossier code (Circular 01/2018 Art. 19)
 * TTHC=LLTP-1              mã thủ tục hành chính: procedure code of the catalogue
 * HEN=2026-12-09T08:00     hẹn trả kết quả: appointment, centre's local time (ISO-8601, minutes)
 * CD=001******567          applicant's personal ID number, MASKED (first 3 and last 3 digits)
 * GT=01                    giấy tờ: the document, "01" = Mẫu 01 receipt and appointment slip
 * HT=...                   hệ thống: issuing system (product and receiving unit)
 * TG=2026-11-25T08:00      thời gian: when the slip was issued, local time
 * </pre>
 * In values, {@code %}, {@code |}, {@code =}, CR and LF are written {@code %25 %7C %3D %0D %0A}.
 *
 * <p>Why the ID is masked: any phone reads a QR code, and a slip travels (family members, postal staff, a photo to
 * ask for help). The circular lists the applicant's ID among the fields, so the field is present, but Decree
 * 13/2023 asks for the least personal data needed: three digits at each end let staff match the slip to the card
 * in hand, while the full number stays in the one-stop system, reached through the dossier code.
 */
public record SlipQr(String dossierCode, String procedureCode, LocalDateTime appointmentAt, String maskedApplicantId,
        String document, String issuingSystem, LocalDateTime issuedAt) {

    /** Value of {@code GT} for the receipt and appointment slip. */
    public static final String RECEIPT_SLIP = "01";
    static final String VERSION = "1";
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final int MAX_PAYLOAD = 1000;

    public SlipQr {
        Objects.requireNonNull(dossierCode, "dossierCode");
        Objects.requireNonNull(procedureCode, "procedureCode");
        Objects.requireNonNull(appointmentAt, "appointmentAt");
        maskedApplicantId = maskedApplicantId == null ? "" : maskedApplicantId;
        document = document == null ? RECEIPT_SLIP : document;
        issuingSystem = issuingSystem == null ? "" : issuingSystem;
    }

    /** The QR content of a slip: its ID number is masked here, never copied whole. */
    public static SlipQr of(ReceiptSlip slip) {
        return new SlipQr(slip.dossierCode(), slip.procedureCode(), slip.appointmentAt(), slip.maskedIdNumber(),
                RECEIPT_SLIP, slip.issuingSystem(), slip.receivedAt().truncatedTo(ChronoUnit.MINUTES));
    }

    /** The payload to put in the QR code. */
    public String encode() {
        Map<String, String> pairs = new LinkedHashMap<>();
        pairs.put("V", VERSION);
        pairs.put("MHS", dossierCode);
        pairs.put("TTHC", procedureCode);
        pairs.put("HEN", appointmentAt.format(MINUTES));
        pairs.put("CD", maskedApplicantId);
        pairs.put("GT", document);
        pairs.put("HT", issuingSystem);
        if (issuedAt != null) {
            pairs.put("TG", issuedAt.format(MINUTES));
        }
        StringBuilder out = new StringBuilder();
        pairs.forEach((k, v) -> out.append(out.length() == 0 ? "" : "|").append(k).append('=').append(escape(v)));
        return out.toString();
    }

    /** Whether a scanned text is meant to be a slip's QR (so the kiosk reads it as one and not as an ID card). */
    public static boolean looksLikeSlip(String text) {
        return text != null && (text.startsWith("V=") || text.startsWith("MHS=")) && text.contains("MHS=");
    }

    /**
     * Reads a slip's QR payload. Keys it does not know are skipped (newer versions may add some).
     *
     * @throws SlipQrException saying what is missing or malformed, without quoting the text
     */
    public static SlipQr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new SlipQrException("the QR code is empty");
        }
        if (text.length() > MAX_PAYLOAD) {
            throw new SlipQrException("the QR code is too long for a receipt slip (" + text.length() + " characters)");
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String part : text.strip().split("\\|", -1)) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new SlipQrException("the QR code is not a receipt slip's (a part has no KEY=value)");
            }
            pairs.putIfAbsent(part.substring(0, eq), unescape(part.substring(eq + 1)));
        }
        String version = pairs.getOrDefault("V", VERSION);
        if (!VERSION.equals(version)) {
            throw new SlipQrException("this slip's QR format version " + version + " is newer than this reader (1)");
        }
        return new SlipQr(required(pairs, "MHS"), required(pairs, "TTHC"), time(pairs, "HEN", true),
                pairs.get("CD"), pairs.get("GT"), pairs.get("HT"), time(pairs, "TG", false));
    }

    private static String required(Map<String, String> pairs, String key) {
        String v = pairs.get(key);
        if (v == null || v.isBlank()) {
            throw new SlipQrException("the slip's QR code has no " + key + " field");
        }
        return v;
    }

    private static LocalDateTime time(Map<String, String> pairs, String key, boolean needed) {
        String v = pairs.get(key);
        if (v == null || v.isEmpty()) {
            if (needed) {
                throw new SlipQrException("the slip's QR code has no " + key + " field");
            }
            return null;
        }
        try {
            return LocalDateTime.parse(v, MINUTES);
        } catch (DateTimeParseException e) {
            throw new SlipQrException("the " + key + " field is not a date and time like 2026-12-09T08:00");
        }
    }

    static String escape(String v) {
        StringBuilder b = new StringBuilder(v.length());
        for (char c : v.toCharArray()) {
            switch (c) {
                case '%' -> b.append("%25");
                case '|' -> b.append("%7C");
                case '=' -> b.append("%3D");
                case '\r' -> b.append("%0D");
                case '\n' -> b.append("%0A");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    static String unescape(String v) {
        if (v.indexOf('%') < 0) {
            return v;
        }
        StringBuilder b = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '%' && i + 2 < v.length()) {
                String hex = v.substring(i + 1, i + 3);
                switch (hex.toUpperCase(java.util.Locale.ROOT)) {
                    case "25" -> b.append('%');
                    case "7C" -> b.append('|');
                    case "3D" -> b.append('=');
                    case "0D" -> b.append('\r');
                    case "0A" -> b.append('\n');
                    default -> throw new SlipQrException("the QR code has an unknown escape %" + hex);
                }
                i += 2;
            } else if (c == '%') {
                throw new SlipQrException("the QR code ends inside an escape (%)");
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
