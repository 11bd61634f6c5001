package vn.onestop.device.printer.escpos;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Letters drawn with the bundled Roboto into the printer's character cell (Font A: 12 x 24 dots), for
 * download as user-defined characters ({@code ESC &}). Every letter shares one baseline and size, so that
 * tone marks above a capital (Ấ) and the dot below (ạ) both fit; a letter wider than the cell is narrowed to
 * it, leaving one blank column between letters. Thread-safe; glyphs are computed once per letter.
 */
public final class UserGlyphs {
    private final RobotoFonts fonts;
    private final int cellWidth;
    private final int cellHeight;
    private final Map<Character, MonoBitmap> cache = new ConcurrentHashMap<>();

    public UserGlyphs(RobotoFonts fonts, int cellWidth, int cellHeight) {
        if (cellWidth < 5 || cellWidth > 255 || cellHeight < 8 || cellHeight > 32 || cellHeight % 8 != 0) {
            throw new IllegalArgumentException("user-defined character cell must be 5..255 dots wide and 8, 16, 24"
                    + " or 32 dots tall, not " + cellWidth + "x" + cellHeight);
        }
        this.fonts = fonts;
        this.cellWidth = cellWidth;
        this.cellHeight = cellHeight;
    }

    public int cellWidth() {
        return cellWidth;
    }

    public int cellHeight() {
        return cellHeight;
    }

    /** True when Roboto has a glyph for {@code c} (every Vietnamese letter has one). */
    public boolean canDraw(char c) {
        return fonts.font(false, 10f).canDisplay(c);
    }

    /** The letter as a cell-sized bitmap (row-major, {@link MonoBitmap} packing, width rounded up to bytes). */
    public MonoBitmap glyph(char c) {
        return cache.computeIfAbsent(c, this::draw);
    }

    /** The cell as {@code ESC &} data: column after column, top byte first, most significant bit on top. */
    public byte[] columnMajor(char c) {
        return toColumnMajor(glyph(c), cellWidth, cellHeight);
    }

    /**
     * Columns worth sending: up to the last one with ink (at least one). ESC/POS prints the columns a
     * definition leaves out on the right as blank, so the blank right edge of a letter costs nothing.
     */
    public int columns(char c) {
        MonoBitmap g = glyph(c);
        for (int x = cellWidth - 1; x > 0; x--) {
            for (int y = 0; y < cellHeight; y++) {
                if (g.black(x, y)) {
                    return x + 1;
                }
            }
        }
        return 1;
    }

    public static byte[] toColumnMajor(MonoBitmap bitmap, int width, int height) {
        int bytesPerColumn = height / 8;
        byte[] out = new byte[width * bytesPerColumn];
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                if (bitmap.black(x, y)) {
                    out[x * bytesPerColumn + y / 8] |= (byte) (0x80 >> (y % 8));
                }
            }
        }
        return out;
    }

    /**
     * The inverse of {@link #toColumnMajor}: {@code x} columns of {@code y} bytes each, as a row-major bitmap
     * {@code cellWidth} dots wide (columns beyond {@code x} blank, as the printer prints them).
     */
    public static MonoBitmap fromColumnMajor(byte[] data, int offset, int x, int y, int cellWidth) {
        int height = y * 8;
        int widthBytes = Math.max(1, (Math.max(x, cellWidth) + 7) / 8);
        byte[] rows = new byte[widthBytes * height];
        for (int col = 0; col < x; col++) {
            for (int row = 0; row < height; row++) {
                if ((data[offset + col * y + row / 8] & (0x80 >> (row % 8))) != 0) {
                    rows[row * widthBytes + col / 8] |= (byte) (0x80 >> (col % 8));
                }
            }
        }
        return new MonoBitmap(widthBytes, height, rows);
    }

    private MonoBitmap draw(char c) {
        // Hinted, not anti-aliased: at 24 dots the stacked marks of Ấ Ẳ Ỗ stay apart only on whole pixels.
        float px = cellHeight * 0.76f;
        int baseline = Math.round(cellHeight * 0.81f);
        Font font = fonts.font(false, px);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        GlyphVector gv = font.createGlyphVector(frc, String.valueOf(c));
        Rectangle2D ink = gv.getVisualBounds();
        double room = cellWidth - 1.0;
        double scale = ink.getWidth() > room ? room / ink.getWidth() : 1.0;
        double x = (cellWidth - 1 - ink.getWidth() * scale) / 2.0 - ink.getX() * scale;
        BufferedImage image = new BufferedImage((cellWidth + 7) / 8 * 8, cellHeight, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            AffineTransform at = new AffineTransform();
            at.translate(x, baseline);
            at.scale(scale, 1.0);
            g.setTransform(at);
            g.setFont(font);
            g.drawString(String.valueOf(c), 0f, 0f);
        } finally {
            g.dispose();
        }
        return darken(image);
    }

    /** Thermal dots: grey above a light threshold prints, so thin strokes of a small letter do not break. */
    private MonoBitmap darken(BufferedImage image) {
        int widthBytes = image.getWidth() / 8;
        byte[] data = new byte[widthBytes * cellHeight];
        for (int y = 0; y < cellHeight; y++) {
            for (int x = 0; x < cellWidth; x++) {
                if ((image.getRGB(x, y) & 0xFF) < 150) {
                    data[y * widthBytes + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return new MonoBitmap(widthBytes, cellHeight, data);
    }
}
