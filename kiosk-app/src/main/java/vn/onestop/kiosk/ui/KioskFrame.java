package vn.onestop.kiosk.ui;

import java.awt.CardLayout;
import java.awt.Cursor;
import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Toolkit;
import java.awt.image.BufferedImage;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.WindowConstants;

/**
 * The kiosk's only window: a card host that shows one screen at a time. In kiosk mode it is
 * full-screen, undecorated, always on top and hides the pointer; windowed mode is for the demo.
 */
public final class KioskFrame extends JFrame {
    private final CardLayout cards = new CardLayout();
    private final JPanel host = new JPanel(cards);

    public KioskFrame(String title, boolean kioskMode) {
        super(title);
        setName("kiosk.frame");
        setContentPane(host);
        if (kioskMode) {
            setUndecorated(true);
            setAlwaysOnTop(true);
            setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
            setCursor(Toolkit.getDefaultToolkit().createCustomCursor(
                    new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB), new Point(0, 0), "none"));
        } else {
            setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
            setPreferredSize(new Dimension(1366, 768));
        }
    }

    private java.util.function.Consumer<String> helpLine = screen -> { };
    private HelpNotice helpNotice;

    /**
     * Where the screens' "Gọi hỗ trợ" buttons go: {@code call} gets the screen's code (on the event thread, it must
     * not block) and the answer comes back through {@link #helpOutcome}.
     */
    public void installHelp(vn.onestop.kiosk.i18n.Messages messages, java.util.function.Consumer<String> call) {
        this.helpLine = call;
        this.helpNotice = new HelpNotice(messages);
    }

    /** A citizen pressed "Gọi hỗ trợ" on {@code screen}. */
    public void callForHelp(String screen) {
        helpLine.accept(screen);
    }

    /** Tells the citizen what became of the call; event thread. */
    public void helpOutcome(vn.onestop.kiosk.help.HelpCall.Outcome outcome) {
        if (helpNotice != null) {
            helpNotice.show(outcome, getLayeredPane());
        }
    }

    /** The outcome the help notice shows now, or null when none is shown (tests). */
    public vn.onestop.kiosk.help.HelpCall.Outcome helpShown() {
        return helpNotice == null ? null : helpNotice.outcome();
    }

    public void addScreen(String name, JComponent screen) {
        host.add(screen, name);
    }

    /** Takes a screen out (it is built again with new data). */
    public void removeScreen(JComponent screen) {
        host.remove(screen);
    }

    public void showScreen(String name) {
        cards.show(host, name);
    }

    /** Shows the window: full-screen on the default device in kiosk mode, a normal window otherwise. */
    public void open(boolean kioskMode) {
        if (kioskMode) {
            var device = GraphicsEnvironment.getLocalGraphicsEnvironment().getDefaultScreenDevice();
            if (device.isFullScreenSupported()) {
                device.setFullScreenWindow(this);
                return;
            }
            setExtendedState(MAXIMIZED_BOTH);
            setSize(Toolkit.getDefaultToolkit().getScreenSize());
        } else {
            pack();
            setLocationRelativeTo(null);
        }
        setVisible(true);
    }
}
