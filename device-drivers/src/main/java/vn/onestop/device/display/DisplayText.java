package vn.onestop.device.display;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns the text a display should show into the bytes its character set has: LED counter displays know ASCII
 * digits and (mostly upper-case) letters only. Vietnamese letters are folded to their base letter ("Đ" to "D",
 * "Ư" to "U", tones dropped) or refused, as the profile says; any other character outside printable ASCII is
 * refused with a message naming it. Then the text is fitted to the display's width. Pure code.
 */
public final class DisplayText {
    /** What to do with letters outside ASCII. */
    public enum Vietnamese { FOLD, REFUSE }

    /** Right, left or centre alignment in the display's cells. */
    public enum Align { RIGHT, LEFT, CENTRE }

    private DisplayText() {}

    /** ASCII bytes of {@code text} fitted to {@code width} cells (0: as long as it is); upper-cased if asked. */
    public static byte[] encode(String text, int width, Align align, char pad, boolean upperCase, Vietnamese rule) {
        String ascii = ascii(text, rule);
        if (upperCase) {
            ascii = ascii.toUpperCase(Locale.ROOT);
        }
        if (width > 0 && ascii.length() > width) {
            throw new IllegalArgumentException("'" + ascii + "' has " + ascii.length() + " characters; this display "
                    + "shows " + width);
        }
        if (width > 0) {
            int gap = width - ascii.length();
            int before = switch (align) {
                case RIGHT -> gap;
                case LEFT -> 0;
                case CENTRE -> gap / 2;
            };
            ascii = String.valueOf(pad).repeat(before) + ascii + String.valueOf(pad).repeat(gap - before);
        }
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    static String ascii(String text, Vietnamese rule) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch >= 0x20 && ch < 0x7F) {
                out.append(ch);
                continue;
            }
            char folded = fold(ch);
            if (folded == 0 || rule == Vietnamese.REFUSE) {
                throw new IllegalArgumentException("The display cannot show '" + ch + "' (U+"
                        + String.format(Locale.ROOT, "%04X", (int) ch) + ")" + (folded == 0 ? ""
                        : ": set text.vietnamese=fold in its profile to show it as '" + folded + "'"));
            }
            out.append(folded);
        }
        return out.toString();
    }

    /** The ASCII base letter of a Vietnamese letter, or 0 when it has none. */
    private static char fold(char ch) {
        if (ch == 'đ') {
            return 'd';
        }
        if (ch == 'Đ') {
            return 'D';
        }
        String base = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
        char first = base.charAt(0);
        return first >= 0x20 && first < 0x7F && Character.isLetter(first) ? first : 0;
    }
}
