package vn.onestop.device.display;

import java.util.Locale;

/**
 * The check a display (or keypad receiver) expects at the end of a frame: none, XOR of the bytes, their 8-bit sum,
 * or CRC-16/MODBUS (polynomial 0xA001 reflected, initial 0xFFFF, computed from a 256-entry table). Pure code.
 */
public enum Checksum {
    NONE(0), XOR(1), SUM8(1), CRC16_MODBUS(2);

    private static final int[] CRC_TABLE = crcTable();
    private final int size;

    Checksum(int size) {
        this.size = size;
    }

    /** Bytes of the check value on the wire in binary form (0, 1 or 2). */
    public int size() {
        return size;
    }

    /** The check value over {@code data[from, to)}, as an unsigned int (0 for NONE). */
    public int compute(byte[] data, int from, int to) {
        return switch (this) {
            case NONE -> 0;
            case XOR -> {
                int x = 0;
                for (int i = from; i < to; i++) {
                    x ^= data[i] & 0xFF;
                }
                yield x;
            }
            case SUM8 -> {
                int s = 0;
                for (int i = from; i < to; i++) {
                    s += data[i] & 0xFF;
                }
                yield s & 0xFF;
            }
            case CRC16_MODBUS -> {
                int crc = 0xFFFF;
                for (int i = from; i < to; i++) {
                    crc = (crc >>> 8) ^ CRC_TABLE[(crc ^ data[i]) & 0xFF];
                }
                yield crc;
            }
        };
    }

    /** Reads "none", "xor", "sum", "sum8", "crc16", "crc16-modbus"; names the accepted values otherwise. */
    public static Checksum of(String text) {
        String t = text == null ? "none" : text.trim().toLowerCase(Locale.ROOT).replace("_", "-");
        return switch (t) {
            case "", "none" -> NONE;
            case "xor" -> XOR;
            case "sum", "sum8" -> SUM8;
            case "crc16", "crc16-modbus", "crc-16/modbus", "modbus" -> CRC16_MODBUS;
            default -> throw new IllegalArgumentException("checksum must be none, xor, sum8 or crc16-modbus, not '"
                    + text.trim() + "'");
        };
    }

    private static int[] crcTable() {
        int[] table = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? (c >>> 1) ^ 0xA001 : c >>> 1;
            }
            table[n] = c;
        }
        return table;
    }
}
