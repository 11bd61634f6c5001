package vn.onestop.device.scanner.serial;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * How a serial scanner delimits codes: an optional fixed prefix and a suffix (the terminator), and
 * the largest code accepted in bytes. Immutable.
 */
public final class FrameFormat {

    /** CCCD payloads are about 100-250 bytes; 4 KB leaves room for future cards and long QR codes. */
    public static final int DEFAULT_MAX_CODE_BYTES = 4096;

    private final byte[] prefix;
    private final byte[] suffix;
    private final int maxCodeBytes;

    private FrameFormat(byte[] prefix, byte[] suffix, int maxCodeBytes) {
        if (suffix.length == 0) {
            throw new IllegalArgumentException("a frame needs a suffix (terminator)");
        }
        if (maxCodeBytes < 1) {
            throw new IllegalArgumentException("maximum code length must be positive: " + maxCodeBytes);
        }
        this.prefix = prefix.clone();
        this.suffix = suffix.clone();
        this.maxCodeBytes = maxCodeBytes;
    }

    /** Codes end at CR, LF or CRLF (how USB-CDC scanners are usually set up). */
    public static FrameFormat terminatedBy(Terminator terminator, int maxCodeBytes) {
        return new FrameFormat(new byte[0], terminator.bytes(), maxCodeBytes);
    }

    /** Codes start with {@code prefix} and end with {@code suffix}, e.g. STX and ETX. */
    public static FrameFormat wrapped(byte[] prefix, byte[] suffix, int maxCodeBytes) {
        if (prefix.length == 0) {
            throw new IllegalArgumentException("a wrapped frame needs a non-empty prefix");
        }
        return new FrameFormat(prefix, suffix, maxCodeBytes);
    }

    /**
     * Reads a configuration value: {@code CR}, {@code LF}, {@code CRLF}, or {@code HEX/HEX} for a
     * prefix and suffix in hex bytes (e.g. {@code 02/03} for STX/ETX).
     */
    public static FrameFormat parse(String spec, int maxCodeBytes) {
        String s = spec.trim().toUpperCase(Locale.ROOT);
        int slash = s.indexOf('/');
        if (slash < 0) {
            try {
                return terminatedBy(Terminator.valueOf(s), maxCodeBytes);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Scanner terminator '" + spec
                        + "' is not CR, LF, CRLF or PREFIXHEX/SUFFIXHEX (e.g. 02/03)", e);
            }
        }
        return wrapped(hex(s.substring(0, slash), spec), hex(s.substring(slash + 1), spec), maxCodeBytes);
    }

    private static byte[] hex(String digits, String spec) {
        if (digits.isEmpty() || digits.length() % 2 != 0 || !digits.matches("[0-9A-F]+")) {
            throw new IllegalArgumentException("Scanner frame '" + spec
                    + "': prefix and suffix must be hex bytes such as 02/03");
        }
        byte[] out = new byte[digits.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    public byte[] prefix() {
        return prefix.clone();
    }

    public byte[] suffix() {
        return suffix.clone();
    }

    public int maxCodeBytes() {
        return maxCodeBytes;
    }

    /** Wraps a payload as a scanner would send it (used by the scanner player and tests). */
    public byte[] encode(String code) {
        byte[] body = code.getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(prefix, prefix.length + body.length + suffix.length);
        System.arraycopy(body, 0, out, prefix.length, body.length);
        System.arraycopy(suffix, 0, out, prefix.length + body.length, suffix.length);
        return out;
    }

    int prefixLength() {
        return prefix.length;
    }

    byte prefixAt(int i) {
        return prefix[i];
    }

    int suffixLength() {
        return suffix.length;
    }

    byte suffixAt(int i) {
        return suffix[i];
    }

    /** The terminators a USB-CDC scanner can be set to. */
    public enum Terminator {
        CR(new byte[] {'\r'}), LF(new byte[] {'\n'}), CRLF(new byte[] {'\r', '\n'});

        private final byte[] bytes;

        Terminator(byte[] bytes) {
            this.bytes = bytes;
        }

        byte[] bytes() {
            return bytes.clone();
        }
    }
}
