package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.util.Set;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;

/** No ticket came out: what happened (the number was cancelled) and what to do. */
public final class FailedScreen extends FlowScreen {
    private static final Set<String> KNOWN = Set.of("paper-out", "cover-open", "no-answer", "refused",
            "booking-unknown", "booking-closed", "booking-offline");
    private final JLabel title = style(new JLabel("", SwingConstants.CENTER), "kioskTitle");
    private final JLabel why = style(new JLabel("", SwingConstants.CENTER), "kioskWarning");
    private final JButton retry = style(new JButton(), "kioskPrimary");

    public FailedScreen(Messages messages, KioskFlow flow) {
        super(Step.FAILED, messages, flow);
        why.setName("failed.why");
        retry.setName("failed.retry");
        retry.addActionListener(e -> flow.back());
        column(16, 48, title, why, retry);
    }

    @Override
    protected void render(FlowState state) {
        String reason = state.failure() == null ? "printer" : state.failure();
        title.setText(messages.get(reason.startsWith("booking-") ? "failed.booking.title" : "failed.title"));
        why.setText(wrap(messages.get("failed." + (KNOWN.contains(reason) ? reason : "printer"))));
        retry.setText(messages.get("failed.retry"));
        retry.setVisible(state.printer().canPrint());
    }
}
