package vn.onestop.server.connector;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The HMAC-SHA256 signature of a connector request (both directions): {@code sha256=} and the hex HMAC of
 * {@code timestamp + "." + body} under the shared secret; a request older or newer than the tolerance is refused,
 * so a recorded request cannot be replayed later. Pure: no I/O, no clock of its own.
 */
public final class Signatures {
    public static final String TIMESTAMP_HEADER = "X-Onestop-Timestamp";
    public static final String SIGNATURE_HEADER = "X-Onestop-Signature";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    private static final String PREFIX = "sha256=";
    private final byte[] secret;
    private final long toleranceSeconds;

    public Signatures(byte[] secret, long toleranceSeconds) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the connector's shared secret must have at least 16 bytes");
        }
        this.secret = secret.clone();
        this.toleranceSeconds = toleranceSeconds;
    }

    /** The signature header's value for {@code body} sent at {@code epochSeconds}. */
    public String sign(long epochSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(Long.toString(epochSeconds).getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * Why a request does not verify, or null when it does: the timestamp header missing or outside the tolerance
     * around {@code nowSeconds}, or the signature missing or wrong (compared in constant time).
     */
    public String problem(String timestampHeader, String signatureHeader, byte[] body, long nowSeconds) {
        if (timestampHeader == null || signatureHeader == null) {
            return "the " + TIMESTAMP_HEADER + " and " + SIGNATURE_HEADER + " headers are required";
        }
        long at;
        try {
            at = Long.parseLong(timestampHeader.strip());
        } catch (NumberFormatException e) {
            return TIMESTAMP_HEADER + " must be seconds since 1970";
        }
        if (Math.abs(nowSeconds - at) > toleranceSeconds) {
            return TIMESTAMP_HEADER + " is more than " + toleranceSeconds + " s away from this system's clock";
        }
        byte[] expected = sign(at, body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signatureHeader.strip().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given) ? null : "the signature does not match the body";
    }
}
