package vn.onestop.device.display;

/**
 * Check values written differently from the driver's {@link Checksum} (which is table-driven): CRC-16/MODBUS bit
 * by bit with the polynomial shifted in from the left and reflected at the end, XOR and sum with streams.
 */
final class IndependentChecks {
    private IndependentChecks() {}

    /** CRC-16/MODBUS the long way: non-reflected register with polynomial 0x8005, input and output reflected. */
    static int crc16Modbus(byte[] data) {
        int crc = 0xFFFF;
        for (byte b : data) {
            int in = Integer.reverse(b & 0xFF) >>> 24;
            crc ^= in << 8;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x8005) & 0xFFFF : (crc << 1) & 0xFFFF;
            }
        }
        // reflect the 16-bit result; the register started all ones, so reflecting it is the same as reflecting input
        int reflectedInit = crc;
        return Integer.reverse(reflectedInit) >>> 16;
    }

    static int xor(byte[] data) {
        int x = 0;
        for (int i = 0; i < data.length; i++) {
            x = x ^ Byte.toUnsignedInt(data[i]);
        }
        return x;
    }

    static int sum8(byte[] data) {
        return new String(data, java.nio.charset.StandardCharsets.ISO_8859_1).chars().sum() % 256;
    }
}
