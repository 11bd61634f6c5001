package vn.onestop.kiosk.ui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.LayoutManager;
import javax.swing.SwingUtilities;

/**
 * Two groups of a bar: the first at the left, the second at the right, on one row when both fit across the window,
 * else the second under the first (right-aligned), so neither is cut off or overlaps the other on a narrow screen
 * or with large text.
 */
public final class SidesLayout implements LayoutManager {
    private final int gap;

    public SidesLayout(int gap) {
        this.gap = gap;
    }

    @Override
    public void addLayoutComponent(String name, Component comp) {
        // Children are laid out in the order they were added.
    }

    @Override
    public void removeLayoutComponent(Component comp) {
        // Nothing kept per child.
    }

    @Override
    public Dimension preferredLayoutSize(Container parent) {
        Insets in = parent.getInsets();
        Dimension a = size(parent, 0);
        Dimension b = size(parent, 1);
        if (oneRow(parent, a, b)) {
            return new Dimension(in.left + a.width + gap + b.width + in.right,
                    in.top + Math.max(a.height, b.height) + in.bottom);
        }
        return new Dimension(in.left + Math.max(a.width, b.width) + in.right,
                in.top + a.height + gap + b.height + in.bottom);
    }

    @Override
    public Dimension minimumLayoutSize(Container parent) {
        return preferredLayoutSize(parent);
    }

    @Override
    public void layoutContainer(Container parent) {
        Insets in = parent.getInsets();
        Dimension a = size(parent, 0);
        Dimension b = size(parent, 1);
        int right = parent.getWidth() - in.right;
        if (oneRow(parent, a, b)) {
            int h = Math.max(a.height, b.height);
            place(parent, 0, in.left, in.top + (h - a.height) / 2, a);
            place(parent, 1, right - b.width, in.top + (h - b.height) / 2, b);
        } else {
            place(parent, 0, in.left, in.top, a);
            place(parent, 1, Math.max(in.left, right - b.width), in.top + a.height + gap, b);
        }
    }

    private boolean oneRow(Container parent, Dimension a, Dimension b) {
        Insets in = parent.getInsets();
        return a.width + gap + b.width <= width(parent) - in.left - in.right;
    }

    /** The bar's width: its own once laid out, else the window's (the bar spans it). */
    private static int width(Container parent) {
        if (parent.getWidth() > 0) {
            return parent.getWidth();
        }
        var root = SwingUtilities.getRootPane(parent);
        return root != null && root.getWidth() > 0 ? root.getWidth() : Integer.MAX_VALUE / 4;
    }

    private static Dimension size(Container parent, int i) {
        if (parent.getComponentCount() <= i || !parent.getComponent(i).isVisible()) {
            return new Dimension();
        }
        return parent.getComponent(i).getPreferredSize();
    }

    private static void place(Container parent, int i, int x, int y, Dimension d) {
        if (parent.getComponentCount() > i) {
            parent.getComponent(i).setBounds(x, y, d.width, d.height);
        }
    }
}
