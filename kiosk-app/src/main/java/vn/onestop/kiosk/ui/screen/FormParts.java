package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.Component;
import java.awt.Dimension;
import java.text.NumberFormat;
import java.util.Locale;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import vn.onestop.kiosk.i18n.Messages;

/** Small building blocks shared by the filing, lookup and rating screens. */
final class FormParts {
    static final int BUTTON_HEIGHT = 72;

    private FormParts() {}

    /** A transparent panel stacking its children top to bottom, left-aligned. */
    static JPanel column() {
        JPanel p = new JPanel();
        p.setLayout(new BoxLayout(p, BoxLayout.Y_AXIS));
        p.setOpaque(false);
        return p;
    }

    /** A label of wrapped, left-aligned text. */
    static JLabel text(String name, String styleClass) {
        JLabel l = style(new JLabel(" "), styleClass);
        l.setName(name);
        l.setAlignmentX(Component.LEFT_ALIGNMENT);
        return l;
    }

    static void set(JLabel label, String text, int width) {
        label.setText(text == null || text.isBlank() ? " " : FlowScreen.wrap(text, width, "left"));
    }

    /** A button at least {@value #BUTTON_HEIGHT} px high whose text wraps at {@code width}. */
    static JButton button(String name, String styleClass, Runnable action) {
        JButton b = style(new JButton(), styleClass);
        b.setName(name);
        b.setAlignmentX(Component.LEFT_ALIGNMENT);
        b.addActionListener(e -> action.run());
        return b;
    }

    static void label(JButton b, String text, int width) {
        label(b, text, width, "left");
    }

    /** As {@link #label(JButton, String, int)}, the text aligned {@code align} ("left" or "center"). */
    static void label(JButton b, String text, int width, String align) {
        b.setText(FlowScreen.wrap(text, width, align));
        b.setPreferredSize(null);
        Dimension d = b.getPreferredSize();
        b.setPreferredSize(new Dimension(d.width, Math.max(BUTTON_HEIGHT, d.height + 16)));
        b.setMaximumSize(new Dimension(Integer.MAX_VALUE, Math.max(BUTTON_HEIGHT, d.height + 16)));
    }

    /**
     * A label of one unbreakable line (a code): its style's font, made smaller when the line is wider than
     * {@code width} pixels.
     */
    static void shrinkToFit(JLabel label, int width) {
        label.setFont(null);
        label.updateUI();
        java.awt.Font f = label.getFont();
        int needed = label.getFontMetrics(f).stringWidth(label.getText());
        if (needed > width && width > 0) {
            label.setFont(f.deriveFont(Math.max(12f, f.getSize2D() * width / needed)));
        }
    }

    /** "200.000 đ", or the words for a fee set by the province. */
    static String money(Messages m, Long vnd) {
        if (vnd == null) {
            return m.get("filing.fee.province");
        }
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi")).format(vnd) + " đ";
    }
}
