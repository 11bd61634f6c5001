package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JPanel;

/** A numeric keypad (digits and delete) whose keys are named {@code prefix + digit} and {@code prefix + "delete"}. */
final class DigitPad extends JPanel {
    static final int KEY = 72;
    private final JButton delete = style(new JButton("⌫"), "kioskKey");

    DigitPad(String prefix, Consumer<Character> digit, Runnable deleteKey) {
        super(new GridLayout(0, 6, 8, 8));
        setOpaque(false);
        for (char d : "1234567890".toCharArray()) {
            JButton key = style(new JButton(String.valueOf(d)), "kioskKey");
            key.setName(prefix + d);
            key.setPreferredSize(new Dimension(KEY, KEY));
            key.addActionListener(e -> digit.accept(d));
            add(key);
        }
        delete.setName(prefix + "delete");
        delete.setPreferredSize(new Dimension(KEY * 3 / 2, KEY));
        delete.addActionListener(e -> deleteKey.run());
        add(delete);
    }
}
