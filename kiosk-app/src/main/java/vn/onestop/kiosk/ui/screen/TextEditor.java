package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import vn.onestop.kiosk.flow.FilingFlow;
import vn.onestop.kiosk.flow.FilingSession;
import vn.onestop.kiosk.i18n.Messages;

/**
 * Typing the e-mail (plain keys) or the postal address (Vietnamese Telex with digits and punctuation) on the
 * on-screen keyboard; the keyboard starts from the value already there, so a card address is corrected, not retyped.
 */
final class TextEditor extends JPanel {
    private final JLabel what = style(new JLabel(" "), "kioskBody");
    private final JLabel value = FormParts.text("filing.editor.value", "kioskSubtitle");
    private final TelexKeyboard address;
    private final TelexKeyboard email;
    private final JButton done;
    private final JPanel keys = new JPanel(new BorderLayout());
    private FilingSession.Editing open = FilingSession.Editing.NONE;

    TextEditor(FilingFlow filing) {
        super(new BorderLayout(0, 8));
        setOpaque(false);
        address = new TelexKeyboard(filing::text, true, "1234567890,./-");
        email = new TelexKeyboard(filing::text, false, "1234567890@.-_");
        done = FormParts.button("filing.editor.done", "kioskPrimary", () -> filing.edit(FilingSession.Editing.NONE));
        keys.setOpaque(false);
        JPanel text = FormParts.column();
        text.add(what);
        text.add(value);
        JPanel head = new JPanel(new BorderLayout(16, 0));
        head.setOpaque(false);
        head.add(text, BorderLayout.CENTER);
        head.add(done, BorderLayout.EAST);
        add(head, BorderLayout.NORTH);
        add(keys, BorderLayout.CENTER);
    }

    void render(FilingSession s, Messages m, int width, int screenHeight) {
        boolean isEmail = s.editing() == FilingSession.Editing.EMAIL;
        TelexKeyboard k = isEmail ? email : address;
        if (open != s.editing()) {
            open = s.editing();
            k.seed(isEmail ? s.draft().email() : s.draft().postalAddress());
            keys.removeAll();
            keys.add(k, BorderLayout.NORTH);
        }
        k.relabel(m);
        k.fitTo(getTopLevelAncestor() == null ? this : getTopLevelAncestor());
        what.setText(m.get(isEmail ? "filing.email.edit" : "filing.delivery.address.edit"));
        String v = isEmail ? s.draft().email() : s.draft().postalAddress();
        FormParts.set(value, v.isEmpty() ? "…" : v, width - 360);
        FormParts.label(done, m.get("filing.editor.done"), 240, "center");
    }

    /** The keyboard was closed: the next opening starts from the stored value again. */
    void closed() {
        open = FilingSession.Editing.NONE;
    }
}
