package vn.onestop.server.booking;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * A booking's code: 10 characters from 32 letters and digits without look-alikes (no I, O, 0, 1), about 50 random
 * bits, so codes cannot be guessed (the public routes are rate limited as well). The QR holds
 * {@value #QR_PREFIX} and the code; people may type it with spaces, dashes or in lower case.
 */
public final class BookingCode {
    public static final String QR_PREFIX = vn.onestop.core.booking.BookingCodeText.QR_PREFIX;
    static final int LENGTH = vn.onestop.core.booking.BookingCodeText.LENGTH;
    private static final String ALPHABET = vn.onestop.core.booking.BookingCodeText.ALPHABET;
    private final SecureRandom random = new SecureRandom();

    /** A new random code. */
    public String next() {
        StringBuilder b = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** The QR payload of a code. */
    public static String qr(String code) {
        return QR_PREFIX + code;
    }

    /** The code a person typed or a QR held, normalised; empty when it cannot be a booking code. */
    public static Optional<String> normalize(String typed) {
        return vn.onestop.core.booking.BookingCodeText.normalize(typed);
    }
}
