package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import vn.onestop.kiosk.flow.FilingFlow;
import vn.onestop.kiosk.flow.FilingOptions;
import vn.onestop.kiosk.flow.FilingSession;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;

/** The guided filing form: one page of the four at a time, or the keyboard for the e-mail or postal address. */
public final class FilingScreen extends FlowScreen {
    private final JLabel title = style(new JLabel(" "), "kioskSubtitle");
    private final JLabel page = style(new JLabel(" "), "kioskTitle");
    private final JLabel problems = FormParts.text("filing.problems", "kioskWarning");
    private final JButton next;
    private final CardLayout cards = new CardLayout();
    private final JPanel pages = new JPanel(cards);
    private final ApplicantPage applicant;
    private final DocumentsPage documents;
    private final DeliveryPage delivery;
    private final ReviewPage review;
    private final TextEditor editor;
    private final long postalFee;

    public FilingScreen(Messages messages, KioskFlow flow, FilingOptions options) {
        super(Step.FILING, messages, flow);
        FilingFlow filing = flow.filing();
        this.postalFee = options.postalFeeVnd();
        title.setName("filing.procedure");
        page.setName("filing.page");
        next = FormParts.button("filing.next", "kioskPrimary", filing::next);
        applicant = new ApplicantPage(filing);
        documents = new DocumentsPage(filing);
        delivery = new DeliveryPage(filing);
        review = new ReviewPage(filing);
        editor = new TextEditor(filing);
        pages.setOpaque(false);
        pages.add(applicant, "APPLICANT");
        pages.add(documents, "DOCUMENTS");
        pages.add(delivery, "DELIVERY");
        pages.add(review, "REVIEW");
        pages.add(editor, "EDITOR");
        JPanel head = FormParts.column();
        head.add(title);
        head.add(page);
        JPanel foot = FormParts.column();
        foot.add(problems);
        foot.add(next);
        JPanel body = new JPanel(new BorderLayout(0, 12));
        body.setOpaque(false);
        body.setBorder(BorderFactory.createEmptyBorder(4, 48, 16, 48));
        body.add(head, BorderLayout.NORTH);
        body.add(pages, BorderLayout.CENTER);
        // The page's main action stays in view under content that scrolls.
        foot.setBorder(BorderFactory.createEmptyBorder(0, 48, 8, 48));
        footer(foot);
        add(body, BorderLayout.CENTER);
    }

    @Override
    protected void render(FlowState state) {
        FilingSession s = flow.filing().session().orElse(null);
        if (s == null) {
            return;
        }
        int width = textWidth();
        title.setText(wrap(pick(s.draft().procedure().nameVi(), s.draft().procedure().nameEn()), width, "left"));
        int number = s.page().ordinal() + 1;
        page.setText(wrap(messages.get("filing.step", number, messages.get("filing.page." + s.page().name()
                .toLowerCase(java.util.Locale.ROOT))), width, "left"));
        boolean editing = s.editing() != FilingSession.Editing.NONE;
        next.setVisible(!editing);
        title.setVisible(!editing);
        page.setVisible(!editing);
        String why = s.blocking().stream().map(p -> messages.get("filing.problem." + p))
                .collect(Collectors.joining(" "));
        if (why.isEmpty() && s.failure() != null) {
            why = messages.get("filing.failed." + s.failure());
        }
        FormParts.set(problems, why, width);
        FormParts.label(next, messages.get(s.page() == vn.onestop.kiosk.flow.FilingPage.REVIEW ? "filing.submit"
                : "filing.next"), Math.min(width, 600), "center");
        if (editing) {
            editor.render(s, messages, width, getHeight());
            cards.show(pages, "EDITOR");
            return;
        }
        editor.closed();
        switch (s.page()) {
            case APPLICANT -> applicant.render(s, messages, getHeight() > getWidth(), width);
            case DOCUMENTS -> documents.render(s, messages, width);
            case DELIVERY -> delivery.render(s, messages, postalFee, width);
            case REVIEW -> review.render(s, flow.filing().fees(), messages, width);
        }
        cards.show(pages, s.page().name());
    }
}
