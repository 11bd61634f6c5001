package vn.onestop.kiosk.tech;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * What a technician PIN may be: 6-8 digits (technician mode can change the server address: security review,
 * finding 8), not the PIN shipped in the default configuration (every kiosk of
 * every centre would share it), not one digit repeated. A new PIN is stored salted and hashed
 * ({@link PinCheck#stored}) with a fresh random salt.
 */
public final class PinPolicy {
    /** The PIN of the shipped {@code config/kiosk.properties}; it must be changed at the first entry. */
    public static final String DEFAULT_PIN = "2468";
    private final SecureRandom random;

    public PinPolicy(SecureRandom random) {
        this.random = random;
    }

    public static boolean isDefault(String pin) {
        return DEFAULT_PIN.equals(pin);
    }

    /** The message key of what is wrong with {@code pin} as a new PIN, or null when it is acceptable. */
    public static String problem(String pin) {
        if (isDefault(pin)) {
            return "tech.pin.change.default";
        }
        if (pin == null || !pin.matches("[0-9]{6,8}")) {
            return "tech.pin.change.format";
        }
        if (pin.chars().distinct().count() == 1) {
            return "tech.pin.change.weak";
        }
        return null;
    }

    /** The value of {@code technician.pin.sha256} for {@code pin}: PBKDF2 with a new random salt. */
    public String stored(String pin) {
        byte[] salt = new byte[12];
        random.nextBytes(salt);
        return PinCheck.storedPbkdf2(pin, HexFormat.of().formatHex(salt));
    }
}
