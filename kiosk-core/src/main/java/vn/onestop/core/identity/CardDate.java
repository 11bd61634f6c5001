package vn.onestop.core.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** Parses the card's {@code ddMMyyyy} dates strictly: 8 digits and a real calendar date. */
final class CardDate {

    private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");

    private CardDate() {
    }

    /**
     * Returns the date, or null after adding the format or validity problem to {@code problems}.
     */
    static LocalDate parse(String text, IdentityProblemCode format, IdentityProblemCode invalid,
                           List<IdentityProblem> problems) {
        if (!EIGHT_DIGITS.matcher(text).matches()) {
            problems.add(format.problem());
            return null;
        }
        int day = Integer.parseInt(text.substring(0, 2));
        int month = Integer.parseInt(text.substring(2, 4));
        int year = Integer.parseInt(text.substring(4, 8));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            problems.add(invalid.problem());
            return null;
        }
    }
}
