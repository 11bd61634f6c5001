package vn.onestop.kiosk.ui.screen;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import javax.swing.JComponent;

/**
 * A small drawing of an ID card showing where its QR code is: the old chip CCCD card carries it on the front, top
 * right (beside the photo and the chip); the "thẻ Căn cước" (since 1 July 2024) on the back. Drawn with Java2D
 * (no image files): a card outline, the national emblem as a circle, text lines, and the QR as a dark square with
 * three finder marks, highlighted by a ring.
 */
final class CardQrPicture extends JComponent {

    /** Which card, and so which side is drawn. */
    enum Card { OLD_CCCD_FRONT, NEW_CARD_BACK }

    private static final Color CARD = new Color(0xE8F1FB);
    private static final Color EDGE = new Color(0x5C7A99);
    private static final Color INK = new Color(0x1F2D3D);
    private static final Color LINE = new Color(0xA9BCD0);
    private static final Color RING = new Color(0xD9480F);
    private static final Color CHIP = new Color(0xC9A227);
    private static final Color EMBLEM = new Color(0xC92A2A);

    private final Card card;

    CardQrPicture(Card card, int width) {
        this.card = card;
        setName(card == Card.NEW_CARD_BACK ? "identify.picture.new" : "identify.picture.old");
        setOpaque(false);
        // ID-1 card proportions (85.6 x 54 mm)
        Dimension size = new Dimension(width, (int) Math.round(width * 54 / 85.6));
        setPreferredSize(size);
        setMinimumSize(size);
    }

    @Override
    protected void paintComponent(Graphics g) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            // keep the card's proportions whatever height the layout gives, centred vertically
            double w = Math.min(getWidth() - 8.0, (getHeight() - 8.0) * 85.6 / 54);
            double h = w * 54 / 85.6;
            g2.translate(4, Math.max(4, (getHeight() - h) / 2));
            g2.setColor(CARD);
            RoundRectangle2D outline = new RoundRectangle2D.Double(0, 0, w, h, w * 0.08, w * 0.08);
            g2.fill(outline);
            g2.setColor(EDGE);
            g2.setStroke(new BasicStroke(2f));
            g2.draw(outline);
            if (card == Card.OLD_CCCD_FRONT) {
                paintOldFront(g2, w, h);
            } else {
                paintNewBack(g2, w, h);
            }
        } finally {
            g2.dispose();
        }
    }

    private void paintOldFront(Graphics2D g2, double w, double h) {
        g2.setColor(EMBLEM);
        g2.fillOval((int) (w * 0.05), (int) (h * 0.07), (int) (h * 0.2), (int) (h * 0.2));
        lines(g2, w * 0.3, h * 0.1, w * 0.35, 2, h);
        g2.setColor(LINE);
        g2.fillRect((int) (w * 0.05), (int) (h * 0.38), (int) (w * 0.22), (int) (h * 0.45)); // photo
        lines(g2, w * 0.32, h * 0.42, w * 0.55, 4, h);
        qr(g2, w * 0.76, h * 0.07, h * 0.3);
    }

    private void paintNewBack(Graphics2D g2, double w, double h) {
        g2.setColor(CHIP);
        g2.fillRoundRect((int) (w * 0.06), (int) (h * 0.12), (int) (w * 0.14), (int) (h * 0.2), 6, 6);
        lines(g2, w * 0.06, h * 0.45, w * 0.5, 3, h);
        qr(g2, w * 0.7, h * 0.1, h * 0.3);
        g2.setColor(LINE);
        for (int i = 0; i < 3; i++) { // machine-readable zone
            g2.fillRect((int) (w * 0.06), (int) (h * (0.72 + i * 0.08)), (int) (w * 0.88), (int) (h * 0.04));
        }
    }

    private static void lines(Graphics2D g2, double x, double y, double len, int count, double h) {
        g2.setColor(LINE);
        for (int i = 0; i < count; i++) {
            g2.fillRect((int) x, (int) (y + i * h * 0.1), (int) (len * (i % 2 == 0 ? 1 : 0.8)), (int) (h * 0.04));
        }
    }

    private static void qr(Graphics2D g2, double x, double y, double size) {
        g2.setColor(INK);
        int s = (int) size;
        int m = Math.max(2, s / 7);
        for (int row = 0; row < 7; row++) { // a fixed pattern of modules, not a readable code
            for (int col = 0; col < 7; col++) {
                if ((row * 3 + col * 5) % 4 == 0) {
                    g2.fillRect((int) x + col * m, (int) y + row * m, m, m);
                }
            }
        }
        finder(g2, (int) x, (int) y, m * 2);
        finder(g2, (int) x + m * 5, (int) y, m * 2);
        finder(g2, (int) x, (int) y + m * 5, m * 2);
        g2.setColor(RING);
        g2.setStroke(new BasicStroke(3f));
        int pad = m * 2;
        g2.drawOval((int) x - pad, (int) y - pad, m * 7 + pad * 2, m * 7 + pad * 2);
    }

    private static void finder(Graphics2D g2, int x, int y, int size) {
        g2.setColor(INK);
        g2.fillRect(x, y, size, size);
        g2.setColor(CARD);
        g2.fillRect(x + size / 4, y + size / 4, size / 2, size / 2);
    }
}
