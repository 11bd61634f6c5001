package vn.onestop.device.printer.virtual;

import java.util.HashMap;
import java.util.Map;
import vn.onestop.device.printer.escpos.MonoBitmap;
import vn.onestop.device.printer.escpos.RobotoFonts;
import vn.onestop.device.printer.escpos.UserGlyphs;

/**
 * Reads downloaded user-defined characters back as text, for the virtual printer's text lines: it compares
 * the dots with every Vietnamese letter (and Latin-1 and common punctuation) drawn by {@link UserGlyphs} in a
 * cell of the same size. Dots that match none read as U+FFFD, so a wrong mapping, a garbled download or a
 * letter left over from an earlier ticket shows up as a wrong or unreadable character. Built lazily per cell.
 */
final class GlyphReader {
    private static final String VIETNAMESE = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợ"
            + "uùủũúụưừửữứựyỳỷỹýỵđ";
    private final RobotoFonts fonts;
    private final Map<String, Map<MonoBitmap, Character>> tables = new HashMap<>();

    GlyphReader(RobotoFonts fonts) {
        this.fonts = fonts;
    }

    /** The letter drawn in {@code dots}, a cell {@code width} dots wide, or U+FFFD. */
    String read(MonoBitmap dots, int width) {
        Character c = table(width, dots.height()).get(dots);
        return String.valueOf(c == null ? '\uFFFD' : c);
    }

    private Map<MonoBitmap, Character> table(int width, int height) {
        return tables.computeIfAbsent(width + "x" + height, k -> build(width, height));
    }

    private Map<MonoBitmap, Character> build(int width, int height) {
        Map<MonoBitmap, Character> table = new HashMap<>();
        if (width < 5 || height < 8 || height > 32 || height % 8 != 0) {
            return table;
        }
        UserGlyphs glyphs = new UserGlyphs(fonts, width, height);
        StringBuilder letters = new StringBuilder(VIETNAMESE).append(VIETNAMESE.toUpperCase(java.util.Locale.ROOT));
        for (char c = 0xA1; c <= 0x17F; c++) {
            letters.append(c);
        }
        for (char c = 0x2010; c <= 0x2026; c++) {
            letters.append(c);
        }
        for (char c : letters.toString().toCharArray()) {
            if (glyphs.canDraw(c)) {
                table.putIfAbsent(glyphs.glyph(c), c);
            }
        }
        return table;
    }
}
