package vn.onestop.device.printer.escpos;

import java.nio.charset.Charset;

/**
 * Accented letters held by code table 0 of ESC/POS printers, PC437 (0x82 é, 0x83 â, 0x85 à, 0x88 ê, 0x8A è,
 * 0x8D ì, 0x90 É, 0x93 ô, 0x95 ò, 0x97 ù, 0xA0 á, 0xA1 í, 0xA2 ó, 0xA3 ú, ...). Where a profile says its table 0
 * is PC437 these print as the printer's own characters, in its own font, instead of being downloaded. Only
 * letters are used (not PC437's symbols, whose glyphs vary between firmwares). Pure.
 */
final class Pc437 {
    private static final Charset PC437 = Charset.forName("IBM437");

    private Pc437() {
    }

    /** The byte 0x80..0xFF that prints {@code c} in PC437, or -1 when the table lacks that letter. */
    static int code(char c) {
        if (c < 0xC0 || c > 0x17F || !Character.isLetter(c)) {
            return -1;
        }
        byte[] b = String.valueOf(c).getBytes(PC437);
        return b.length == 1 && (b[0] & 0xFF) >= 0x80 ? b[0] & 0xFF : -1;
    }
}
