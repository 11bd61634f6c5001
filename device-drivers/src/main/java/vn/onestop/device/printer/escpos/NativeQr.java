package vn.onestop.device.printer.escpos;

import java.nio.charset.StandardCharsets;

/** The {@code GS ( k} sequence for a QR code: model 2, module size, level M, store (UTF-8 bytes), print. */
final class NativeQr {
    /** cn = 49 selects the QR function group. */
    private static final byte QR = 49;

    private NativeQr() {
    }

    static void write(EscPosWriter w, String payload, int moduleDots) {
        byte[] data = payload.getBytes(StandardCharsets.UTF_8);
        int storeLength = data.length + 3;
        if (storeLength > 0xFFFF) {
            throw new IllegalArgumentException("QR payload too long: " + data.length + " bytes");
        }
        // fn 65: model; n1 = 50 is model 2.
        w.command(EscPos.GS, EscPos.OPEN_PAREN, (byte) 'k', (byte) 4, (byte) 0, QR, (byte) 65, (byte) 50, (byte) 0);
        // fn 67: module size in dots.
        w.command(EscPos.GS, EscPos.OPEN_PAREN, (byte) 'k', (byte) 3, (byte) 0, QR, (byte) 67, (byte) moduleDots);
        // fn 69: error correction; 49 is level M.
        w.command(EscPos.GS, EscPos.OPEN_PAREN, (byte) 'k', (byte) 3, (byte) 0, QR, (byte) 69, (byte) 49);
        // fn 80: store data; pL pH count the UTF-8 bytes plus 3.
        w.command(EscPos.GS, EscPos.OPEN_PAREN, (byte) 'k', (byte) (storeLength & 0xFF), (byte) (storeLength >> 8),
                QR, (byte) 80, (byte) 48);
        w.bytes(data);
        // fn 81: print the stored symbol.
        w.command(EscPos.GS, EscPos.OPEN_PAREN, (byte) 'k', (byte) 3, (byte) 0, QR, (byte) 81, (byte) 48);
    }
}
