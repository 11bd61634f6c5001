package vn.onestop.kiosk.tech;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The technician PIN, stored as {@code sha256hex(salt + ":" + pin) + ":" + salt} in
 * {@code technician.pin.sha256}; compared in constant time. An empty setting means technician mode is off.
 */
public final class PinCheck {
    private final String hash;
    private final String salt;

    public PinCheck(String stored) {
        int colon = stored.indexOf(':');
        this.hash = colon < 0 ? "" : stored.substring(0, colon);
        this.salt = colon < 0 ? "" : stored.substring(colon + 1);
    }

    public boolean enabled() {
        return !hash.isEmpty();
    }

    public boolean matches(String pin) {
        if (!enabled() || pin == null || pin.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                sha256(salt + ":" + pin).getBytes(StandardCharsets.US_ASCII));
    }

    /** The value to store for {@code pin} with {@code salt} (for the README and installers). */
    public static String stored(String pin, String salt) {
        return sha256(salt + ":" + pin) + ":" + salt;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
