package vn.onestop.device.printer.virtual;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.onestop.device.printer.TicketDocument.Align;
import vn.onestop.device.printer.escpos.MonoBitmap;
import vn.onestop.device.printer.escpos.RobotoFonts;

/**
 * The paper of the virtual printer: a strip as wide as the printable dots that grows as lines, rasters
 * and QR codes are printed. The printer font is drawn as 12x24-dot cells (Roboto inside each cell).
 * Nothing is drawn while the state says the printer cannot print; the ticket is then incomplete.
 */
final class Paper {
    private final int cellW;
    private final int cellH;
    private final int width;
    private final RobotoFonts fonts;
    private final VirtualPrinterState state;
    private BufferedImage image;
    private int y;
    private boolean lost;
    private final List<String> textLines = new ArrayList<>();
    private final List<MonoBitmap> rasters = new ArrayList<>();
    private final List<String> qrPayloads = new ArrayList<>();

    /**
     * One character of the line buffer with the modes it was received in; {@code dots} (with
     * {@code dotsWidth} columns) when it is a downloaded letter, printed dot for dot.
     */
    record Cell(String text, boolean bold, int widthMul, int heightMul, MonoBitmap dots, int dotsWidth) {}

    Paper(int width, int cellW, int cellH, RobotoFonts fonts, VirtualPrinterState state) {
        this.width = width;
        this.cellW = cellW;
        this.cellH = cellH;
        this.fonts = fonts;
        this.state = state;
        reset();
    }

    private void reset() {
        image = blank(1200);
        y = 0;
        lost = false;
        textLines.clear();
        rasters.clear();
        qrPayloads.clear();
    }

    /** Prints one line of cells and advances by the line spacing (or the tallest cell). */
    void printLine(List<Cell> cells, Align align, int lineSpacing) {
        StringBuilder text = new StringBuilder();
        int lineWidth = 0;
        int lineHeight = cellH;
        for (Cell c : cells) {
            text.append(c.text());
            lineWidth += cellW * c.widthMul();
            lineHeight = Math.max(lineHeight, cellH * c.heightMul());
        }
        int advance = Math.max(lineSpacing, lineHeight + (lineSpacing - cellH));
        if (!room(advance)) {
            return;
        }
        // A line of downloaded dots that read as no letter at all is a picture (a QR code drawn in user-defined
        // characters), not text.
        if (!text.toString().replace('\uFFFD', ' ').isBlank() || text.indexOf("\uFFFD") < 0) {
            textLines.add(Normalizer.normalize(text, Normalizer.Form.NFC));
        }
        Graphics2D g = graphics();
        int x = startX(align, lineWidth);
        for (Cell c : cells) {
            drawCell(g, c, x, y + lineHeight);
            x += cellW * c.widthMul();
        }
        g.dispose();
        y += advance;
    }

    private void drawCell(Graphics2D g, Cell c, int x, int baselineBottom) {
        if (c.dots() != null) {
            drawDots(c, x, baselineBottom - cellH * c.heightMul());
            return;
        }
        Font font = fonts.font(c.bold(), 20f * c.heightMul());
        if (c.widthMul() != c.heightMul()) {
            font = font.deriveFont(AffineTransform.getScaleInstance((double) c.widthMul() / c.heightMul(), 1));
        }
        g.setFont(font);
        String s = Normalizer.normalize(c.text(), Normalizer.Form.NFC);
        int w = g.getFontMetrics().stringWidth(s);
        g.drawString(s, x + (cellW * c.widthMul() - w) / 2, baselineBottom - 5 * c.heightMul());
    }

    /** A downloaded letter, each dot scaled by the size multiples; bold prints each dot twice, one dot apart. */
    private void drawDots(Cell c, int x0, int top) {
        MonoBitmap dots = c.dots();
        for (int row = 0; row < Math.min(dots.height(), cellH) * c.heightMul(); row++) {
            for (int col = 0; col < Math.min(c.dotsWidth(), cellW) * c.widthMul(); col++) {
                if (dots.black(col / c.widthMul(), row / c.heightMul())) {
                    setDot(x0 + col, top + row);
                    if (c.bold()) {
                        setDot(x0 + col + 1, top + row);
                    }
                }
            }
        }
    }

    private void setDot(int x, int y) {
        if (x >= 0 && x < width && y >= 0 && y < image.getHeight()) {
            image.setRGB(x, y, 0xFF000000);
        }
    }

    void feed(int dots) {
        room(dots);
        y += lost ? 0 : dots;
    }

    /** A raster image; each bit prints as {@code sx} by {@code sy} dots (GS v 0 modes 1-3). */
    void raster(MonoBitmap bitmap, Align align, int sx, int sy) {
        if (draw(bitmap, align, sx, sy)) {
            rasters.add(bitmap);
        }
    }

    /** A native QR: the symbol bitmap and the payload the printer was given. */
    void qr(MonoBitmap symbol, String payload, Align align) {
        if (draw(symbol, align, 1, 1)) {
            qrPayloads.add(payload);
        }
    }

    private boolean draw(MonoBitmap bitmap, Align align, int sx, int sy) {
        if (!room(bitmap.height() * sy)) {
            return false;
        }
        int x0 = startX(align, bitmap.widthDots() * sx);
        for (int row = 0; row < bitmap.height() * sy; row++) {
            for (int col = 0; col < bitmap.widthDots() * sx; col++) {
                if (bitmap.black(col / sx, row / sy) && x0 + col < width) {
                    image.setRGB(x0 + col, y + row, 0xFF000000);
                }
            }
        }
        y += bitmap.height() * sy;
        return true;
    }

    /** Ends the ticket at the cutter and starts a new one. */
    RenderedTicket cut(List<String> unknownCommands) {
        int height = Math.max(1, y + 16);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        RenderedTicket ticket = new RenderedTicket(out, textLines, rasters, qrPayloads, unknownCommands, !lost);
        reset();
        return ticket;
    }

    /** False (and the ticket marked incomplete) when the printer cannot print or the roll ends. */
    private boolean room(int rows) {
        if (!state.printing() || !state.consume(rows)) {
            lost = true;
            return false;
        }
        while (y + rows + 16 > image.getHeight()) {
            BufferedImage bigger = blank(image.getHeight() * 2);
            Graphics2D g = bigger.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
            image = bigger;
        }
        return true;
    }

    private int startX(Align align, int contentWidth) {
        return switch (align) {
            case LEFT -> 0;
            case CENTER -> Math.max(0, (width - contentWidth) / 2);
            case RIGHT -> Math.max(0, width - contentWidth);
        };
    }

    private Graphics2D graphics() {
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return g;
    }

    private BufferedImage blank(int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return img;
    }
}
