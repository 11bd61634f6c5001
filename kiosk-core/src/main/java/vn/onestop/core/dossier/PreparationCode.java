package vn.onestop.core.dossier;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The code of a dossier prepared at a kiosk and not yet received (issue 22): {@value #LENGTH} characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L, no U/V pair), so a person can read it off the preparation slip and
 * type it at the counter; the slip's QR holds the same text. Typed codes are forgiving: case, spaces and hyphens do
 * not matter, so {@code "abcd-efgh"} and {@code "ABCDEFGH"} are the same code. With 29 letters and digits, eight
 * characters give about 5 x 10^11 codes.
 */
public final class PreparationCode {
    /** The characters a code is made of. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
    public static final int LENGTH = 8;

    private PreparationCode() {}

    /** A new random code; the caller checks uniqueness against stored codes. */
    public static String random(RandomGenerator random) {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /**
     * The canonical form of a typed or scanned code (upper case, without spaces or hyphens), or empty when the text
     * cannot be a preparation code.
     */
    public static Optional<String> normalize(String text) {
        if (text == null || text.length() > 4 * LENGTH) {
            return Optional.empty();
        }
        String s = text.strip().replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (s.length() != LENGTH) {
            return Optional.empty();
        }
        for (int i = 0; i < s.length(); i++) {
            if (ALPHABET.indexOf(s.charAt(i)) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(s);
    }

    /** The code as printed for people, in two groups: {@code ABCD-EFGH}. */
    public static String display(String code) {
        return code.length() == LENGTH ? code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2) : code;
    }
}
