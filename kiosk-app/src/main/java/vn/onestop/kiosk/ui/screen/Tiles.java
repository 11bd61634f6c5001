package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.Dimension;
import java.awt.GridLayout;
import javax.swing.JButton;
import javax.swing.JPanel;

/** A grid of large tiles; rebuilt by the screens on every render. */
final class Tiles extends JPanel {
    static final int TILE_HEIGHT = 96;

    Tiles(int columns) {
        super(new GridLayout(0, columns, 16, 16));
        setOpaque(false);
    }

    JButton add(String name, String text, Runnable action) {
        JButton b = style(new JButton(FlowScreen.wrap(text)), "kioskTile");
        b.setName(name);
        b.setPreferredSize(new Dimension(360, TILE_HEIGHT));
        b.addActionListener(e -> action.run());
        add(b);
        return b;
    }
}
