package vn.onestop.kiosk.ui.screen;

import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.kiosk.flow.FilingFlow;
import vn.onestop.kiosk.flow.FilingSession;
import vn.onestop.kiosk.i18n.Messages;

/** Filing page 3: the result at the counter or by post, to the card's address unless corrected. */
final class DeliveryPage extends JPanel {
    private final JButton counter;
    private final JButton post;
    private final JLabel noPost = FormParts.text("filing.delivery.nopost", "kioskBody");
    private final JLabel address = FormParts.text("filing.delivery.address", "kioskBody");
    private final JButton editAddress;

    DeliveryPage(FilingFlow filing) {
        setLayout(new javax.swing.BoxLayout(this, javax.swing.BoxLayout.Y_AXIS));
        setOpaque(false);
        counter = FormParts.button("filing.delivery.counter", "kioskTile",
                () -> filing.delivery(ReturnMethod.COUNTER));
        post = FormParts.button("filing.delivery.post", "kioskTile", () -> filing.delivery(ReturnMethod.POST));
        editAddress = FormParts.button("filing.delivery.address.edit", "kioskSecondary",
                () -> filing.edit(FilingSession.Editing.ADDRESS));
        add(counter);
        add(Box.createVerticalStrut(12));
        add(post);
        add(noPost);
        add(Box.createVerticalStrut(16));
        add(address);
        add(Box.createVerticalStrut(8));
        add(editAddress);
    }

    void render(FilingSession s, Messages m, long postalFee, int width) {
        boolean byPost = s.draft().delivery() == ReturnMethod.POST;
        FormParts.label(counter, (byPost ? "○ " : "● ") + m.get("filing.delivery.counter"), width);
        FormParts.label(post, (byPost ? "● " : "○ ") + m.get("filing.delivery.post",
                FormParts.money(m, postalFee)), width);
        post.setVisible(s.draft().postAllowed());
        FormParts.set(noPost, s.draft().postAllowed() ? "" : m.get("filing.delivery.post.none"), width);
        address.setVisible(byPost);
        editAddress.setVisible(byPost);
        FormParts.set(address, m.get("filing.delivery.address", s.draft().postalAddress()), width);
        FormParts.label(editAddress, m.get("filing.delivery.address.edit"), Math.min(width, 480), "center");
    }
}
