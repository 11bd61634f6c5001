package vn.onestop.core.identity;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads the QR code of the ID card: the chip CCCD card (2021, QR on the front) and the "thẻ Căn cước" (Law on
 * Identification 2023, issued since 1 July 2024, QR on the back):
 * {@code ID12|oldID|Full name|ddMMyyyy|Nam or Nữ|Place of residence|ddMMyyyy(issue date)}. The new card is reported
 * to carry the same first 7 fields followed by empty ones, and may append more (cancelled numbers, parents'
 * names): extras are ignored and trailing empty fields are not counted. Empty fields are allowed where the card
 * may leave them empty (old ID, place of residence, extras).
 *
 * <p>Never throws on bad input: the result lists every problem found and then carries no identity.
 * Text is NFC-normalised; payload size, field count and control characters are bounded. "Today" comes from the
 * injected clock in its zone (give it Asia/Ho_Chi_Minh). Thread-safe.
 */
public final class CccdParser {

    /** Longest payload accepted; a 2024 card with parents' names stays well under it. */
    public static final int MAX_PAYLOAD_CHARS = 1024;
    /** Most fields accepted (7 standard plus the 2024 card's extras). */
    public static final int MAX_FIELDS = 20;
    static final int MAX_NAME_CHARS = 100;
    static final int MAX_ADDRESS_CHARS = 300;
    /** The 12-digit ID card law took effect on 1 January 2016: no card was issued before. */
    static final LocalDate FIRST_ISSUE = LocalDate.of(2016, 1, 1);

    private static final int STANDARD_FIELDS = 7;
    private static final Pattern BAR = Pattern.compile("\\|");
    private static final Pattern OLD_ID = Pattern.compile("\\d{9}|\\d{12}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final IdNumberRules idRules;
    private final Clock clock;

    public CccdParser(ProvinceCodes provinces, Clock clock) {
        this.idRules = new IdNumberRules(Objects.requireNonNull(provinces, "provinces"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Reads and validates a scanned QR payload (a trailing CR/LF from the scanner is ignored). */
    public IdentityResult parse(String qrPayload) {
        String payload = qrPayload == null ? "" : stripLineEnd(qrPayload);
        if (payload.isBlank()) {
            return IdentityResult.invalid(List.of(IdentityProblemCode.PAYLOAD_EMPTY.problem()));
        }
        if (payload.length() > MAX_PAYLOAD_CHARS) {
            return IdentityResult.invalid(List.of(IdentityProblemCode.PAYLOAD_TOO_LONG.problem()));
        }
        List<IdentityProblem> problems = new ArrayList<>();
        payload = Normalizer.normalize(payload, Normalizer.Form.NFC);
        checkCharacters(payload, problems);
        String[] fields = withoutTrailingEmpty(BAR.split(payload, -1));
        if (fields.length > MAX_FIELDS) {
            problems.add(IdentityProblemCode.FIELDS_TOO_MANY.problem());
            return IdentityResult.invalid(problems);
        }
        if (fields.length < STANDARD_FIELDS) {
            problems.add(IdentityProblemCode.FIELDS_MISSING.problem());
        }
        List<IdentityProblem> warnings = new ArrayList<>();
        CitizenIdentity identity = readFields(fields, problems, warnings);
        return problems.isEmpty() ? IdentityResult.of(identity, warnings) : IdentityResult.invalid(problems);
    }

    /**
     * Checks a 12-digit number typed by hand (when the QR cannot be read): format and a plausible birth year from
     * digits 4-6 (an unknown province code is a warning for staff). Spaces are ignored. A valid result carries no
     * identity.
     */
    public IdentityResult checkIdNumber(String typedTwelveDigits) {
        String id = typedTwelveDigits == null ? "" : typedTwelveDigits.replace(" ", "").strip();
        List<IdentityProblem> problems = new ArrayList<>();
        List<IdentityProblem> warnings = new ArrayList<>();
        if (id.length() <= MAX_PAYLOAD_CHARS && idRules.checkFormat(id, problems, warnings)) {
            idRules.checkPlausibleYear(id, LocalDate.now(clock), problems);
        } else if (problems.isEmpty()) {
            problems.add(IdentityProblemCode.ID_FORMAT.problem());
        }
        return problems.isEmpty() ? IdentityResult.numberOnly(warnings) : IdentityResult.invalid(problems);
    }

    private CitizenIdentity readFields(String[] fields, List<IdentityProblem> problems,
                                       List<IdentityProblem> warnings) {
        LocalDate today = LocalDate.now(clock);
        String id = field(fields, 0);
        boolean idReadable = idRules.checkFormat(id, problems, warnings);
        String oldId = field(fields, 1);
        if (!oldId.isEmpty() && !OLD_ID.matcher(oldId).matches()) {
            problems.add(IdentityProblemCode.OLD_ID_FORMAT.problem());
        }
        String name = checkName(collapseSpaces(field(fields, 2)), problems);
        LocalDate birth = readBirthDate(field(fields, 3), today, problems);
        Sex sex = readSex(field(fields, 4), problems);
        if (idReadable) {
            idRules.checkAgainstCard(id, birth, sex, problems);
        }
        String residence = collapseSpaces(field(fields, 5));
        if (residence.length() > MAX_ADDRESS_CHARS) {
            problems.add(IdentityProblemCode.ADDRESS_TOO_LONG.problem());
        }
        LocalDate issued = readIssueDate(field(fields, 6), birth, today, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new CitizenIdentity(id, oldId, name, birth, sex, residence, issued);
    }

    private static String checkName(String name, List<IdentityProblem> problems) {
        if (name.isEmpty()) {
            problems.add(IdentityProblemCode.NAME_MISSING.problem());
        } else if (name.length() > MAX_NAME_CHARS) {
            problems.add(IdentityProblemCode.NAME_TOO_LONG.problem());
        } else if (!name.codePoints().allMatch(CccdParser::isNameCharacter)) {
            problems.add(IdentityProblemCode.NAME_INVALID.problem());
        }
        return name;
    }

    private static boolean isNameCharacter(int cp) {
        return Character.isLetter(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || cp == ' ' || cp == '\'' || cp == '-' || cp == '.';
    }

    private static LocalDate readBirthDate(String text, LocalDate today, List<IdentityProblem> problems) {
        LocalDate birth = CardDate.parse(text, IdentityProblemCode.BIRTH_DATE_FORMAT,
                IdentityProblemCode.BIRTH_DATE_INVALID, problems);
        if (birth != null && birth.isAfter(today)) {
            problems.add(IdentityProblemCode.BIRTH_DATE_FUTURE.problem());
            return null;
        }
        if (birth != null && birth.isBefore(today.minusYears(IdNumberRules.MAX_AGE_YEARS))) {
            problems.add(IdentityProblemCode.BIRTH_DATE_TOO_OLD.problem());
        }
        return birth;
    }

    private static Sex readSex(String text, List<IdentityProblem> problems) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (Sex sex : Sex.values()) {
            if (sex.cardText().toLowerCase(Locale.ROOT).equals(lower)) {
                return sex;
            }
        }
        problems.add(IdentityProblemCode.SEX_INVALID.problem());
        return null;
    }

    private static LocalDate readIssueDate(String text, LocalDate birth, LocalDate today,
                                           List<IdentityProblem> problems) {
        if (text.isEmpty()) {
            problems.add(IdentityProblemCode.ISSUE_DATE_MISSING.problem());
            return null;
        }
        LocalDate issued = CardDate.parse(text, IdentityProblemCode.ISSUE_DATE_FORMAT,
                IdentityProblemCode.ISSUE_DATE_INVALID, problems);
        if (issued == null) {
            return null;
        }
        if (issued.isAfter(today)) {
            problems.add(IdentityProblemCode.ISSUE_DATE_FUTURE.problem());
        } else if (birth != null && issued.isBefore(birth)) {
            problems.add(IdentityProblemCode.ISSUE_DATE_BEFORE_BIRTH.problem());
        } else if (issued.isBefore(FIRST_ISSUE)) {
            problems.add(IdentityProblemCode.ISSUE_DATE_TOO_EARLY.problem());
        }
        return issued;
    }

    private static void checkCharacters(String payload, List<IdentityProblem> problems) {
        boolean control = false;
        boolean replacement = false;
        for (int i = 0; i < payload.length(); i++) {
            char ch = payload.charAt(i);
            int type = Character.getType(ch);
            control |= Character.isISOControl(ch) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || Character.isSurrogate(ch) && !validPair(payload, i);
            replacement |= ch == '\uFFFD';
        }
        if (control) {
            problems.add(IdentityProblemCode.PAYLOAD_CONTROL_CHARACTER.problem());
        }
        if (replacement) {
            problems.add(IdentityProblemCode.PAYLOAD_ENCODING.problem());
        }
    }

    private static boolean validPair(String s, int i) {
        char ch = s.charAt(i);
        if (Character.isHighSurrogate(ch)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** Drops empty (or blank) fields after the 7 standard ones: the new card pads its QR with them. */
    private static String[] withoutTrailingEmpty(String[] fields) {
        int end = fields.length;
        while (end > STANDARD_FIELDS && fields[end - 1].isBlank()) {
            end--;
        }
        return end == fields.length ? fields : java.util.Arrays.copyOf(fields, end);
    }

    private static String field(String[] fields, int index) {
        return index < fields.length ? fields[index].strip() : "";
    }

    private static String collapseSpaces(String text) {
        return SPACES.matcher(text.strip()).replaceAll(" ");
    }

    private static String stripLineEnd(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == '\r' || text.charAt(end - 1) == '\n')) {
            end--;
        }
        return text.substring(0, end);
    }
}
