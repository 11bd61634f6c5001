package vn.onestop.device.printer.escpos;

import java.nio.charset.Charset;

/**
 * A code table of the printer whose accented letters print as the printer's own characters, in its own font,
 * instead of being downloaded: PC437 (table 0, the ESC/POS power-on table: 0x82 é, 0x83 â, 0x85 à, 0x88 ê,
 * 0x8A è, 0x8D ì, 0x90 É, 0x93 ô, 0x95 ò, 0x97 ù, 0xA0 á, 0xA1 í, 0xA2 ó, 0xA3 ú) or PC850 (table 2 in Epson's
 * numbering, which adds ã õ ý and the capitals Á À Â Ã È Ê Í Ì Ó Ò Ô Õ Ú Ù Ý). Only letters are used, not the
 * tables' symbols, whose glyphs vary between firmwares. Pure.
 */
public enum BuiltinTable {
    NONE(-1, null),
    PC437(0, "IBM437"),
    PC850(2, "IBM850");

    private final int number;
    private final Charset charset;

    BuiltinTable(int number, String charset) {
        this.number = number;
        this.charset = charset == null ? null : Charset.forName(charset);
    }

    /** The table number for {@code ESC t n}. */
    public int number() {
        return number;
    }

    /** The byte 0x80..0xFF that prints {@code c} in this table, or -1 when the table lacks that letter. */
    public int code(char c) {
        if (charset == null || c < 0xC0 || c > 0x17F || !Character.isLetter(c)) {
            return -1;
        }
        byte[] b = String.valueOf(c).getBytes(charset);
        return b.length == 1 && (b[0] & 0xFF) >= 0x80 ? b[0] & 0xFF : -1;
    }

    /** The table a profile key names: {@code none}, {@code pc437} or {@code pc850}. */
    static BuiltinTable parse(String key, String value) {
        for (BuiltinTable t : values()) {
            if (t.name().equalsIgnoreCase(value.trim())) {
                return t;
            }
        }
        throw new IllegalArgumentException(key + " must be none, pc437 or pc850, not '" + value.trim() + "'");
    }
}
