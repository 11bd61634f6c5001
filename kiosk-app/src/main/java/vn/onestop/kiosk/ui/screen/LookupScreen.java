package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import vn.onestop.core.wire.DossierView;
import vn.onestop.core.wire.StatusStep;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.LookupOutcome;
import vn.onestop.kiosk.flow.LookupState;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;

/** Dossier lookup: scan the slip's QR code or type the code; the status timeline and appointment, nothing personal. */
public final class LookupScreen extends FlowScreen {
    private final ZoneId zone;
    private final JLabel title = style(new JLabel(" "), "kioskTitle");
    private final JLabel how = FormParts.text("lookup.how", "kioskBody");
    private final JLabel typed = FormParts.text("lookup.typed", "kioskTitle");
    private final JLabel answer = FormParts.text("lookup.answer", "kioskBody");
    private final JPanel timeline = FormParts.column();
    private final TelexKeyboard keyboard;
    private final JButton go;
    private final JButton again;
    private final JButton rate;
    private String built = "";

    public LookupScreen(Messages messages, KioskFlow flow, ZoneId zone) {
        super(Step.LOOKUP, messages, flow);
        this.zone = zone;
        keyboard = new TelexKeyboard(flow.lookup()::text, false, "1234567890.-");
        go = FormParts.button("lookup.go", "kioskPrimary", flow.lookup()::submit);
        again = FormParts.button("lookup.again", "kioskSecondary", () -> {
            keyboard.reset(true);
        });
        rate = FormParts.button("lookup.rate", "kioskPrimary", flow.lookup()::rate);
        JPanel actions = FormParts.column();
        actions.add(go);
        actions.add(rate);
        actions.add(again);
        JPanel code = new JPanel(new BorderLayout(16, 0));
        code.setOpaque(false);
        code.setAlignmentX(LEFT_ALIGNMENT);
        code.add(typed, BorderLayout.CENTER);
        code.add(actions, BorderLayout.EAST);
        JPanel head = FormParts.column();
        head.add(title);
        head.add(how);
        head.add(code);
        head.add(answer);
        head.add(timeline);
        JPanel foot = FormParts.column();
        foot.add(keyboard);
        keyboard.setAlignmentX(LEFT_ALIGNMENT);
        JPanel body = new JPanel(new BorderLayout(0, 12));
        body.setOpaque(false);
        body.setBorder(BorderFactory.createEmptyBorder(4, 48, 16, 48));
        body.add(head, BorderLayout.NORTH);
        // The page's main action stays in view under content that scrolls.
        foot.setBorder(BorderFactory.createEmptyBorder(0, 48, 8, 48));
        footer(foot);
        add(body, BorderLayout.CENTER);
    }

    @Override
    protected void render(FlowState state) {
        LookupState s = flow.lookup().state();
        int width = textWidth();
        title.setText(messages.get("lookup.title"));
        // Issue 24: a booking's code typed here checks the booking in.
        FormParts.set(how, messages.get("lookup.how") + " " + messages.get("lookup.booking"), width);
        boolean found = s.result() instanceof LookupOutcome.Found;
        typed.setText(s.typed().isEmpty() ? (s.code() == null ? "…" : s.code()) : s.typed());
        FormParts.shrinkToFit(typed, textWidth() - 400);
        keyboard.relabel(messages);
        keyboard.fitTo(this);
        if (s.typed().isEmpty() && s.code() == null) {
            keyboard.reset(false);
        }
        keyboard.setVisible(!found && !s.busy());
        go.setVisible(!found);
        go.setEnabled(!s.busy() && !s.typed().isBlank());
        again.setVisible(found);
        rate.setVisible(found);
        FormParts.label(rate, messages.get("lookup.rate"), 280, "center");
        FormParts.label(go, messages.get(s.busy() ? "lookup.busy" : "lookup.go"), 280, "center");
        FormParts.label(again, messages.get("lookup.again"), 280, "center");
        FormParts.set(answer, answerText(s), width);
        showTimeline(found ? ((LookupOutcome.Found) s.result()).dossier() : null, width);
    }

    private String answerText(LookupState s) {
        if (s.result() instanceof LookupOutcome.Found f) {
            DossierView d = f.dossier();
            String when = d.appointmentAt() == null ? "—"
                    : d.appointmentAt().format(DateTimeFormatter.ofPattern(messages.get("format.datetime")));
            String text = messages.get("lookup.found", d.code(), pick(d.procedureNameVi(), d.procedureNameEn()),
                    pick(d.statusVi(), d.statusEn()), when);
            return d.trackingNumber() == null || d.trackingNumber().isBlank() ? text
                    : text + " " + messages.get("lookup.tracking", d.trackingNumber());
        }
        if (s.result() instanceof LookupOutcome.NotFound) {
            return messages.get("lookup.notfound", s.code());
        }
        if (s.result() instanceof LookupOutcome.Malformed) {
            return messages.get("lookup.malformed");
        }
        return s.result() instanceof LookupOutcome.Unavailable ? messages.get("lookup.unavailable") : "";
    }

    private void showTimeline(DossierView d, int width) {
        String key = (d == null ? "" : d.code() + d.timeline()) + messages.locale() + width;
        if (key.equals(built)) {
            return;
        }
        built = key;
        timeline.removeAll();
        if (d != null) {
            JLabel head = FormParts.text("lookup.timeline", "kioskSubtitle");
            FormParts.set(head, messages.get("lookup.timeline"), width);
            timeline.add(head);
            DateTimeFormatter f = DateTimeFormatter.ofPattern(messages.get("format.datetime"));
            int i = 0;
            for (StatusStep step : d.timeline()) {
                JLabel l = FormParts.text("lookup.step." + i++, "kioskBody");
                FormParts.set(l, "● " + step.at().atZone(zone).toLocalDateTime().format(f) + " — "
                        + pick(step.statusVi(), step.statusEn()), width);
                timeline.add(l);
            }
        }
        timeline.revalidate();
    }
}
