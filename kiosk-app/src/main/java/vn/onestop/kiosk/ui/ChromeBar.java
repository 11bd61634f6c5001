package vn.onestop.kiosk.ui;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.FlowLayout;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import vn.onestop.kiosk.i18n.Messages;

/**
 * The bottom bar of every citizen screen, the same on each: "Gọi hỗ trợ / Call for help" on the left with, beside
 * it, a slot for another button of the frame (the spoken guidance's "Nghe lại / Speak again"), so both stay in the
 * same place on every screen; on the right the screen's scroll buttons when its content overflows.
 */
public final class ChromeBar extends JPanel {
    private final JButton help = style(new JButton(), "kioskHelp");
    private final JPanel slot = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
    private final String screen;
    private final Messages messages;
    private Pictograms pictograms;
    private final ScrollArea scroll;

    /** The bar of screen {@code screen} (its code, sent with a call for help), with the buttons of {@code scroll}. */
    public ChromeBar(String screen, Messages messages, Pictograms pictograms, ScrollArea scroll) {
        super(new SidesLayout(8));
        this.screen = screen;
        this.messages = messages;
        this.pictograms = pictograms;
        this.scroll = scroll;
        setName(screen + ".chrome");
        setOpaque(false);
        setBorder(BorderFactory.createEmptyBorder(0, 16, 8, 16));
        help.setName(screen + ".help");
        help.setHorizontalTextPosition(SwingConstants.RIGHT);
        help.setIconTextGap(12);
        help.addActionListener(e -> {
            if (SwingUtilities.getWindowAncestor(this) instanceof KioskFrame frame) {
                frame.callForHelp(this.screen);
            }
        });
        JPanel left = new JPanel(new FlowLayout(FlowLayout.LEFT, 12, 0));
        left.setOpaque(false);
        left.add(help);
        slot.setName(screen + ".chrome.slot");
        slot.setOpaque(false);
        left.add(slot);
        JPanel right = new JPanel(new FlowLayout(FlowLayout.RIGHT, 12, 0));
        right.setOpaque(false);
        right.add(scroll.up());
        right.add(scroll.down());
        add(left);
        add(right);
        render();
    }

    /** A place for one more button of the frame, right beside "Gọi hỗ trợ". */
    public JPanel slot() {
        return slot;
    }

    /** Uses these pictures from the next render. */
    public void usePictograms(Pictograms pictograms) {
        this.pictograms = pictograms;
        render();
    }

    /** The texts in the current language. */
    public void render() {
        help.setText(messages.get("help.button"));
        help.setIcon(pictograms.action("help", 36));
        scroll.label(messages.get("scroll.up"), messages.get("scroll.down"), pictograms.action("scroll.up", 32),
                pictograms.action("scroll.down", 32));
    }
}
