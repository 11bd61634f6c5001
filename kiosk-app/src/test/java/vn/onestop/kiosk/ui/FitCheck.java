package vn.onestop.kiosk.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FontMetrics;
import java.awt.Insets;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JLayeredPane;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.JViewport;
import javax.swing.Icon;
import javax.swing.OverlayLayout;
import javax.swing.SwingConstants;
import javax.swing.plaf.basic.BasicHTML;
import javax.swing.text.View;
import javax.swing.text.JTextComponent;

/**
 * Finds what a citizen would see cut off on a laid-out screen: a label or button smaller than its text needs (its
 * look's own preferred size, whatever size the screen set, and the font's width of a plain text), a text component
 * taller than its place outside a scroll pane, a component reaching outside its parent (and so outside the window),
 * content wider than its scroll pane (only vertical scrolling exists), content taller than its scroll pane without
 * a visible scroll bar, and visible siblings that overlap. Event thread only.
 */
public final class FitCheck {
    /** Pixels of rounding allowed. */
    private static final int SLACK = 1;

    private FitCheck() {}

    /** The problems of {@code root} and everything in it, each naming {@code where} and the component. */
    public static List<String> problems(Component root, String where) {
        List<String> out = new ArrayList<>();
        walk(root, where, out);
        return out;
    }

    private static void walk(Component c, String where, List<String> out) {
        if (!c.isVisible()) {
            return;
        }
        text(c, where, out);
        if (c instanceof Container box) {
            if (box instanceof JViewport viewport) {
                viewport(viewport, where, out);
            } else {
                inside(box, where, out);
                overlaps(box, where, out);
            }
            for (Component child : box.getComponents()) {
                walk(child, where, out);
            }
        }
    }

    private static void text(Component c, String where, List<String> out) {
        if (c instanceof JLabel || c instanceof AbstractButton) {
            String text = c instanceof JLabel l ? l.getText() : ((AbstractButton) c).getText();
            if (text == null || text.isBlank()) {
                return;
            }
            Space s = Space.of((JComponent) c);
            Dimension need = textSize((JComponent) c, text, s.width());
            // Text is cut at the inner width (plain text gets "..."), but only the component's bounds clip it
            // vertically (a line may run into the padding, as a key's letter does).
            if (need.width > s.width() + SLACK || need.height > s.fullHeight() + SLACK) {
                out.add(String.format("%s: %s '%s' is %dx%d with %dx%d for its text, which needs %dx%d", where,
                        name(c), plain(text), c.getWidth(), c.getHeight(), s.width(), s.height(), need.width,
                        need.height));
            }
        } else if (c instanceof JTextComponent t && !(t.getParent() instanceof JViewport)) {
            Dimension need = t.getPreferredSize();
            boolean tooShort = c.getHeight() + SLACK < need.height;
            boolean tooNarrow = !(t instanceof JTextField) && c.getWidth() + SLACK < need.width;
            if (tooShort || tooNarrow) {
                out.add(String.format("%s: text %s is %dx%d outside a scroll pane, needs %dx%d", where, name(c),
                        c.getWidth(), c.getHeight(), need.width, need.height));
            }
        }
    }

    /**
     * The size the text takes: a plain text's width and line height by the font's metrics; an HTML text laid out at
     * the width it gets (its height), and as wide as its widest line in the font or its fixed width, whichever is
     * less (a short line in a wide block is not cut).
     */
    private static Dimension textSize(JComponent c, String text, int width) {
        FontMetrics fm = c.getFontMetrics(c.getFont());
        View html = (View) c.getClientProperty(BasicHTML.propertyKey);
        if (html == null) {
            return new Dimension(fm.stringWidth(text), fm.getHeight());
        }
        int block = (int) Math.ceil(html.getPreferredSpan(View.X_AXIS));
        int widest = 0;
        for (String line : text.replaceAll("(?i)<br\\s*/?>", "\n").replaceAll("<[^>]*>", "").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&").split("\n")) {
            widest = Math.max(widest, fm.stringWidth(line.strip()));
        }
        html.setSize(Math.min(block, Math.max(1, width)), 0);
        int height = (int) Math.ceil(html.getPreferredSpan(View.Y_AXIS));
        return new Dimension(Math.min(block, widest), height);
    }

    /** The room a label or button has for its text: its size less insets and the icon beside or above it. */
    private record Space(int width, int height, int fullHeight) {
        static Space of(JComponent c) {
            Insets in = c.getInsets();
            int w = c.getWidth() - in.left - in.right;
            int h = c.getHeight() - in.top - in.bottom;
            Icon icon = c instanceof JLabel l ? l.getIcon() : ((AbstractButton) c).getIcon();
            if (icon == null) {
                return new Space(w, h, c.getHeight());
            }
            int gap = c instanceof JLabel l ? l.getIconTextGap() : ((AbstractButton) c).getIconTextGap();
            int horizontal = c instanceof JLabel l ? l.getHorizontalTextPosition()
                    : ((AbstractButton) c).getHorizontalTextPosition();
            if (horizontal == SwingConstants.CENTER) {
                return new Space(w, h - icon.getIconHeight() - gap, c.getHeight() - icon.getIconHeight() - gap);
            }
            return new Space(w - icon.getIconWidth() - gap, h, c.getHeight());
        }
    }

    /** Every visible child lies within its parent's bounds (else it is clipped, or outside the window). */
    private static void inside(Container box, String where, List<String> out) {
        Rectangle area = new Rectangle(0, 0, box.getWidth(), box.getHeight());
        area.grow(SLACK, SLACK);
        for (Component child : box.getComponents()) {
            if (child.isVisible() && child.getWidth() > 0 && child.getHeight() > 0
                    && !area.contains(child.getBounds())) {
                out.add(String.format("%s: %s at %s reaches outside %s (%dx%d)", where, name(child),
                        bounds(child.getBounds()), name(box), box.getWidth(), box.getHeight()));
            }
        }
    }

    /** Scrolled content: never wider than the viewport; taller only with a visible scroll bar. */
    private static void viewport(JViewport v, String where, List<String> out) {
        Component view = v.getView();
        if (view == null || !view.isVisible()) {
            return;
        }
        if (view.getWidth() > v.getWidth() + SLACK) {
            out.add(String.format("%s: %s is %d px wide in a %d px scroll pane (no horizontal scrolling)", where,
                    name(view), view.getWidth(), v.getWidth()));
        }
        if (view.getHeight() > v.getHeight() + SLACK && v.getParent() instanceof JScrollPane sp
                && !(sp.getVerticalScrollBar().isVisible() && sp.getVerticalScrollBar().getWidth() > 0)) {
            out.add(String.format("%s: %s is %d px tall in a %d px scroll pane without a visible scroll bar", where,
                    name(view), view.getHeight(), v.getHeight()));
        }
    }

    private static void overlaps(Container box, String where, List<String> out) {
        if (box instanceof JLayeredPane || box.getLayout() instanceof OverlayLayout) {
            return;
        }
        Component[] kids = box.getComponents();
        for (int i = 0; i < kids.length; i++) {
            for (int j = i + 1; j < kids.length; j++) {
                Component a = kids[i];
                Component b = kids[j];
                if (shown(a) && shown(b)) {
                    Rectangle both = a.getBounds().intersection(b.getBounds());
                    if (both.width > SLACK && both.height > SLACK) {
                        out.add(String.format("%s: %s %s overlaps %s %s", where, name(a), bounds(a.getBounds()),
                                name(b), bounds(b.getBounds())));
                    }
                }
            }
        }
    }

    private static boolean shown(Component c) {
        return c.isVisible() && c.getWidth() > 0 && c.getHeight() > 0;
    }

    private static String name(Component c) {
        String text = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : null;
        String kind = c.getClass().getSimpleName().isEmpty() ? c.getClass().getName() : c.getClass().getSimpleName();
        return kind + (c.getName() != null ? " " + c.getName() : "")
                + (c.getName() == null && text != null ? " '" + plain(text) + "'" : "");
    }

    private static String bounds(Rectangle r) {
        return r.x + "," + r.y + " " + r.width + "x" + r.height;
    }

    static String plain(String html) {
        String t = html.replaceAll("<[^>]*>", "").strip();
        return t.length() > 50 ? t.substring(0, 50) + "…" : t;
    }
}
