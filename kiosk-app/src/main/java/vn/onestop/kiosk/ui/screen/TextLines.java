package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.swing.JLabel;
import javax.swing.JPanel;

/**
 * Lines of wrapped text in a column whose labels are kept and given new text, instead of made afresh: a new
 * label costs its FlatLaf style, its HTML view and its place in the window, and a procedure's facts (documents,
 * fee, days...) took 50-60 ms to show when made anew at each tap. Unused lines are hidden and emptied.
 */
final class TextLines {
    private final JPanel column;
    private final List<JLabel> labels = new ArrayList<>();
    private final List<String> styles = new ArrayList<>();
    private int used;

    TextLines(JPanel column) {
        this.column = column;
    }

    /** Starts a new set of lines (call {@link #add} for each, then {@link #end}). */
    void begin() {
        used = 0;
    }

    /**
     * The next line: its text, left-aligned and wrapped at {@code width} pixels, its FlatLaf style class and
     * component name (or null). A text that fits on one line is set as plain text: only longer ones pay for
     * Swing's HTML (a parse and a view tree per label).
     */
    void add(String text, int width, String styleClass, String name) {
        JLabel l;
        if (used < labels.size()) {
            l = labels.get(used);
            if (!styles.get(used).equals(styleClass)) {
                style(l, styleClass);
                styles.set(used, styleClass);
            }
        } else {
            l = style(new JLabel(), styleClass);
            l.setAlignmentX(Component.LEFT_ALIGNMENT);
            labels.add(l);
            styles.add(styleClass);
            column.add(l);
        }
        String shown = l.getFontMetrics(l.getFont()).stringWidth(text) <= width ? text
                : FlowScreen.wrap(text, width, "left");
        if (!shown.equals(l.getText())) {
            l.setText(shown);
        }
        if (!Objects.equals(name, l.getName())) {
            l.setName(name);
        }
        l.setVisible(true);
        used++;
    }

    /** Hides the lines not used since {@link #begin}. */
    void end() {
        for (int i = used; i < labels.size(); i++) {
            JLabel l = labels.get(i);
            l.setVisible(false);
            l.setText("");
            l.setName(null);
        }
        column.revalidate();
        column.repaint();
    }
}
