package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.GridLayout;
import java.awt.Insets;
import java.util.stream.Collectors;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;

/** Identify: scan the card, type the 12-digit number on the keypad, or go on without identifying. */
public final class IdentifyScreen extends FlowScreen {
    static final int KEY = 88;
    private final JLabel title = style(new JLabel("", SwingConstants.CENTER), "kioskTitle");
    private final JLabel scan = style(new JLabel("", SwingConstants.CENTER), "kioskSubtitle");
    private final JLabel whereNew = style(new JLabel("", SwingConstants.CENTER), "kioskSmall");
    private final JLabel whereOld = style(new JLabel("", SwingConstants.CENTER), "kioskSmall");
    private final JLabel orType = style(new JLabel("", SwingConstants.CENTER), "kioskBody");
    private final JLabel typed = style(new JLabel(" ", SwingConstants.CENTER), "kioskTitle");
    private final JLabel problems = style(new JLabel("", SwingConstants.CENTER), "kioskWarning");
    private final JLabel notice = style(new JLabel("", SwingConstants.CENTER), "kioskSmall");
    private final JButton ok = style(new JButton(), "kioskKeyPrimary");
    private final JButton delete = style(new JButton(), "kioskKey");
    private final JButton skip = style(new JButton(), "kioskSecondary");
    private final JPanel padRow = new JPanel(new BorderLayout(28, 24));
    private final JPanel cardPictures = cards();

    public IdentifyScreen(Messages messages, KioskFlow flow) {
        super(Step.IDENTIFY, messages, flow);
        typed.setName("identify.typed");
        whereNew.setName("identify.where.new");
        whereOld.setName("identify.where.old");
        problems.setName("identify.problems");
        notice.setName("identify.notice");
        ok.setName("identify.ok");
        delete.setName("identify.delete");
        skip.setName("identify.skip");
        ok.addActionListener(e -> flow.identify().keypadSubmit());
        delete.addActionListener(e -> flow.identify().keypadDelete());
        skip.addActionListener(e -> flow.identify().continueWithoutId());
        add(content(), BorderLayout.CENTER);
        notice.setBorder(BorderFactory.createEmptyBorder(8, 32, 16, 32));
        add(notice, BorderLayout.SOUTH);
    }

    private JPanel content() {
        JPanel p = new JPanel(new GridBagLayout());
        p.setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.insets = new Insets(6, 24, 6, 24);
        p.add(title, c);
        p.add(scan, c);
        p.add(orType, c);
        p.add(typed, c);
        p.add(padRow(), c);
        p.add(problems, c);
        p.add(skip, c);
        return p;
    }

    /**
     * The cards' pictures beside the keypad on a landscape screen (so a 768 px panel holds everything), above it on
     * a portrait one (too narrow for both side by side); see {@link #placeCards()}.
     */
    private JPanel padRow() {
        padRow.setOpaque(false);
        padRow.add(cardPictures, BorderLayout.WEST);
        padRow.add(keypad(), BorderLayout.CENTER);
        return padRow;
    }

    private void placeCards() {
        java.awt.Window window = javax.swing.SwingUtilities.getWindowAncestor(this);
        boolean portrait = window != null && window.getWidth() < window.getHeight();
        Object where = portrait ? BorderLayout.NORTH : BorderLayout.WEST;
        if (!where.equals(((BorderLayout) padRow.getLayout()).getConstraints(cardPictures))) {
            padRow.remove(cardPictures);
            padRow.add(cardPictures, where);
        }
    }

    /** Where the QR is: the new card (back) and the old CCCD card (front), each drawn with its caption. */
    private JPanel cards() {
        JPanel row = new JPanel(new GridLayout(2, 1, 0, 24));
        row.setOpaque(false);
        row.add(card(new CardQrPicture(CardQrPicture.Card.NEW_CARD_BACK, 100), whereNew));
        row.add(card(new CardQrPicture(CardQrPicture.Card.OLD_CCCD_FRONT, 100), whereOld));
        return row;
    }

    private static JPanel card(CardQrPicture picture, JLabel caption) {
        JPanel p = new JPanel(new BorderLayout(12, 0));
        p.setOpaque(false);
        JPanel top = new JPanel(new BorderLayout());
        top.setOpaque(false);
        top.add(picture, BorderLayout.NORTH);
        p.add(top, BorderLayout.WEST);
        caption.setHorizontalAlignment(SwingConstants.LEFT);
        p.add(caption, BorderLayout.CENTER);
        return p;
    }

    private JPanel keypad() {
        JPanel pad = new JPanel(new GridLayout(0, 4, 10, 10));
        pad.setOpaque(false);
        for (char d : "1234567890".toCharArray()) {
            JButton key = style(new JButton(String.valueOf(d)), "kioskKey");
            key.setName("key." + d);
            key.setPreferredSize(new Dimension(KEY * 3 / 2, KEY));
            key.addActionListener(e -> flow.identify().keypadDigit(d));
            pad.add(key);
        }
        delete.setPreferredSize(new Dimension(KEY * 3 / 2, KEY));
        pad.add(delete);
        pad.add(ok);
        return pad;
    }

    @Override
    protected void render(FlowState state) {
        title.setText(wrap(messages.get("identify.title")));
        scan.setText(wrap(messages.get("identify.scan")));
        placeCards();
        whereNew.setText(wrap(messages.get("identify.where.new"), 150, "left"));
        whereOld.setText(wrap(messages.get("identify.where.old"), 150, "left"));
        orType.setText(messages.get("identify.or.type"));
        typed.setText(state.typedId().isEmpty() ? "_ _ _ _  _ _ _ _  _ _ _ _" : grouped(state.typedId()));
        ok.setText(messages.get("identify.ok"));
        delete.setText(messages.get("identify.delete"));
        skip.setText(messages.get("identify.skip"));
        notice.setText(wrap(messages.get("privacy.notice")));
        problems.setText(state.problems().isEmpty() ? " " : wrap(messages.get("identify.refused") + " "
                + state.problems().stream().map(p -> pick(p.messageVi(), p.messageEn()))
                        .collect(Collectors.joining(" "))));
    }

    private static String grouped(String digits) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                b.append("  ");
            }
            b.append(digits.charAt(i));
        }
        return b.toString();
    }
}
