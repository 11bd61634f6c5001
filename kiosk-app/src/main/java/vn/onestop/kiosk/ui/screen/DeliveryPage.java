package vn.onestop.kiosk.ui.screen;

import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import vn.onestop.core.address.AddressConversion;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.kiosk.flow.FilingFlow;
import vn.onestop.kiosk.flow.FilingSession;
import vn.onestop.kiosk.i18n.Messages;

/**
 * Filing page 3: the result at the counter or by post. The postal address starts as the card's place of residence
 * converted to the administrative units in force since 1 July 2025, shown beside the card's; when the new commune
 * is not certain the citizen picks one of the candidates; the address stays editable.
 */
final class DeliveryPage extends JPanel {
    /** Most candidate communes shown as buttons (two rows of three; one row on a screen under 1000 px high). */
    static final int MAX_CANDIDATES = 6;
    private static final int COLUMNS = 3;
    private final FilingFlow filing;
    private final JButton counter;
    private final JButton post;
    private final JLabel noPost = FormParts.text("filing.delivery.nopost", "kioskBody");
    private final JLabel cardAddress = FormParts.text("filing.delivery.address.card", "kioskSmall");
    private final JLabel address = FormParts.text("filing.delivery.address", "kioskBody");
    private final JLabel conversionNote = FormParts.text("filing.delivery.address.note", "kioskSmall");
    private final JPanel sideBySide = new JPanel(new GridLayout(1, 2, 24, 0));
    private final JPanel candidates = new JPanel(new GridLayout(0, COLUMNS, 12, 4));
    private final List<JButton> candidateButtons = new ArrayList<>();
    private final JButton editAddress;

    DeliveryPage(FilingFlow filing) {
        this.filing = filing;
        setLayout(new javax.swing.BoxLayout(this, javax.swing.BoxLayout.Y_AXIS));
        setOpaque(false);
        counter = FormParts.button("filing.delivery.counter", "kioskTile",
                () -> filing.delivery(ReturnMethod.COUNTER));
        post = FormParts.button("filing.delivery.post", "kioskTile", () -> filing.delivery(ReturnMethod.POST));
        editAddress = FormParts.button("filing.delivery.address.edit", "kioskSecondary",
                () -> filing.edit(FilingSession.Editing.ADDRESS));
        sideBySide.setOpaque(false);
        sideBySide.setAlignmentX(LEFT_ALIGNMENT);
        candidates.setOpaque(false);
        candidates.setAlignmentX(LEFT_ALIGNMENT);
        for (int i = 0; i < MAX_CANDIDATES; i++) {
            int index = i;
            JButton b = FormParts.button("filing.delivery.candidate." + i, "kioskSecondary",
                    () -> filing.chooseAddress(index));
            candidateButtons.add(b);
        }
        JPanel choice = new JPanel(new GridLayout(1, 2, 16, 0));
        choice.setOpaque(false);
        choice.setAlignmentX(LEFT_ALIGNMENT);
        choice.add(counter);
        choice.add(post);
        add(choice);
        add(noPost);
        add(Box.createVerticalStrut(8));
        add(sideBySide);
        add(conversionNote);
        add(candidates);
        add(Box.createVerticalStrut(4));
        add(editAddress);
    }

    void render(FilingSession s, Messages m, long postalFee, int width) {
        boolean byPost = s.draft().delivery() == ReturnMethod.POST;
        int half = (width - 16) / 2 - 48;
        FormParts.label(counter, (byPost ? "○ " : "● ") + m.get("filing.delivery.counter"), half);
        FormParts.label(post, (byPost ? "● " : "○ ") + m.get("filing.delivery.post",
                FormParts.money(m, postalFee)), half);
        post.setVisible(s.draft().postAllowed());
        FormParts.set(noPost, s.draft().postAllowed() ? "" : m.get("filing.delivery.post.none"), width);
        AddressConversion conversion = filing.addressConversion()
                .orElse(AddressConversion.unknown(s.draft().citizen().placeOfResidence()));
        // side by side when converted; while the citizen picks, the address line shows the card's until a pick
        boolean showCard = byPost && conversion.status() == AddressConversion.Status.CONVERTED && conversion.changed();
        int column = showCard ? (width - 24) / 2 : width;
        sideBySide.setVisible(byPost);
        // GridLayout gives invisible children a cell too: only the shown ones are added
        sideBySide.removeAll();
        sideBySide.setLayout(new GridLayout(1, showCard ? 2 : 1, 24, 0));
        if (showCard) {
            sideBySide.add(cardAddress);
        }
        sideBySide.add(address);
        FormParts.set(cardAddress, m.get("filing.delivery.address.card", conversion.original()), column);
        FormParts.set(address, m.get("filing.delivery.address", s.draft().postalAddress()), column);
        conversionNote.setVisible(byPost && conversion.needsChoice() && !conversion.original().isEmpty());
        FormParts.set(conversionNote, m.get(switch (conversion.status()) {
            case AMBIGUOUS -> "filing.delivery.address.pick";
            case UNKNOWN -> "filing.delivery.address.unknown";
            default -> "filing.delivery.address.converted";
        }), width);
        boolean pick = byPost && conversion.status() == AddressConversion.Status.AMBIGUOUS;
        candidates.setVisible(pick);
        java.awt.Window window = javax.swing.SwingUtilities.getWindowAncestor(this);
        int shownMax = window != null && window.getHeight() < 1000 ? COLUMNS : MAX_CANDIDATES;
        candidates.removeAll();
        for (int i = 0; i < candidateButtons.size(); i++) {
            JButton b = candidateButtons.get(i);
            boolean shown = pick && i < Math.min(shownMax, conversion.candidates().size());
            if (shown) {
                candidates.add(b);
                String c = conversion.candidates().get(i);
                FormParts.label(b, (c.equals(s.draft().postalAddress()) ? "● " : "○ ") + commune(c),
                        (width - 24) / COLUMNS - 96);
            }
        }
        editAddress.setVisible(byPost);
        FormParts.label(editAddress, m.get("filing.delivery.address.edit"), Math.min(width, 480), "center");
    }

    /**
     * The candidate's commune (its second-to-last part): the street and the province are the same in every
     * candidate, and the address line above shows the whole address once picked.
     */
    private static String commune(String candidate) {
        String[] parts = candidate.split(",\\s*");
        return parts.length < 2 ? candidate : parts[parts.length - 2];
    }
}
