package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;

/**
 * A screen of the citizen flow: a top bar (back, home, countdown, language) around the screen's own
 * content. A screen only renders a {@link FlowState} and forwards taps to the {@link KioskFlow}.
 */
public abstract class FlowScreen extends JPanel {
    protected final Messages messages;
    protected final KioskFlow flow;
    private final JButton back = style(new JButton(), "kioskSecondary");
    private final JButton home = style(new JButton(), "kioskSecondary");
    private final JButton language = style(new JButton(), "kioskSecondary");
    private final JLabel countdown = style(new JLabel(), "kioskSmall");
    private final JLabel status = style(new JLabel(), "kioskSmall");
    private final JPanel topRight = new JPanel(new FlowLayout(FlowLayout.RIGHT, 12, 0));
    private FlowState last;
    private java.awt.Dimension renderedAt = new java.awt.Dimension();
    /** The screen's own content (what subclasses add goes here), in a scroll area between the two bars. */
    private final JPanel body = new JPanel(new BorderLayout());
    private final vn.onestop.kiosk.ui.ScrollArea scroll;
    private final vn.onestop.kiosk.ui.ChromeBar chrome;
    /** The screen's main actions, kept in view under the scrolling content; then the bottom bar. */
    private final JPanel footer = new JPanel(new BorderLayout());
    private final JPanel bottom = new JPanel(new BorderLayout());
    private JComponent top;
    /** The pictures of fields, procedures, priority classes and actions (none until the view gives them). */
    protected vn.onestop.kiosk.ui.Pictograms pictograms = vn.onestop.kiosk.ui.Pictograms.none();

    protected FlowScreen(Step step, Messages messages, KioskFlow flow) {
        super(new BorderLayout());
        this.messages = messages;
        this.flow = flow;
        String name = step.name().toLowerCase(java.util.Locale.ROOT);
        setName(name);
        back.setName(name + ".back");
        home.setName(name + ".home");
        language.setName(name + ".language");
        countdown.setName(name + ".countdown");
        back.addActionListener(e -> flow.back());
        home.addActionListener(e -> flow.home());
        language.addActionListener(e -> messages.toggle());
        body.setOpaque(false);
        scroll = new vn.onestop.kiosk.ui.ScrollArea(name, body);
        chrome = new vn.onestop.kiosk.ui.ChromeBar(name, messages, pictograms, scroll);
        top = topBar();
        super.addImpl(top, BorderLayout.NORTH, -1);
        super.addImpl(scroll, BorderLayout.CENTER, -1);
        bottom.setOpaque(false);
        footer.setOpaque(false);
        bottom.add(footer, BorderLayout.CENTER);
        bottom.add(chrome, BorderLayout.SOUTH);
        super.addImpl(bottom, BorderLayout.SOUTH, -1);
        addComponentListener(new java.awt.event.ComponentAdapter() {
            @Override
            public void componentResized(java.awt.event.ComponentEvent e) {
                if (last != null && !getSize().equals(renderedAt)) {
                    show(last);
                }
            }

            @Override
            public void componentShown(java.awt.event.ComponentEvent e) {
                scroll.toTop();
            }
        });
    }

    /** What a screen adds goes into its scrolling body, between the top bar and the bottom bar. */
    @Override
    protected void addImpl(java.awt.Component comp, Object constraints, int index) {
        if (chrome == null) {
            super.addImpl(comp, constraints, index);
        } else {
            body.add(comp, constraints == null ? BorderLayout.CENTER : constraints, index);
        }
    }

    /** Keeps {@code actions} in view under the content, which scrolls above them when it is too tall. */
    protected final void footer(JComponent actions) {
        footer.add(actions, BorderLayout.CENTER);
    }

    /** Uses these pictures (before the screen is first shown). */
    public void usePictograms(vn.onestop.kiosk.ui.Pictograms pictograms) {
        this.pictograms = pictograms;
        chrome.usePictograms(pictograms);
    }

    /** The bottom bar (call for help, a free slot, scroll buttons). */
    public vn.onestop.kiosk.ui.ChromeBar chrome() {
        return chrome;
    }

    private JComponent topBar() {
        JPanel bar = new JPanel(new vn.onestop.kiosk.ui.SidesLayout(8));
        bar.setOpaque(false);
        bar.setBorder(BorderFactory.createEmptyBorder(12, 16, 4, 16));
        JPanel left = new JPanel(new FlowLayout(FlowLayout.LEFT, 8, 0));
        left.setOpaque(false);
        left.add(back);
        left.add(home);
        JPanel right = topRight;
        right.setOpaque(false);
        right.add(status);
        right.add(countdown);
        right.add(language);
        bar.add(left);
        bar.add(right);
        return bar;
    }

    /** Hides the back and home buttons on screens where leaving makes no sense (printing). */
    protected void navigation(boolean backShown, boolean homeShown) {
        back.setVisible(backShown);
        home.setVisible(homeShown);
    }

    /** Renders the state; called on the event thread after every change and after a language switch. */
    public final void show(FlowState state) {
        last = state;
        renderedAt = getSize();
        back.setText(messages.get("nav.back"));
        home.setText(messages.get("nav.home"));
        language.setText(messages.get("lang.toggle"));
        countdown.setText(state.step().idleTimed() ? messages.get("nav.countdown", state.secondsLeft()) : "");
        status.setText(state.serverOnline() ? "" : messages.get("status.offline"));
        countdown.setVisible(!countdown.getText().isEmpty());
        status.setVisible(!status.getText().isEmpty());
        chrome.render();
        render(state);
        placeFooter();
        revalidate();
        repaint();
    }

    protected abstract void render(FlowState state);

    /**
     * The main actions stay in view under the content while the bars and the actions leave the content at least
     * a third of the window; on a short window (large text, spoken guidance's button in the bottom bar) they go
     * under the content instead and scroll with it, reached with the large scroll buttons.
     */
    private void placeFooter() {
        int height = getHeight();
        boolean fixed = height <= 0 || top.getPreferredSize().height + chrome.getPreferredSize().height
                + footer.getPreferredSize().height <= height * 2 / 3;
        java.awt.Container want = fixed ? bottom : body;
        if (footer.getParent() != want) {
            if (fixed) {
                body.remove(footer);
                bottom.add(footer, BorderLayout.CENTER);
            } else {
                bottom.remove(footer);
                body.add(footer, BorderLayout.SOUTH);
            }
        }
    }

    /** A text in the current language chosen between a Vietnamese and an English value. */
    protected String pick(String vi, String en) {
        return messages.isVietnamese() || en == null || en.isBlank() ? vi : en;
    }

    /**
     * Whether content built for {@code key} must be built again: tiles are rebuilt only when what they
     * show changes, never on a countdown tick (a tap landing on a rebuilt tile would be lost).
     */
    protected boolean changed(String slot, Object... key) {
        String k = java.util.Arrays.deepToString(key) + messages.locale() + textWidth() + getHeight();
        return !k.equals(built.put(slot, k));
    }

    private final java.util.Map<String, String> built = new java.util.HashMap<>();

    /** True in the large-text mode (the theme's default font is then well over the normal size). */
    public static boolean largeText() {
        return Tiles.largeText();
    }

    /** Width in pixels available to text across the screen (the screen's width less its margins). */
    protected int textWidth() {
        int w = getWidth() > 0 ? getWidth() : 1366;
        return Math.max(240, w - 160);
    }

    /** Long text wrapped and centred across the screen's width (HTML, escaped). */
    protected String wrap(String text) {
        return wrap(text, textWidth(), "center");
    }

    /**
     * Long text wrapped at {@code width} pixels, aligned {@code align} (HTML, escaped). Swing's HTML counts
     * a CSS pixel as about 1.3 screen pixels unless told otherwise, hence the division.
     */
    public static String wrap(String text, int width, String align) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        // Swing's HTML block comes out a little wider than asked: 1.5 leaves room for that.
        int cssWidth = width * 10 / 15;
        return "<html><div style='width:" + cssWidth + "px;text-align:" + align + "'>" + escaped + "</div></html>";
    }

    /** Adds {@code parts} centred in one column, each with this space above and below and to its sides. */
    protected final void column(int vertical, int sides, JComponent... parts) {
        JPanel p = new JPanel(new GridBagLayout());
        p.setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.insets = new Insets(vertical, sides, vertical, sides);
        for (JComponent part : parts) {
            p.add(part, c);
        }
        add(p);
    }

    /**
     * Adds {@code labels} centred in one column, with {@code buttons} side by side under them, always in view (the
     * labels scroll above them on a short screen), each wider than its text.
     */
    protected final void centredColumn(JLabel[] labels, JButton... buttons) {
        JPanel p = new JPanel(new GridBagLayout());
        p.setOpaque(false);
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.insets = new Insets(6, 24, 6, 24);
        for (JLabel l : labels) {
            p.add(l, c);
        }
        add(p);
        JPanel row = new JPanel(new GridBagLayout());
        row.setOpaque(false);
        GridBagConstraints r = new GridBagConstraints();
        r.gridx = 0;
        r.insets = new Insets(4, 24, 4, 24);
        r.ipadx = 120;
        for (JButton b : buttons) {
            row.add(b, r);
        }
        footer(row);
    }
}
