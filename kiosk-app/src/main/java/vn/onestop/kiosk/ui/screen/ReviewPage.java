package vn.onestop.kiosk.ui.screen;

import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import vn.onestop.core.filing.FeeSummary;
import vn.onestop.core.filing.FilingDraft;
import vn.onestop.core.slip.ReceivedDocument;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.kiosk.flow.FilingFlow;
import vn.onestop.kiosk.flow.FilingSession;
import vn.onestop.kiosk.i18n.Messages;

/** Filing page 4: everything once more, the fees, and the personal-data consent (Decree 13/2023). */
final class ReviewPage extends JPanel {
    private final JLabel applicant = FormParts.text("filing.review.applicant", "kioskBody");
    private final JLabel documents = FormParts.text("filing.review.documents", "kioskBody");
    private final JLabel delivery = FormParts.text("filing.review.delivery", "kioskBody");
    private final JLabel fees = FormParts.text("filing.review.fees", "kioskSubtitle");
    private final JButton consent;
    private boolean given;

    ReviewPage(FilingFlow filing) {
        setLayout(new javax.swing.BoxLayout(this, javax.swing.BoxLayout.Y_AXIS));
        setOpaque(false);
        consent = FormParts.button("filing.consent", "kioskTile", () -> filing.consent(!given));
        for (JLabel l : new JLabel[] {applicant, documents, delivery, fees}) {
            add(l);
            add(Box.createVerticalStrut(8));
        }
        add(Box.createVerticalStrut(8));
        add(consent);
    }

    void render(FilingSession s, FeeSummary fee, Messages m, int width) {
        FilingDraft d = s.draft();
        given = d.consent();
        FormParts.set(applicant, m.get("filing.review.applicant", d.citizen().fullName(), d.phone(),
                d.email().isEmpty() ? "—" : d.email()), width);
        StringBuilder docs = new StringBuilder();
        for (ReceivedDocument r : d.documents()) {
            docs.append(docs.length() == 0 ? "" : "; ").append(r.name()).append(" (")
                    .append(m.isVietnamese() ? r.form().nameVi() : r.form().nameEn()).append(": ")
                    .append(r.quantity()).append(')');
        }
        FormParts.set(documents, m.get("filing.review.documents", docs.toString()), width);
        String where = d.delivery() == ReturnMethod.POST ? m.get("filing.review.post", d.postalAddress())
                : m.get("filing.delivery.counter");
        FormParts.set(delivery, m.get("filing.review.delivery", where), width);
        String feeText = m.get("filing.fee", FormParts.money(m, fee.feeVnd()));
        if (d.delivery() == ReturnMethod.POST) {
            feeText += " · " + m.get("filing.fee.postal", FormParts.money(m, fee.postalFeeVnd()));
            if (fee.totalVnd() != null) {
                feeText += " · " + m.get("filing.fee.total", FormParts.money(m, fee.totalVnd()));
            }
        }
        FormParts.set(fees, feeText, width);
        FormParts.label(consent, (given ? "☑ " : "☐ ") + m.get("filing.consent"), width);
    }
}
