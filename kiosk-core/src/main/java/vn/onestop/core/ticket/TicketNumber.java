package vn.onestop.core.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A queue ticket number as staff and displays show it: the service prefix and the day's number, zero-padded to
 * at least 3 digits ({@code A005}, {@code A123}, {@code A1005}).
 *
 * @param prefix the queue service's prefix, 1 to 3 capital letters
 * @param number the number within the day, 1 to 99999
 */
public record TicketNumber(String prefix, int number) {

    public static final int MAX_NUMBER = 99_999;
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,3}");
    private static final Pattern TEXT = Pattern.compile("([A-Z]{1,3})(\\d{1,5})");
    private static final String[] DIGITS_VI = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};

    /** @throws TicketNumberException if the prefix or number is out of range */
    public TicketNumber {
        Objects.requireNonNull(prefix, "prefix");
        if (!PREFIX.matcher(prefix).matches()) {
            throw new TicketNumberException("a ticket prefix is 1 to 3 capital letters A-Z");
        }
        if (number < 1 || number > MAX_NUMBER) {
            throw new TicketNumberException("a ticket number is 1 to " + MAX_NUMBER + ", got " + number);
        }
    }

    /** E.g. {@code A005}. */
    public String format() {
        return prefix + String.format("%03d", number);
    }

    /**
     * Reads a ticket number as typed or shown ({@code A005}, {@code a5}, {@code A 005}).
     *
     * @throws TicketNumberException saying what is wrong
     */
    public static TicketNumber parse(String text) {
        if (text == null || text.isBlank()) {
            throw new TicketNumberException("the ticket number is empty");
        }
        if (text.length() > 16) {
            throw new TicketNumberException("a ticket number has at most 8 characters, e.g. A005");
        }
        String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
        Matcher m = TEXT.matcher(compact);
        if (!m.matches()) {
            throw new TicketNumberException("a ticket number is 1 to 3 letters then up to 5 digits, e.g. A005");
        }
        return new TicketNumber(m.group(1), Integer.parseInt(m.group(2)));
    }

    /**
     * The characters of {@link #format()} one by one, for announcing with recorded clips ("A", "0", "0", "5"):
     * the hall keeps calling numbers with no network text-to-speech.
     */
    public List<String> spoken() {
        List<String> parts = new ArrayList<>();
        format().chars().forEach(c -> parts.add(String.valueOf((char) c)));
        return parts;
    }

    /** Digit by digit in Vietnamese, e.g. {@code "A không không năm"}, for a speech engine or a caption. */
    public String spokenVi() {
        StringBuilder out = new StringBuilder(prefix);
        for (char c : format().substring(prefix.length()).toCharArray()) {
            out.append(' ').append(DIGITS_VI[c - '0']);
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
