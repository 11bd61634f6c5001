package vn.onestop.core.dossier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dossier code per Circular 01/2018/TT-VPCP Art. 19: {@code <agency code>-<YYMMDD>-<sequence>}, e.g.
 * {@code 000.00.00.H41-251125-0001}. The agency code is the receiving unit's electronic ID (Decision
 * 20/2020/QĐ-TTg), dot-separated groups of letters and digits such as {@code 000.00.00.H41} or {@code H55.242};
 * the sequence counts the day's dossiers, zero-padded to a width the centre configures (4 in the circular; some
 * systems use 6 or 7).
 *
 * @param agencyCode    the receiving unit's code
 * @param date          the receipt date
 * @param sequence      the dossier's number within the day, from 1
 * @param sequenceWidth digits of the sequence (1 to 9)
 */
public record DossierCode(String agencyCode, LocalDate date, int sequence, int sequenceWidth) {

    /** Width used by Circular 01/2018. */
    public static final int DEFAULT_SEQUENCE_WIDTH = 4;
    static final int MAX_AGENCY_CHARS = 40;
    static final int MAX_CODE_CHARS = 64;

    private static final Pattern AGENCY = Pattern.compile("[A-Z0-9]+(\\.[A-Z0-9]+)*");
    private static final Pattern CODE = Pattern.compile("(.+)-(\\d{6})-(\\d{1,9})");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd");

    /**
     * @throws DossierCodeException if the agency code is malformed, the sequence does not fit the width,
     *                              or the date is outside 2000-2099 (two-digit year)
     */
    public DossierCode {
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(date, "date");
        checkAgency(agencyCode);
        if (sequenceWidth < 1 || sequenceWidth > 9) {
            throw new DossierCodeException("the sequence width must be 1 to 9 digits, got " + sequenceWidth);
        }
        if (sequence < 1 || String.valueOf(sequence).length() > sequenceWidth) {
            throw new DossierCodeException("the sequence " + sequence + " does not fit " + sequenceWidth
                    + " digits (1 to " + "9".repeat(sequenceWidth) + ")");
        }
        if (date.getYear() < 2000 || date.getYear() > 2099) {
            throw new DossierCodeException("the date must be in 2000-2099 (two-digit year), got year "
                    + date.getYear());
        }
    }

    public DossierCode(String agencyCode, LocalDate date, int sequence) {
        this(agencyCode, date, sequence, DEFAULT_SEQUENCE_WIDTH);
    }

    /** The printed form, e.g. {@code 000.00.00.H41-251125-0001}. */
    public String format() {
        return agencyCode + "-" + date.format(YYMMDD) + "-"
                + String.format("%0" + sequenceWidth + "d", sequence);
    }

    /**
     * Reads a printed or scanned code (surrounding spaces ignored, letters upper-cased). The width is the
     * number of sequence digits found.
     *
     * @throws DossierCodeException saying what is wrong
     */
    public static DossierCode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new DossierCodeException("the dossier code is empty");
        }
        String code = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (code.length() > MAX_CODE_CHARS) {
            throw new DossierCodeException("a dossier code has at most " + MAX_CODE_CHARS + " characters, this text has "
                    + code.length());
        }
        Matcher m = CODE.matcher(code);
        if (!m.matches()) {
            throw new DossierCodeException("a dossier code reads AGENCY-YYMMDD-SEQUENCE, e.g. 000.00.00.H41-251125-0001");
        }
        LocalDate date;
        try {
            String yymmdd = m.group(2);
            date = LocalDate.of(2000 + Integer.parseInt(yymmdd.substring(0, 2)),
                    Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new DossierCodeException("the date part (YYMMDD) is not a real calendar date");
        }
        int sequence = Integer.parseInt(m.group(3));
        if (sequence == 0) {
            throw new DossierCodeException("the sequence must start at 1, found all zeros");
        }
        return new DossierCode(m.group(1), date, sequence, m.group(3).length());
    }

    @Override
    public String toString() {
        return format();
    }

    private static void checkAgency(String agencyCode) {
        if (agencyCode.isEmpty() || agencyCode.length() > MAX_AGENCY_CHARS) {
            throw new DossierCodeException("the agency code must have 1 to " + MAX_AGENCY_CHARS + " characters");
        }
        if (!AGENCY.matcher(agencyCode).matches()) {
            throw new DossierCodeException("the agency code must be groups of capital letters and digits separated"
                    + " by dots, e.g. 000.00.00.H41 or H55.242");
        }
    }
}
