package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.time.format.DateTimeFormatter;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.SwingConstants;
import vn.onestop.kiosk.flow.FiledDossier;
import vn.onestop.kiosk.flow.FilingSession;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;

/** The dossier code in large letters, the appointment, where the slip is, and the way to rate the service. */
public final class FiledScreen extends FlowScreen {
    private final JLabel title = style(new JLabel("", SwingConstants.CENTER), "kioskTitle");
    private final JLabel codeTitle = style(new JLabel("", SwingConstants.CENTER), "kioskSubtitle");
    private final JLabel code = style(new JLabel("", SwingConstants.CENTER), "kioskTitle");
    private final JLabel appointment = style(new JLabel("", SwingConstants.CENTER), "kioskSubtitle");
    private final JLabel slip = style(new JLabel("", SwingConstants.CENTER), "kioskBody");
    private final JButton finish = style(new JButton(), "kioskPrimary");

    public FiledScreen(Messages messages, KioskFlow flow) {
        super(Step.FILED, messages, flow);
        navigation(false, false);
        code.setName("filed.code");
        appointment.setName("filed.appointment");
        slip.setName("filed.slip");
        finish.setName("filed.finish");
        finish.addActionListener(e -> flow.home());
        // No rating here: the kiosk only prepares the dossier; it is rated once an official received it (issue 22).
        centredColumn(new JLabel[] {title, codeTitle, code, appointment, slip}, finish);
    }

    @Override
    protected void render(FlowState state) {
        FiledDossier d = flow.filing().session().map(FilingSession::filed).orElse(null);
        boolean saved = d == null && flow.filing().session().map(FilingSession::failure)
                .filter("saved"::equals).isPresent();
        codeTitle.setVisible(!saved);
        code.setVisible(!saved);
        appointment.setVisible(!saved);
        if (saved) {
            title.setText(messages.get("filed.saved.title"));
            slip.setText(wrap(messages.get("filed.saved")));
            finish.setText(messages.get("filed.finish"));
        }
        if (d == null) {
            return;
        }
        if (d.prepared()) {
            title.setText(messages.get("filed.prepared.title"));
            codeTitle.setText(messages.get("filed.prepared.code"));
            code.setText(vn.onestop.core.dossier.PreparationCode.display(d.code()));
            appointment.setText(wrap(messages.get("filed.prepared.summary", d.documents(), d.pages())
                    + (d.queueNumber() == null ? "" : " " + messages.get("filed.prepared.number", d.queueNumber()))));
            slip.setText(wrap(d.slipPrinted() ? messages.get("filed.prepared.take")
                    : messages.get("filed.prepared.noslip")));
            finish.setText(messages.get("filed.finish"));
            return;
        }
        title.setText(messages.get("filed.title"));
        codeTitle.setText(messages.get("filed.code"));
        code.setText(d.code());
        String when = d.appointmentAt().format(DateTimeFormatter.ofPattern(messages.get("format.datetime")));
        appointment.setText(wrap(messages.get("filed.appointment", when)
                + (d.provisional() ? " " + messages.get("filed.provisional") : "")));
        slip.setText(wrap(d.slipPrinted() ? messages.get("filed.take") : messages.get("filed.noslip")));
        finish.setText(messages.get("filed.finish"));
    }
}
