package vn.onestop.kiosk.ui;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import java.awt.Dimension;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JLayeredPane;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import vn.onestop.kiosk.help.HelpCall;
import vn.onestop.kiosk.i18n.Messages;
import vn.onestop.kiosk.ui.screen.FlowScreen;

/**
 * What the citizen is told after "Gọi hỗ trợ": someone is coming, or ask at the information desk. Shown above the
 * screen (the window's popup layer) until "Đóng / Close" or a minute has passed. Event thread only.
 */
final class HelpNotice extends JPanel {
    private static final int SHOWN_MILLIS = 60_000;
    private final Messages messages;
    private final JLabel text = style(new JLabel("", SwingConstants.CENTER), "kioskNoticeText");
    private final JButton close = style(new JButton(), "kioskPrimary");
    private final javax.swing.Timer hide = new javax.swing.Timer(SHOWN_MILLIS, e -> setVisible(false));
    private HelpCall.Outcome outcome;

    HelpNotice(Messages messages) {
        super(new BorderLayout(0, 24));
        this.messages = messages;
        style(this, "kioskNotice");
        setName("help.notice");
        text.setName("help.notice.text");
        close.setName("help.notice.close");
        close.addActionListener(e -> setVisible(false));
        hide.setRepeats(false);
        add(text, BorderLayout.CENTER);
        add(close, BorderLayout.SOUTH);
        setVisible(false);
        messages.onChange(l -> {
            if (outcome != null) {
                render();
            }
        });
    }

    /** Shows {@code outcome} over {@code layers} (the window's layered pane). */
    void show(HelpCall.Outcome outcome, JLayeredPane layers) {
        this.outcome = outcome;
        if (getParent() != layers) {
            layers.add(this, JLayeredPane.POPUP_LAYER);
        }
        render();
        int width = Math.min(1000, layers.getWidth() - 64);
        text.setText(FlowScreen.wrap(message(), width - 96, "center"));
        Dimension size = getPreferredSize();
        setBounds((layers.getWidth() - width) / 2, Math.max(16, (layers.getHeight() - size.height) / 2), width,
                Math.min(size.height, layers.getHeight() - 32));
        setVisible(true);
        revalidate();
        repaint();
        hide.restart();
    }

    /** The outcome now shown (null before the first call). */
    HelpCall.Outcome outcome() {
        return isVisible() ? outcome : null;
    }

    private void render() {
        close.setText(messages.get("help.close"));
        if (getWidth() > 0) {
            text.setText(FlowScreen.wrap(message(), getWidth() - 96, "center"));
        }
    }

    private String message() {
        return messages.get(switch (outcome) {
            case COMING -> "help.coming";
            case ALREADY_CALLED -> "help.already";
            case ASK_AT_DESK -> "help.desk";
        });
    }
}
