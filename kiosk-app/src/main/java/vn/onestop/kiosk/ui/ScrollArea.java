package vn.onestop.kiosk.ui;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Rectangle;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JViewport;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;

/**
 * A screen's content that scrolls when it is taller than the screen (a small panel, large text): a wide scroll bar
 * and two large "Lên / Up" and "Xuống / Down" buttons (placed in the screen's bottom bar) appear only then. When the
 * content fits it fills the area, laid out as it would be without scrolling.
 */
public final class ScrollArea extends JScrollPane {
    /** Width of the scroll bar: wide enough to see from arm's length, though the buttons are the touch targets. */
    static final int BAR_WIDTH = 28;
    private final JButton up = style(new JButton(), "kioskScroll");
    private final JButton down = style(new JButton(), "kioskScroll");

    public ScrollArea(String name, JComponent content) {
        super(new Body(content), VERTICAL_SCROLLBAR_AS_NEEDED, HORIZONTAL_SCROLLBAR_NEVER);
        setName(name + ".scroll");
        up.setName(name + ".scroll.up");
        down.setName(name + ".scroll.down");
        setBorder(BorderFactory.createEmptyBorder());
        setOpaque(false);
        getViewport().setOpaque(false);
        getVerticalScrollBar().setPreferredSize(new Dimension(BAR_WIDTH, 0));
        getVerticalScrollBar().setUnitIncrement(48);
        up.setHorizontalTextPosition(SwingConstants.RIGHT);
        down.setHorizontalTextPosition(SwingConstants.RIGHT);
        up.addActionListener(e -> scrollBy(-1));
        down.addActionListener(e -> scrollBy(1));
        getViewport().addChangeListener(e -> showButtons());
        showButtons();
    }

    /** The two scroll buttons, for the screen's bottom bar; visible only while the content overflows. */
    public JButton up() {
        return up;
    }

    public JButton down() {
        return down;
    }

    /** Sets the buttons' words and pictures (called on every render, so a language switch shows). */
    public void label(String upText, String downText, javax.swing.Icon upIcon, javax.swing.Icon downIcon) {
        up.setText(upText);
        down.setText(downText);
        up.setIcon(upIcon);
        down.setIcon(downIcon);
    }

    /** Back to the top (a screen shown again starts at its title). */
    public void toTop() {
        getViewport().setViewPosition(new java.awt.Point(0, 0));
    }

    private void scrollBy(int direction) {
        JViewport v = getViewport();
        int step = Math.max(48, v.getExtentSize().height * 3 / 4);
        Rectangle view = v.getViewRect();
        int max = Math.max(0, v.getViewSize().height - view.height);
        int y = Math.max(0, Math.min(max, view.y + direction * step));
        v.setViewPosition(new java.awt.Point(0, y));
    }

    private void showButtons() {
        JViewport v = getViewport();
        boolean overflows = v.getView() != null && v.getViewSize().height > v.getExtentSize().height + 1;
        int y = v.getViewPosition().y;
        up.setVisible(overflows);
        down.setVisible(overflows);
        up.setEnabled(y > 0);
        down.setEnabled(y + v.getExtentSize().height < v.getViewSize().height);
    }

    /** The content: as wide as the area; as tall as the area when it fits, else as tall as it needs. */
    private static final class Body extends JPanel implements Scrollable {
        Body(JComponent content) {
            super(new BorderLayout());
            setOpaque(false);
            add(content, BorderLayout.CENTER);
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
            return 48;
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
            return Math.max(48, visible.height * 3 / 4);
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return getParent() instanceof JViewport v && v.getHeight() >= getPreferredSize().height;
        }
    }
}
