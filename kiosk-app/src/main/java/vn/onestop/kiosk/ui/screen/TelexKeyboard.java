package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import vn.onestop.kiosk.i18n.Messages;
import vn.onestop.kiosk.input.TelexComposer;

/**
 * The on-screen keyboard for search: Latin keys typed Telex-style; it keeps the raw keys and hands the
 * composed Vietnamese text to {@code onText} after every key (backspace removes the last key).
 */
final class TelexKeyboard extends JPanel {
    static final int KEY = 76;
    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private final StringBuilder raw = new StringBuilder();
    private final Consumer<String> onText;
    private final boolean telex;
    private final JButton space = style(new JButton(), "kioskKey");
    private final JButton clear = style(new JButton(), "kioskKey");
    private final JLabel hint = style(new JLabel("", SwingConstants.CENTER), "kioskSmall");
    private final java.util.List<JButton> letters = new java.util.ArrayList<>();
    private int keySize = KEY;

    TelexKeyboard(Consumer<String> onText) {
        this(onText, true, "");
    }

    /**
     * A keyboard with a first row of {@code extraKeys} (digits, symbols: "" for none); {@code telex} false types
     * the keys as they are (e-mail addresses, dossier codes).
     */
    TelexKeyboard(Consumer<String> onText, boolean telex, String extraKeys) {
        super(new GridLayout(0, 1, 0, 8));
        this.onText = onText;
        this.telex = telex;
        setOpaque(false);
        setName("keyboard");
        if (!extraKeys.isEmpty()) {
            JPanel line = row();
            for (char ch : extraKeys.toCharArray()) {
                line.add(key(String.valueOf(ch), "key." + ch, () -> type(ch)));
            }
            add(line);
        }
        for (String row : ROWS) {
            JPanel line = row();
            for (char ch : row.toCharArray()) {
                line.add(key(String.valueOf(ch), "key." + ch, () -> type(ch)));
            }
            if (row.startsWith("z")) {
                JButton back = key("⌫", "key.backspace", this::backspace);
                back.setPreferredSize(new Dimension(KEY * 3 / 2, KEY));
                line.add(back);
            }
            add(line);
        }
        JPanel last = row();
        space.setName("key.space");
        space.setPreferredSize(new Dimension(KEY * 5, KEY));
        space.addActionListener(e -> type(' '));
        clear.setName("key.clear");
        clear.setPreferredSize(new Dimension(KEY * 3, KEY));
        clear.addActionListener(e -> reset(true));
        last.add(space);
        last.add(clear);
        add(last);
        add(hint);
    }

    private static JPanel row() {
        JPanel p = new JPanel(new FlowLayout(FlowLayout.CENTER, 6, 0));
        p.setOpaque(false);
        return p;
    }

    private JButton key(String text, String name, Runnable action) {
        JButton b = style(new JButton(text), "kioskKey");
        b.setName(name);
        b.setPreferredSize(new Dimension(KEY, KEY));
        b.addActionListener(e -> action.run());
        letters.add(b);
        return b;
    }

    private void type(char ch) {
        raw.append(ch);
        onText.accept(text());
    }

    private void backspace() {
        if (raw.length() > 0) {
            raw.setLength(raw.length() - 1);
            onText.accept(text());
        }
    }

    private String text() {
        return telex ? TelexComposer.compose(raw.toString()) : raw.toString();
    }

    /** Starts from a text already there (e.g. the card's address to correct); the flow is not told. */
    void seed(String text) {
        raw.setLength(0);
        raw.append(text);
    }

    /** Forgets the keys typed (a new search); tells the flow when {@code notify}. */
    void reset(boolean notify) {
        raw.setLength(0);
        if (notify) {
            onText.accept("");
        }
    }

    /**
     * Smaller keys (still over 15 mm) on short screens such as 1366x768, so results stay visible, and on narrow
     * (portrait) ones, so the longest row stays on one line.
     */
    void fitTo(java.awt.Component screen) {
        boolean small = screen.getHeight() > 0 && screen.getHeight() < 900 || screen.getWidth() > 0
                && screen.getWidth() < 1200;
        int size = small ? 64 : KEY;
        if (size == keySize) {
            return;
        }
        keySize = size;
        letters.forEach(b -> b.setPreferredSize(new Dimension(b.getName().equals("key.backspace") ? size * 3 / 2
                : size, size)));
        space.setPreferredSize(new Dimension(size * 5, size));
        clear.setPreferredSize(new Dimension(size * 7 / 2, size));
        revalidate();
    }

    void relabel(Messages messages) {
        space.setText(messages.get("keyboard.space"));
        clear.setText(messages.get("keyboard.clear"));
        hint.setText(messages.get(telex ? "keyboard.telex" : "keyboard.plain"));
    }
}
