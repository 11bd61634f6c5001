package vn.onestop.device.printer.escpos;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import vn.onestop.device.printer.TicketDocument.Size;

/**
 * Renders one line of text with the bundled Roboto font, one pixel per printer dot, into a bitmap as
 * wide as the text and as tall as the line box (blank rows are sent as feeds, so they cost 3 bytes).
 */
public final class TextRasterizer {
    private final RobotoFonts fonts;
    private final int maxWidthDots;

    public TextRasterizer(RobotoFonts fonts, int maxWidthDots) {
        this.fonts = fonts;
        this.maxWidthDots = maxWidthDots;
    }

    /** Font size in dots for a document size: NORMAL matches the printer's 24-dot font. */
    public static float pixels(Size size) {
        return switch (size) {
            case NORMAL -> 22f;
            case DOUBLE_HEIGHT, DOUBLE -> 44f;
            case LARGE -> 66f;
            case HUGE -> 88f;
        };
    }

    /** Splits {@code text} at spaces into lines that fit the printable width (a long word is cut). */
    public List<String> wrap(String text, boolean bold, Size size) {
        FontMetrics metrics = metrics(fonts.font(bold, pixels(size)));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (metrics.stringWidth(candidate) <= maxWidthDots || line.length() == 0) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
            while (metrics.stringWidth(line.toString()) > maxWidthDots && line.length() > 1) {
                int cut = line.length() - 1;
                while (cut > 1 && metrics.stringWidth(line.substring(0, cut)) > maxWidthDots) {
                    cut--;
                }
                lines.add(line.substring(0, cut));
                line.delete(0, cut);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    /** One line (already wrapped) as a bitmap of the line box height. */
    public MonoBitmap render(String line, boolean bold, Size size) {
        float px = pixels(size);
        Font font = fonts.font(bold, px);
        int width = Math.min(maxWidthDots, Math.max(8, metrics(font).stringWidth(line) + 2));
        int height = Math.round(px * 1.5f);
        BufferedImage image = new BufferedImage((width + 7) / 8 * 8, height, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), height);
            g.setColor(java.awt.Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setFont(font);
            g.drawString(line, 1, Math.round(px * 1.15f));
        } finally {
            g.dispose();
        }
        return MonoBitmap.fromImage(image);
    }

    private static FontMetrics metrics(Font font) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scratch.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            return g.getFontMetrics(font);
        } finally {
            g.dispose();
        }
    }
}
