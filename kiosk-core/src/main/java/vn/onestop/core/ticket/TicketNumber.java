package vn.onestop.core.ticket;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A queue ticket number as staff and displays show it: the service prefix and the day's number, zero-padded to
 * at least 3 digits ({@code A005}, {@code A123}, {@code A1005}). The one rule for every displayed number: the
 * server's tickets, the hall display, the rating page, the printed ticket and the numbers a kiosk issues offline
 * ({@link #offline}, e.g. {@code K1-A001}) are all formatted here.
 *
 * @param prefix the queue service's prefix, 1 to 3 capital letters
 * @param number the number within the day, 1 to 99999
 */
public record TicketNumber(String prefix, int number) {

    public static final int MAX_NUMBER = 99_999;
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{1,3}");
    private static final Pattern TEXT = Pattern.compile("([A-Z]{1,3})(\\d{1,5})");
    /** A kiosk's offline number: the kiosk's prefix, a dash, the service code and 3 to 5 digits. */
    private static final Pattern OFFLINE = Pattern.compile("[A-Z][A-Z0-9]{0,3}-([A-Z]{1,2})[0-9]{3,5}");
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
        return format(prefix, number);
    }

    /**
     * The text of a number already issued (read back from storage, so not range-checked): the prefix and the
     * number zero-padded to at least 3 digits, e.g. {@code A005}.
     */
    public static String format(String prefix, int number) {
        return prefix + String.format(Locale.ROOT, "%03d", number);
    }

    /** What a ticket shows: the number its kiosk printed when issued offline, else {@link #format(String, int)}. */
    public static String display(String prefix, int number, String offlineNumber) {
        return offlineNumber != null ? offlineNumber : format(prefix, number);
    }

    /** The number a kiosk prints on a ticket it issued offline: its own prefix, a dash, then e.g. {@code A001}. */
    public static String offline(String kioskPrefix, String servicePrefix, int number) {
        return kioskPrefix + "-" + format(servicePrefix, number);
    }

    /** The service code of an offline number ({@code A} of {@code K1-A001}), or empty if it is not one. */
    public static Optional<String> offlineService(String text) {
        Matcher m = OFFLINE.matcher(text);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
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
