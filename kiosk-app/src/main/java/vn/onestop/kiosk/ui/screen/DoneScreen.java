package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.flow.IssuedTicket;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;

/** The number in very large digits, the people ahead and the estimated wait. */
public final class DoneScreen extends FlowScreen {
    private final JLabel title = style(new JLabel("", SwingConstants.CENTER), "kioskTitle");
    private final JLabel number = style(new JLabel("", SwingConstants.CENTER), "kioskHuge");
    private final JLabel ahead = style(new JLabel("", SwingConstants.CENTER), "kioskSubtitle");
    private final JLabel wait = style(new JLabel("", SwingConstants.CENTER), "kioskSubtitle");
    private final JLabel offline = style(new JLabel("", SwingConstants.CENTER), "kioskBody");
    private final JLabel take = style(new JLabel("", SwingConstants.CENTER), "kioskBody");
    private final JButton finish = style(new JButton(), "kioskPrimary");
    private final JLabel rateLater = style(new JLabel("", SwingConstants.CENTER), "kioskBody");
    /** Issue 24: a booking checked in: called before walk-ins, or why this is a normal ticket. */
    private final JLabel booking = style(new JLabel("", SwingConstants.CENTER), "kioskSubtitle");

    public DoneScreen(Messages messages, KioskFlow flow) {
        super(Step.DONE, messages, flow);
        navigation(false, false);
        number.setName("done.number");
        ahead.setName("done.ahead");
        wait.setName("done.wait");
        offline.setName("done.offline");
        finish.setName("done.finish");
        finish.addActionListener(e -> flow.home());
        // Issue 27: no rating before the service; the citizen rates at the counter's tablet or scans this ticket here.
        rateLater.setName("done.rateLater");
        booking.setName("done.booking");
        centredColumn(new JLabel[] {title, number, booking, ahead, wait, offline, take, rateLater}, finish);
    }

    @Override
    protected void render(FlowState state) {
        IssuedTicket t = state.ticket();
        if (t == null) {
            return;
        }
        title.setText(messages.get("done.title"));
        number.setText(t.displayNumber());
        ahead.setText(t.waitKnown() ? messages.get("done.ahead", t.peopleAhead()) : " ");
        wait.setText(t.waitKnown() ? messages.get("done.wait", t.waitMinutes()) : messages.get("done.wait.unknown"));
        offline.setText(t.offline() ? wrap(messages.get("done.offline")) : " ");
        take.setText(messages.get("done.take"));
        finish.setText(messages.get("done.finish"));
        rateLater.setText(wrap(messages.get("done.rateLater")));
        vn.onestop.kiosk.flow.BookingNote note = flow.booking().note();
        booking.setText(note == null ? " " : wrap(note.onTime() ? messages.get("done.booking.onTime", note.start(),
                note.end()) : messages.get("done.booking." + note.reason(), note.start(), note.end(), note.day())));
    }
}
