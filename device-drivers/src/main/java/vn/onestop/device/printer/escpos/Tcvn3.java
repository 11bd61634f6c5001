package vn.onestop.device.printer.escpos;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * TCVN-3 (TCVN 5712:1993, "ABC") single-byte Vietnamese as Epson printers carry it in two code tables
 * (page 30 lower case, page 31 upper case; see {@code config/SOURCES.md}). The lower-case table holds every
 * lower-case letter; the upper-case table holds each toned capital at the code of its lower-case letter, and
 * the seven capitals Ă Â Ê Ô Ơ Ư Đ at A1 A2 AA AB AC AD A7. Codes A1-A7 of the lower-case table are empty on
 * Epson (plain TCVN 5712 puts the seven capitals there), so they are never sent with it. ASCII is the same in
 * both tables.
 */
public final class Tcvn3 {

    /** Which of the two printer code tables a byte must be printed with. */
    public enum Table { ANY, LOWER, UPPER }

    /** One encoded character. */
    public record Encoded(Table table, byte code) {}

    private static final String LOWER_LETTERS =
            "ăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ";
    private static final int[] LOWER_CODES = {
        0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE,
        0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB,
        0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xDC, 0xDD, 0xDE,
        0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEE,
        0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA, 0xFB, 0xFC, 0xFD, 0xFE,
    };
    /** The capitals of ă â ê ô ơ ư đ: not at A8-AE of the upper-case table but here (Epson page 31). */
    private static final String BASE_CAPITALS = "ĂÂÊÔƠƯĐ";
    private static final int[] BASE_CAPITAL_CODES = {0xA1, 0xA2, 0xAA, 0xAB, 0xAC, 0xAD, 0xA7};

    private static final Map<Character, Encoded> ENCODE = new HashMap<>();
    private static final char[] LOWER_TABLE = new char[256];
    private static final char[] UPPER_TABLE = new char[256];

    static {
        for (int i = 0; i < 128; i++) {
            LOWER_TABLE[i] = (char) i;
            UPPER_TABLE[i] = (char) i;
        }
        for (int i = 0; i < LOWER_LETTERS.length(); i++) {
            char lower = LOWER_LETTERS.charAt(i);
            char upper = Character.toUpperCase(lower);
            byte code = (byte) LOWER_CODES[i];
            ENCODE.put(lower, new Encoded(Table.LOWER, code));
            LOWER_TABLE[LOWER_CODES[i]] = lower;
            if (BASE_CAPITALS.indexOf(upper) < 0) {
                ENCODE.put(upper, new Encoded(Table.UPPER, code));
                UPPER_TABLE[LOWER_CODES[i]] = upper;
            }
        }
        for (int i = 0; i < BASE_CAPITALS.length(); i++) {
            char capital = BASE_CAPITALS.charAt(i);
            ENCODE.put(capital, new Encoded(Table.UPPER, (byte) BASE_CAPITAL_CODES[i]));
            UPPER_TABLE[BASE_CAPITAL_CODES[i]] = capital;
        }
    }

    private Tcvn3() {
    }

    /** The code of {@code c}, or null when TCVN-3 cannot carry it. Printable ASCII goes in either table. */
    public static Encoded encode(char c) {
        if (c >= 0x20 && c < 0x7F) {
            return new Encoded(Table.ANY, (byte) c);
        }
        return ENCODE.get(c);
    }

    /** True when every character of the (NFC) text can be printed in TCVN-3. */
    public static boolean canEncode(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return nfc.chars().allMatch(c -> encode((char) c) != null);
    }

    /** The character a printer shows for {@code code} in the given table ({@code '\uFFFD'} if none). */
    public static char decode(Table table, int code) {
        char c = (table == Table.UPPER ? UPPER_TABLE : LOWER_TABLE)[code & 0xFF];
        return c == 0 ? '\uFFFD' : c;
    }
}
