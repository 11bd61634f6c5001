package vn.onestop.kiosk.bench;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Dimension;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;

/** Baseline: the smallest FlatLaf window, started like the kiosk; prints "shown" and its RSS, then exits. */
public final class BareWindowProbe {
    private BareWindowProbe() {}

    public static void main(String[] args) {
        SwingUtilities.invokeLater(() -> {
            FlatLightLaf.setup();
            JFrame f = new JFrame("bare");
            f.add(new JLabel("Xin chào"));
            f.setPreferredSize(new Dimension(1366, 768));
            f.addWindowListener(new WindowAdapter() {
                @Override
                public void windowOpened(WindowEvent e) {
                    // Painted at once, as the kiosk paints its attract screen when its window opens.
                    javax.swing.JRootPane root = f.getRootPane();
                    root.paintImmediately(0, 0, root.getWidth(), root.getHeight());
                    SwingUtilities.invokeLater(() -> {
                        System.out.println("SHOWN");
                        System.out.println("CPU-AT-SHOWN " + Rss.cpuMillis());
                        System.out.println("RSS " + Rss.kilobytes());
                        System.out.flush();
                        System.exit(0);
                    });
                }
            });
            f.pack();
            f.setVisible(true);
        });
    }
}
