package vn.onestop.kiosk.tech;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The technician PIN as stored in {@code technician.pin.sha256}; compared in constant time. An empty setting
 * means technician mode is off.
 *
 * <p>A PIN set on the kiosk is stored as {@code pbkdf2:<iterations>:<salt hex>:<hash hex>} (PBKDF2-HMAC-SHA256),
 * so that a copied configuration file does not give the PIN away by trying all 4-8 digit numbers in seconds.
 * The shipped default and hand-written values may use the older {@code sha256hex(salt + ":" + pin) + ":" + salt}.
 */
public final class PinCheck {
    /** About 50 ms on a small kiosk PC: slow for a guesser, unnoticeable for a technician. */
    static final int ITERATIONS = 100_000;
    private static final String PBKDF2 = "pbkdf2:";

    private final String stored;

    public PinCheck(String stored) {
        this.stored = stored == null ? "" : stored.strip();
    }

    public boolean enabled() {
        return stored.startsWith(PBKDF2) ? stored.split(":").length == 4 : stored.indexOf(':') > 0;
    }

    public boolean matches(String pin) {
        if (!enabled() || pin == null || pin.isEmpty()) {
            return false;
        }
        String[] parts = stored.split(":");
        String expected;
        String actual;
        if (stored.startsWith(PBKDF2)) {
            int iterations;
            try {
                iterations = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                return false;
            }
            expected = parts[3];
            actual = pbkdf2(pin, parts[2], iterations);
        } else {
            expected = parts[0];
            actual = sha256(parts[1] + ":" + pin);
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                actual.getBytes(StandardCharsets.US_ASCII));
    }

    /** The legacy value to store for {@code pin} with {@code salt} (kept for hand-written configurations). */
    public static String stored(String pin, String salt) {
        return sha256(salt + ":" + pin) + ":" + salt;
    }

    /** The value a kiosk stores for a PIN set by the technician. */
    public static String storedPbkdf2(String pin, String saltHex) {
        return PBKDF2 + ITERATIONS + ":" + saltHex + ":" + pbkdf2(pin, saltHex, ITERATIONS);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static String pbkdf2(String pin, String saltHex, int iterations) {
        if (iterations < 1 || iterations > 10_000_000) {
            return "";
        }
        PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), saltHex.getBytes(StandardCharsets.US_ASCII),
                iterations, 256);
        try {
            return HexFormat.of().formatHex(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
