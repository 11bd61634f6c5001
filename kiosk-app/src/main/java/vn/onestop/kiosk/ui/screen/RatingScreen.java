package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import vn.onestop.core.rating.RatingLevel;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.RatingState;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;

/**
 * Five large levels (Rất hài lòng … Rất không hài lòng); reasons to tick after a low one; then each optional
 * per-criterion question with five large 1-5 buttons and "Bỏ qua"; thanks or "already rated".
 */
public final class RatingScreen extends FlowScreen {
    private static final int VALUE_HEIGHT = 128;
    private final JLabel title = style(new JLabel(" "), "kioskTitle");
    private final JLabel answer = FormParts.text("rating.answer", "kioskSubtitle");
    private final JPanel levels = new JPanel(new GridLayout(0, 1, 0, 12));
    private final JPanel reasons = new JPanel(new GridLayout(0, 1, 16, 12));
    private final JPanel criterion = FormParts.column();
    private final JLabel question = FormParts.text("rating.criterion.question", "kioskSubtitle");
    private final JLabel scale = FormParts.text("rating.criterion.scale", "kioskBody");
    /** The five answers in one row, as tall as a large tile (not stretched over the free height). */
    private final JPanel values = new JPanel(new GridLayout(1, 5, 16, 0)) {
        @Override
        public java.awt.Dimension getPreferredSize() {
            return new java.awt.Dimension(super.getPreferredSize().width, VALUE_HEIGHT);
        }

        @Override
        public java.awt.Dimension getMaximumSize() {
            return new java.awt.Dimension(Integer.MAX_VALUE, VALUE_HEIGHT);
        }
    };
    private final JButton skip;
    private final JButton send;
    private final JButton finish;
    private String built = "";

    public RatingScreen(Messages messages, KioskFlow flow) {
        super(Step.RATING, messages, flow);
        levels.setOpaque(false);
        reasons.setOpaque(false);
        for (RatingLevel l : RatingLevel.values()) {
            levels.add(FormParts.button("rating." + l.score(), "kioskTile", () -> flow.rating().choose(l)));
        }
        criterion.setName("rating.criteria");
        values.setOpaque(false);
        values.setAlignmentX(LEFT_ALIGNMENT);
        for (int v = 1; v <= 5; v++) {
            int value = v;
            values.add(FormParts.button("rating.criterion." + v, "kioskTile", () -> flow.rating().answer(value)));
        }
        skip = FormParts.button("rating.criterion.skip", "kioskSecondary", flow.rating()::skip);
        criterion.add(question);
        criterion.add(javax.swing.Box.createVerticalStrut(16));
        criterion.add(values);
        criterion.add(javax.swing.Box.createVerticalStrut(8));
        criterion.add(scale);
        criterion.add(javax.swing.Box.createVerticalStrut(32));
        criterion.add(skip);
        send = FormParts.button("rating.send", "kioskPrimary", flow.rating()::send);
        finish = FormParts.button("rating.finish", "kioskPrimary", flow::home);
        JPanel middle = FormParts.column();
        middle.add(answer);
        middle.add(levels);
        middle.add(reasons);
        middle.add(criterion);
        JPanel foot = FormParts.column();
        foot.add(send);
        foot.add(finish);
        JPanel body = new JPanel(new BorderLayout(0, 16));
        body.setOpaque(false);
        body.setBorder(BorderFactory.createEmptyBorder(4, 96, 24, 96));
        body.add(title, BorderLayout.NORTH);
        body.add(middle, BorderLayout.CENTER);
        // The page's main action stays in view under content that scrolls.
        foot.setBorder(BorderFactory.createEmptyBorder(0, 48, 8, 48));
        footer(foot);
        add(body, BorderLayout.CENTER);
    }

    @Override
    protected void render(FlowState state) {
        RatingState s = flow.rating().state();
        int width = textWidth() - 96;
        title.setText(wrap(s.askingCriterion() ? messages.get("rating.criteria.title", s.question() + 1,
                flow.rating().criteria().size()) : messages.get(s.askingReasons() ? reasonsKey() : "rating.title"),
                width, "left"));
        boolean choosing = s.level() == null && s.result() == null && !s.sending();
        levels.setVisible(choosing);
        for (int i = 0; i < levels.getComponentCount(); i++) {
            RatingLevel l = RatingLevel.values()[i];
            FormParts.label((JButton) levels.getComponent(i), pick(l.nameVi(), l.nameEn()), width);
        }
        reasons.setVisible(s.askingReasons());
        send.setVisible(s.askingReasons() || s.sending() && s.level() != null);
        send.setEnabled(!s.sending());
        String sendKey = flow.rating().criteria().isEmpty() ? "rating.send" : "rating.next";
        FormParts.label(send, messages.get(s.sending() ? "rating.sending" : sendKey), Math.min(width, 600), "center");
        finish.setVisible(s.result() != null);
        FormParts.label(finish, messages.get("rating.finish"), Math.min(width, 600), "center");
        boolean checking = s.sending() && s.level() == null && s.result() == null;
        String said = s.result() == null ? checking ? messages.get("rating.checking") : ""
                : messages.get("rating.answer." + s.result().name().toLowerCase(java.util.Locale.ROOT));
        FormParts.set(answer, said, width);
        showReasons(s, width);
        showCriterion(s, width);
    }

    /** With questions to follow, the reasons lead on ("Tiếp tục") rather than send. */
    private String reasonsKey() {
        return flow.rating().criteria().isEmpty() ? "rating.reasons" : "rating.reasons.next";
    }

    private void showCriterion(RatingState s, int width) {
        criterion.setVisible(s.askingCriterion());
        if (!s.askingCriterion()) {
            return;
        }
        var c = flow.rating().criteria().get(s.question());
        FormParts.set(question, pick(c.nameVi(), c.nameEn()), width);
        for (int i = 0; i < values.getComponentCount(); i++) {
            FormParts.label((JButton) values.getComponent(i), String.valueOf(i + 1), 120, "center");
        }
        FormParts.set(scale, messages.get("rating.criterion.scale"), width);
        FormParts.label(skip, messages.get("rating.criterion.skip"), Math.min(width, 600), "center");
    }

    private void showReasons(RatingState s, int width) {
        // on a short landscape screen (1366x768) five reasons in one column would push the last ones off screen
        int columns = getHeight() > 0 && getHeight() < 900 && flow.rating().reasons().size() > 3 ? 2 : 1;
        ((GridLayout) reasons.getLayout()).setColumns(columns);
        int buttonWidth = (columns == 1 ? width : (width - 16) / 2) - 64;
        String key = s.reasons() + "" + s.askingReasons() + messages.locale() + width + columns;
        if (key.equals(built)) {
            return;
        }
        built = key;
        reasons.removeAll();
        for (String code : flow.rating().reasons()) {
            boolean ticked = s.reasons().contains(code);
            JButton b = FormParts.button("rating.reason." + code, ticked ? "kioskTile" : "kioskSecondary",
                    () -> flow.rating().toggleReason(code));
            FormParts.label(b, (ticked ? "☑ " : "☐ ") + messages.get("rating.reason." + code), buttonWidth);
            reasons.add(b);
        }
        reasons.revalidate();
    }
}
