package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.Dimension;
import java.awt.GridLayout;
import javax.swing.JButton;
import javax.swing.JPanel;

/** A grid of large tiles; rebuilt by the screens on every render. */
final class Tiles extends JPanel {
    static final int TILE_HEIGHT = 84;
    private static final int GAP = 16;
    private int columns;

    Tiles(int columns) {
        super(new GridLayout(0, columns, GAP, GAP));
        this.columns = columns;
        setOpaque(false);
    }

    /** Three columns on a landscape screen, two on a portrait one (call before adding tiles). */
    void fitTo(java.awt.Component screen) {
        boolean roomy = screen.getWidth() >= 1600 || !largeText();
        columns = screen.getWidth() > screen.getHeight() && roomy ? 3 : 2;
        narrow = largeText() && screen.getWidth() < 1300;
        ((GridLayout) getLayout()).setColumns(columns);
    }

    /** Large text on a narrow screen: a tile's picture goes above its text, which then has the tile's width. */
    private boolean narrow;

    /** Adds a tile whose text wraps within a column of a row {@code rowWidth} pixels wide. */
    JButton add(String name, String text, int rowWidth, Runnable action) {
        return add(name, text, null, rowWidth, action);
    }

    /** As {@link #add(String, String, int, Runnable)}, with a picture left of the text. */
    JButton add(String name, String text, javax.swing.Icon icon, int rowWidth, Runnable action) {
        JButton b = tile(name, text, icon, rowWidth, action);
        add(b);
        return b;
    }

    /** True in the large-text mode (the theme's default font is then well over the normal size). */
    static boolean largeText() {
        java.awt.Font f = javax.swing.UIManager.getFont("Label.font");
        return f != null && f.getSize() > 25;
    }

    /** The number of columns now (tiles built for another count must be built again). */
    int columns() {
        return columns;
    }

    /** A tile as {@link #add(String, String, int, Runnable)} makes it, not added (for screens that keep tiles). */
    JButton tile(String name, String text, int rowWidth, Runnable action) {
        return tile(name, text, null, rowWidth, action);
    }

    /** Size of a tile's picture, left of its text. */
    static final int ICON = 48;

    /** A tile with {@code icon} (may be null) left of its text. */
    JButton tile(String name, String text, javax.swing.Icon icon, int rowWidth, Runnable action) {
        boolean above = icon != null && narrow;
        int pictureWidth = icon == null || above ? 0 : ICON + 16;
        JButton b = style(new JButton(), "kioskTile");
        java.awt.Insets in = b.getInsets();
        int padding = Math.max(128, in.left + in.right + 8);
        int textWidth = Math.max(120, (rowWidth - GAP * (columns - 1)) / columns - padding - pictureWidth);
        b.setText(FlowScreen.wrap(text, textWidth, icon == null || above ? "center" : "left"));
        if (above) {
            b.setIcon(icon);
            b.setVerticalTextPosition(javax.swing.SwingConstants.BOTTOM);
            b.setHorizontalTextPosition(javax.swing.SwingConstants.CENTER);
            b.setIconTextGap(8);
        } else if (icon != null) {
            b.setIcon(icon);
            b.setIconTextGap(16);
            b.setHorizontalAlignment(javax.swing.SwingConstants.LEFT);
        }
        textWidth += pictureWidth + padding - 56;
        b.setName(name);
        Dimension natural = b.getPreferredSize();
        b.setPreferredSize(new Dimension(Math.min(natural.width, textWidth + 56),
                Math.max(TILE_HEIGHT, natural.height + 24)));
        b.addActionListener(e -> action.run());
        return b;
    }
}
