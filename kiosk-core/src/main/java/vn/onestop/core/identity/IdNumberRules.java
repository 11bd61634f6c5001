package vn.onestop.core.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rules of the 12-digit personal ID number: digits 1-3 the province of birth registration, digit 4 century and
 * sex (1900s male 0 / female 1, 2000s 2/3, ... 2300s 8/9), digits 5-6 the last two digits of the birth year,
 * digits 7-12 random. There is no checksum.
 */
final class IdNumberRules {

    /** Oldest plausible age of a living card holder. */
    static final int MAX_AGE_YEARS = 130;

    private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

    private final ProvinceCodes provinces;

    IdNumberRules(ProvinceCodes provinces) {
        this.provinces = provinces;
    }

    /**
     * Adds a format problem, or a province warning (never a refusal: citizens registered abroad may carry codes
     * outside the 63, and the circular that listed them has been replaced); returns whether the number is 12 digits
     * (further checks possible).
     */
    boolean checkFormat(String id, List<IdentityProblem> problems, List<IdentityProblem> warnings) {
        if (!TWELVE_DIGITS.matcher(id).matches()) {
            problems.add(IdentityProblemCode.ID_FORMAT.problem());
            return false;
        }
        if (!provinces.contains(id.substring(0, 3))) {
            warnings.add(IdentityProblemCode.ID_PROVINCE_UNKNOWN.problem());
        }
        return true;
    }

    /** The birth year the number encodes (digit 4 century, digits 5-6 year). */
    static int impliedBirthYear(String id) {
        int centuryDigit = id.charAt(3) - '0';
        return 1900 + (centuryDigit / 2) * 100 + Integer.parseInt(id.substring(4, 6));
    }

    static Sex impliedSex(String id) {
        return (id.charAt(3) - '0') % 2 == 0 ? Sex.MALE : Sex.FEMALE;
    }

    /** For a typed number alone: the implied birth year must not be in the future nor too long ago. */
    void checkPlausibleYear(String id, LocalDate today, List<IdentityProblem> problems) {
        int year = impliedBirthYear(id);
        if (year > today.getYear() || year < today.getYear() - MAX_AGE_YEARS) {
            problems.add(IdentityProblemCode.ID_CENTURY_IMPLAUSIBLE.problem());
        }
    }

    /** Cross-checks digits 4-6 with the card's date of birth and sex (either may be null when unreadable). */
    void checkAgainstCard(String id, LocalDate dateOfBirth, Sex sex, List<IdentityProblem> problems) {
        if (dateOfBirth != null) {
            int implied = impliedBirthYear(id);
            if (implied / 100 != dateOfBirth.getYear() / 100) {
                problems.add(IdentityProblemCode.ID_CENTURY_MISMATCH.problem());
            }
            if (implied % 100 != dateOfBirth.getYear() % 100) {
                problems.add(IdentityProblemCode.ID_BIRTH_YEAR_MISMATCH.problem());
            }
        }
        if (sex != null && impliedSex(id) != sex) {
            problems.add(IdentityProblemCode.ID_SEX_MISMATCH.problem());
        }
    }
}
