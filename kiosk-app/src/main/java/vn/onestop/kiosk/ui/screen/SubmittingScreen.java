package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.SwingConstants;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;

/** Shown while the dossier is registered and its slip printed off the event thread; the bar keeps moving. */
public final class SubmittingScreen extends FlowScreen {
    private final JLabel title = style(new JLabel("", SwingConstants.CENTER), "kioskTitle");
    private final JLabel wait = style(new JLabel("", SwingConstants.CENTER), "kioskSubtitle");

    public SubmittingScreen(Messages messages, KioskFlow flow) {
        super(Step.SUBMITTING, messages, flow);
        navigation(false, false);
        JProgressBar progress = new JProgressBar();
        progress.setIndeterminate(true);
        progress.setName("submitting.progress");
        progress.setPreferredSize(new Dimension(600, 24));
        JPanel p = new JPanel(new GridBagLayout());
        p.setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.insets = new Insets(24, 24, 24, 24);
        p.add(title, c);
        p.add(progress, c);
        p.add(wait, c);
        add(p);
    }

    @Override
    protected void render(FlowState state) {
        title.setText(wrap(messages.get("submitting.title")));
        wait.setText(wrap(messages.get("submitting.wait")));
    }
}
