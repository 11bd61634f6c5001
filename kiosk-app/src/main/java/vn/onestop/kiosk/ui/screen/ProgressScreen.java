package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.Dimension;
import javax.swing.JLabel;
import javax.swing.JProgressBar;
import javax.swing.SwingConstants;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;

/**
 * Shown while work runs off the event thread (a ticket issued and printed, a dossier registered and its slip
 * printed): a title, a moving bar and what to wait for, from the keys {@code <key>.title} and {@code <key>.wait}.
 */
public final class ProgressScreen extends FlowScreen {
    private final String key;
    private final JLabel title = style(new JLabel("", SwingConstants.CENTER), "kioskTitle");
    private final JLabel wait = style(new JLabel("", SwingConstants.CENTER), "kioskSubtitle");

    public ProgressScreen(Step step, String key, Messages messages, KioskFlow flow) {
        super(step, messages, flow);
        this.key = key;
        navigation(false, false);
        JProgressBar progress = new JProgressBar();
        progress.setIndeterminate(true);
        progress.setName(key + ".progress");
        progress.setPreferredSize(new Dimension(600, 24));
        column(24, 24, title, progress, wait);
    }

    @Override
    protected void render(FlowState state) {
        title.setText(wrap(messages.get(key + ".title")));
        wait.setText(wrap(messages.get(key + ".wait")));
    }
}
