package vn.onestop.kiosk.demo;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.WindowConstants;
import vn.onestop.device.printer.TicketPrinter;
import vn.onestop.device.printer.virtual.VirtualTicketPrinter;
import vn.onestop.device.scanner.sim.SampleCards;
import vn.onestop.device.scanner.sim.SimulatedScanner;
import vn.onestop.kiosk.KioskApp;

/**
 * The demo's "devices" window beside the kiosk: scan a sample card or a typed payload with the
 * simulated scanner, and switch the virtual printer's states (paper out, near end, cover open...).
 * For the person running the demo, so its texts are English only.
 */
public final class DemoDevicesWindow extends JFrame {
    private final KioskApp app;

    public DemoDevicesWindow(KioskApp app, Path sampleCards) {
        super("Demo devices");
        this.app = app;
        setName("demo.devices");
        setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        JPanel content = new JPanel(new BorderLayout(8, 8));
        content.setBorder(BorderFactory.createEmptyBorder(8, 8, 8, 8));
        content.add(scannerPanel(sampleCards), BorderLayout.CENTER);
        content.add(printerPanel(), BorderLayout.SOUTH);
        setContentPane(content);
        pack();
    }

    private JPanel scannerPanel(Path file) {
        JPanel cards = new JPanel(new GridLayout(0, 1, 4, 4));
        cards.setBorder(BorderFactory.createTitledBorder("Scanner: scan a sample card"));
        SimulatedScanner scanner = app.parts().scanner() instanceof SimulatedScanner s ? s : null;
        try {
            SampleCards sample = SampleCards.load(file);
            int i = 0;
            for (SampleCards.Card card : sample.cards()) {
                JButton b = new JButton("<html><div style='width:340px'>" + card.label()
                        .replace("&", "&amp;").replace("<", "&lt;") + "</div></html>");
                b.setName("demo.card." + i++);
                b.setEnabled(scanner != null);
                b.addActionListener(e -> scanner.scan(card));
                cards.add(b);
            }
        } catch (IOException e) {
            cards.add(new JLabel("Sample cards not readable: " + e.getMessage()));
        }
        JTextField payload = new JTextField(16);
        payload.setName("demo.payload");
        JButton scan = new JButton("Scan typed payload");
        scan.setName("demo.scan");
        scan.setEnabled(scanner != null);
        scan.addActionListener(e -> scanner.scan(payload.getText()));
        JPanel typed = new JPanel(new BorderLayout(4, 4));
        typed.add(payload, BorderLayout.CENTER);
        typed.add(scan, BorderLayout.EAST);
        JPanel p = new JPanel(new BorderLayout(4, 4));
        p.add(new JScrollPane(cards), BorderLayout.CENTER);
        p.add(typed, BorderLayout.SOUTH);
        return p;
    }

    private JPanel printerPanel() {
        JPanel p = new JPanel(new GridLayout(0, 1, 2, 2));
        p.setBorder(BorderFactory.createTitledBorder("Virtual printer"));
        TicketPrinter current = app.printer().current();
        if (!(current instanceof VirtualTicketPrinter printer)) {
            p.add(new JLabel("The printer is not the virtual one."));
            return p;
        }
        p.add(toggle("Paper out", "demo.paperOut", printer::setPaperOut));
        p.add(toggle("Paper near end", "demo.paperNearEnd", printer::setPaperNearEnd));
        p.add(toggle("Cover open", "demo.coverOpen", printer::setCoverOpen));
        p.add(toggle("Offline", "demo.offline", printer::setOffline));
        p.add(toggle("Silent (no answer)", "demo.silent", printer::setSilent));
        p.add(new JLabel("<html><div style='width:340px'>Tickets are written as PNG files to "
                + app.parts().dataDir().resolve("printed") + "</div></html>"));
        return p;
    }

    private JCheckBox toggle(String text, String name, Consumer<Boolean> setter) {
        JCheckBox box = new JCheckBox(text);
        box.setName(name);
        box.addActionListener(e -> {
            setter.accept(box.isSelected());
            app.pollPrinter();
        });
        return box;
    }

    /** Shows this window to the right of the kiosk window (or at the screen's right edge). */
    public void showBeside(JFrame kiosk) {
        int screen = kiosk.getGraphicsConfiguration().getBounds().width;
        if (kiosk.getX() + kiosk.getWidth() + getWidth() > screen) {
            kiosk.setLocation(0, kiosk.getY());
        }
        int x = kiosk.getX() + kiosk.getWidth() + 8;
        setLocation(Math.min(x, Math.max(0, screen - getWidth())), kiosk.getY());
        setVisible(true);
    }
}
