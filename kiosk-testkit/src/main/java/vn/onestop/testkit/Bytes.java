package vn.onestop.testkit;

import java.util.Arrays;

/** Byte comparisons that say where two byte strings part, in hex, instead of printing both whole. */
public final class Bytes {
    private static final int CONTEXT = 8;

    private Bytes() {}

    /** Fails with the offset of the first difference and the bytes around it when {@code actual} differs. */
    public static void assertSame(String what, byte[] expected, byte[] actual) {
        String difference = difference(expected, actual);
        if (difference != null) {
            throw new AssertionError(what + ": " + difference);
        }
    }

    /** Where the two part (offset, lengths, hex of both around it), or null when they are equal. */
    public static String difference(byte[] expected, byte[] actual) {
        int at = Arrays.mismatch(expected, actual);
        if (at < 0) {
            return null;
        }
        int from = Math.max(0, at - CONTEXT);
        return "first difference at byte " + at + " (expected " + expected.length + " bytes, got " + actual.length
                + "): expected ..." + hex(expected, from, at + CONTEXT) + " but got ..." + hex(actual, from, at + CONTEXT);
    }

    /** Bytes {@code from} (inclusive) to {@code to} (exclusive, clipped) as space-separated hex. */
    public static String hex(byte[] data, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < Math.min(to, data.length); i++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(String.format("%02X", data[i] & 0xFF));
        }
        return sb.toString();
    }
}
