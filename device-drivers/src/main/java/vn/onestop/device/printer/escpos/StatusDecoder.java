package vn.onestop.device.printer.escpos;

import vn.onestop.device.printer.PrinterStatus;

/**
 * Decodes real-time status ({@code DLE EOT 1..4}) and automatic status back (ASB, 4 bytes) into a
 * {@link PrinterStatus}, and tells the two apart by their fixed bits.
 */
public final class StatusDecoder {
    private StatusDecoder() {
    }

    /** A {@code DLE EOT} reply: bits 1 and 4 set, bits 0 and 7 clear ({@code 0xx1xx10}). */
    public static boolean isRealTimeReply(int b) {
        return (b & 0x93) == 0x12;
    }

    /** The first byte of an ASB frame: bit 4 set, bits 0, 1 and 7 clear ({@code 0xx1xx00}). */
    public static boolean isAsbStart(int b) {
        return (b & 0x93) == 0x10;
    }

    /** XON (0x11) and XOFF (0x13) from a printer using software flow control. */
    public static boolean isFlowControl(int b) {
        return b == 0x11 || b == 0x13;
    }

    /** Status from the replies to {@code DLE EOT} 1 (printer), 2 (offline cause), 3 (error cause), 4 (paper). */
    public static PrinterStatus fromRealTime(int printer, int offlineCause, int errorCause, int paper) {
        return new PrinterStatus(
                true,
                bit(printer, 3),
                bit(offlineCause, 2),
                (paper & 0x0C) != 0,
                (paper & 0x60) != 0 || bit(offlineCause, 5),
                bit(errorCause, 3),
                bit(errorCause, 5),
                bit(errorCause, 6));
    }

    /**
     * Status from an ASB frame: byte 1 bit 3 offline, bit 5 cover open; byte 2 bit 3 autocutter error,
     * bit 5 unrecoverable, bit 6 auto-recoverable; byte 3 bits 0-1 paper near end, bits 2-3 paper end.
     */
    public static PrinterStatus fromAsb(byte[] frame) {
        if (frame.length != 4) {
            throw new IllegalArgumentException("ASB frame has 4 bytes, not " + frame.length);
        }
        return new PrinterStatus(true, bit(frame[0], 3), bit(frame[0], 5), (frame[2] & 0x03) != 0,
                (frame[2] & 0x0C) != 0, bit(frame[1], 3), bit(frame[1], 5), bit(frame[1], 6));
    }

    /** What a technician reads: "paper out, cover open"; "ready" when nothing is wrong. */
    public static String describe(PrinterStatus s) {
        if (!s.answered()) {
            return "no answer (printer off, wrong port or wrong baud rate)";
        }
        StringBuilder out = new StringBuilder();
        append(out, s.paperOut(), "paper out");
        append(out, s.coverOpen(), "cover open");
        append(out, s.cutterError(), "cutter error");
        append(out, s.unrecoverableError(), "unrecoverable error (switch the printer off and on)");
        append(out, s.autoRecoverableError(), "print head too hot (wait)");
        append(out, s.offline() && out.length() == 0, "offline");
        append(out, s.paperNearEnd(), "paper near end");
        return out.length() == 0 ? "ready" : out.toString();
    }

    private static void append(StringBuilder out, boolean condition, String text) {
        if (condition) {
            out.append(out.length() == 0 ? "" : ", ").append(text);
        }
    }

    private static boolean bit(int value, int bit) {
        return (value & (1 << bit)) != 0;
    }
}
