package vn.onestop.core.booking;

import java.util.Locale;
import java.util.Optional;

/**
 * The text of a booking code (issue 24), shared by the server and the kiosk: 10 characters from 32 letters and digits
 * without look-alikes (no I, O, 0, 1); its QR holds {@value #QR_PREFIX} and the code. People may type it with spaces,
 * dashes or in lower case.
 */
public final class BookingCodeText {
    public static final String QR_PREFIX = "ONESTOP-BOOKING|";
    public static final int LENGTH = 10;
    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private BookingCodeText() {
    }

    /** The code a person typed or a QR held, normalised; empty when it cannot be a booking code. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String s = typed.strip();
        if (s.startsWith(QR_PREFIX)) {
            s = s.substring(QR_PREFIX.length());
        }
        s = s.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        if (s.length() != LENGTH) {
            return Optional.empty();
        }
        for (char ch : s.toCharArray()) {
            if (ALPHABET.indexOf(ch) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(s);
    }

    /** True for a booking QR's text (the prefix and a well-formed code). */
    public static boolean isQr(String text) {
        return text != null && text.strip().startsWith(QR_PREFIX) && normalize(text).isPresent();
    }
}
