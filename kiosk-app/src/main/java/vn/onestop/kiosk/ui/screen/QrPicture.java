package vn.onestop.kiosk.ui.screen;

import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import javax.swing.JComponent;
import vn.onestop.device.printer.escpos.QrCodes;

/**
 * A QR code drawn on screen, large and with its quiet zone, for a phone camera to read from the kiosk's screen.
 * The matrix is made when the text changes (pure computation, a few milliseconds), painted square at any size.
 */
final class QrPicture extends JComponent {
    private static final int QUIET = 4;
    private ByteMatrix matrix;
    private String text = "";

    QrPicture(String name, int side) {
        setName(name);
        Dimension size = new Dimension(side, side);
        setPreferredSize(size);
        setMinimumSize(size);
        setOpaque(false);
    }

    void setText(String payload) {
        if (!payload.equals(text)) {
            text = payload;
            matrix = payload.isEmpty() ? null : QrCodes.matrix(payload);
            repaint();
        }
    }

    /** What the code holds (tests read it; the screen shows it as a picture only). */
    String text() {
        return text;
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (matrix == null) {
            return;
        }
        int modules = matrix.getWidth() + 2 * QUIET;
        int side = Math.min(getWidth(), getHeight());
        int cell = Math.max(1, side / modules);
        int origin = (side - cell * modules) / 2;
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setColor(Color.WHITE);
            g2.fillRect(origin, origin, cell * modules, cell * modules);
            g2.setColor(Color.BLACK);
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y) == 1) {
                        g2.fillRect(origin + (x + QUIET) * cell, origin + (y + QUIET) * cell, cell, cell);
                    }
                }
            }
        } finally {
            g2.dispose();
        }
    }
}
