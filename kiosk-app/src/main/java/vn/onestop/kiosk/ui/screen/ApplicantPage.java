package vn.onestop.kiosk.ui.screen;

import java.awt.GridLayout;
import java.time.format.DateTimeFormatter;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import vn.onestop.core.identity.CitizenIdentity;
import vn.onestop.kiosk.flow.FilingFlow;
import vn.onestop.kiosk.flow.FilingSession;
import vn.onestop.kiosk.i18n.Messages;

/** Filing page 1: the card's data (read-only, ID masked), the phone on a keypad, the optional e-mail. */
final class ApplicantPage extends JPanel {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private final JLabel name = FormParts.text("filing.name", "kioskBody");
    private final JLabel id = FormParts.text("filing.id", "kioskBody");
    private final JLabel born = FormParts.text("filing.dob", "kioskBody");
    private final JLabel address = FormParts.text("filing.address", "kioskBody");
    private final JLabel note = FormParts.text("filing.card.note", "kioskSmall");
    private final JLabel phoneTitle = FormParts.text("filing.phone.title", "kioskBody");
    private final JLabel phone = FormParts.text("filing.phone", "kioskTitle");
    private final JLabel email = FormParts.text("filing.email", "kioskBody");
    private final JButton editEmail;
    private final JPanel card = FormParts.column();
    private final JPanel inputs = FormParts.column();
    private final JPanel emailRow = new JPanel(new java.awt.BorderLayout(12, 0));
    private final DigitPad pad;

    ApplicantPage(FilingFlow filing) {
        super(new GridLayout(1, 2, 32, 16));
        setOpaque(false);
        editEmail = FormParts.button("filing.email.edit", "kioskSecondary",
                () -> filing.edit(FilingSession.Editing.EMAIL));
        for (JLabel l : new JLabel[] {name, id, born, address, note}) {
            l.setBorder(BorderFactory.createEmptyBorder(4, 0, 4, 0));
            card.add(l);
        }
        inputs.add(phoneTitle);
        inputs.add(phone);
        pad = new DigitPad("filing.phone.", filing::phoneDigit, filing::phoneDelete);
        pad.setAlignmentX(LEFT_ALIGNMENT);
        inputs.add(pad);
        inputs.add(javax.swing.Box.createVerticalStrut(12));
        emailRow.setOpaque(false);
        emailRow.setAlignmentX(LEFT_ALIGNMENT);
        emailRow.add(email, java.awt.BorderLayout.CENTER);
        emailRow.add(editEmail, java.awt.BorderLayout.EAST);
        inputs.add(emailRow);
        add(card);
        add(inputs);
    }

    void render(FilingSession s, Messages m, boolean portrait, int width) {
        ((GridLayout) getLayout()).setRows(portrait ? 2 : 1);
        ((GridLayout) getLayout()).setColumns(portrait ? 1 : 2);
        int w = portrait ? width : width / 2 - 32;
        CitizenIdentity c = s.draft().citizen();
        FormParts.set(name, m.get("filing.name", c.fullName()), w);
        FormParts.set(id, m.get("filing.id", c.maskedIdNumber()), w);
        FormParts.set(born, m.get("filing.dob", c.dateOfBirth().format(DAY)), w);
        FormParts.set(address, m.get("filing.address", c.placeOfResidence()), w);
        FormParts.set(note, m.get("filing.card.note"), w);
        FormParts.set(phoneTitle, m.get("filing.phone.title"), w);
        phone.setText(s.draft().phone().isEmpty() ? "_ _ _ _  _ _ _  _ _ _" : s.draft().phone());
        FormParts.set(email, m.get("filing.email", s.draft().email().isEmpty() ? "—" : s.draft().email()), w - 260);
        FormParts.label(editEmail, m.get("filing.email.edit"), 200, "center");
        // the keypad and the e-mail row keep their own height; spare room stays below them (portrait screens)
        pad.setMaximumSize(new java.awt.Dimension(Integer.MAX_VALUE, pad.getPreferredSize().height));
        emailRow.setMaximumSize(new java.awt.Dimension(Integer.MAX_VALUE, emailRow.getPreferredSize().height));
    }
}
