package vn.onestop.kiosk.ui;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import vn.onestop.kiosk.config.KioskConfig;
import vn.onestop.kiosk.i18n.Messages;

/** The screen a passer-by sees: the centre's name and an invitation to touch or scan the ID card. */
public final class AttractScreen extends JPanel {
    private final Messages messages;
    private final KioskConfig config;
    private final JLabel centre = style(new JLabel("", SwingConstants.CENTER), "kioskCentre");
    private final JLabel title = style(new JLabel("", SwingConstants.CENTER), "kioskTitle");
    private final JButton start = style(new JButton(), "kioskPrimary");
    private final JLabel scan = style(new JLabel("", SwingConstants.CENTER), "kioskSubtitle");
    private final JButton language = style(new JButton(), "kioskSecondary");
    private final JButton lookup = style(new JButton(), "kioskPicture");
    /** Taps in this top-left square never start a session: they count towards technician mode. */
    static final int SECRET_CORNER = 120;
    private vn.onestop.kiosk.tech.SecretGesture secret;
    private Runnable onSecret = () -> { };
    private String serverCentreName;
    /** The centre's notice set on the server (issue 21), hidden when there is none. */
    private final JLabel notice = style(new JLabel("", SwingConstants.CENTER), "kioskSubtitle");
    private vn.onestop.core.wire.KioskNotice serverNotice;

    private final Pictograms pictograms;
    private final JButton ticket = style(new JButton(), "kioskPicture");
    private final JButton guide = style(new JButton(), "kioskPicture");
    private final JButton file = style(new JButton(), "kioskPicture");
    private final ScrollArea scroll;
    private final ChromeBar chrome;

    public AttractScreen(Messages messages, KioskConfig config, Runnable onStart) {
        this(messages, config, onStart, Pictograms.none());
    }

    /**
     * The attract screen with picture buttons for the main actions (take a number, procedure guide, file a dossier:
     * each starts the citizen's way; look up a dossier) drawn from {@code pictograms}.
     */
    public AttractScreen(Messages messages, KioskConfig config, Runnable onStart, Pictograms pictograms) {
        super(new BorderLayout());
        this.messages = messages;
        this.config = config;
        this.pictograms = pictograms;
        for (JButton b : new JButton[] {ticket, guide, file}) {
            b.addActionListener(e -> onStart.run());
        }
        ticket.setName("attract.ticket");
        guide.setName("attract.guide");
        file.setName("attract.file");
        setName("attract");
        start.setName("attract.start");
        language.setName("language.toggle");
        start.addActionListener(e -> onStart.run());
        language.addActionListener(e -> messages.toggle());
        addMouseListener(new MouseAdapter() {
            @Override
            public void mousePressed(MouseEvent e) {
                if (e.getX() <= SECRET_CORNER && e.getY() <= SECRET_CORNER) {
                    if (secret != null && secret.touch(e.getX(), e.getY(), SECRET_CORNER)) {
                        onSecret.run();
                    }
                    return;
                }
                onStart.run();
            }
        });
        JPanel top = new JPanel(new FlowLayout(FlowLayout.RIGHT, 24, 12));
        top.setOpaque(false);
        top.add(language);
        add(top, BorderLayout.NORTH);
        scroll = new ScrollArea("attract", centrePanel());
        add(scroll, BorderLayout.CENTER);
        chrome = new ChromeBar("attract", messages, pictograms, scroll);
        add(chrome, BorderLayout.SOUTH);
        messages.onChange(l -> render());
        render();
        withoutInputMethods(this);
    }

    /**
     * Nothing here takes typed text: no input method. (A pointer over a component that allows them makes AWT
     * open the X input method, some 30 ms of the event thread's time just as the attract screen first shows;
     * the screens with text fields still open it when they need it.)
     */
    private static void withoutInputMethods(java.awt.Container c) {
        c.enableInputMethods(false);
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof java.awt.Container inner) {
                withoutInputMethods(inner);
            } else {
                child.enableInputMethods(false);
            }
        }
    }

    /** The centre's name as the server's configuration gives it (shown in Vietnamese); event thread. */
    public void centreName(String nameVi) {
        this.serverCentreName = nameVi;
        render();
    }

    /** The centre's notice from the server's configuration (null: none), in the kiosk's language; event thread. */
    public void notice(vn.onestop.core.wire.KioskNotice value) {
        this.serverNotice = value;
        render();
    }

    /** Shows the "look up a dossier" button, which runs {@code action}. */
    public void onLookup(Runnable action) {
        lookup.addActionListener(e -> action.run());
        lookup.setVisible(true);
    }

    /** Opens technician mode when the hidden gesture is completed. */
    public void onSecretGesture(vn.onestop.kiosk.tech.SecretGesture gesture, Runnable action) {
        this.secret = gesture;
        this.onSecret = action;
    }

    private JPanel centrePanel() {
        JPanel p = new JPanel(new GridBagLayout());
        p.setOpaque(false);
        p.setBorder(BorderFactory.createEmptyBorder(0, 48, 48, 48));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.insets = new Insets(16, 0, 16, 0);
        p.add(centre, c);
        notice.setName("attract.notice");
        notice.setVisible(false);
        p.add(notice, c);
        p.add(title, c);
        c.insets = new Insets(16, 0, 8, 0);
        c.ipadx = 160;
        c.ipady = 24;
        p.add(start, c);
        c.ipadx = 0;
        c.ipady = 0;
        c.insets = new Insets(16, 0, 16, 0);
        p.add(scan, c);
        lookup.setName("attract.lookup");
        lookup.setVisible(false);
        p.add(pictures, c);
        return p;
    }

    /** The main actions as large picture buttons; two rows of two on a narrow (portrait) screen. */
    private final JPanel pictures = new JPanel(new java.awt.GridLayout(1, 0, 24, 24));

    private void layPictures() {
        pictures.setOpaque(false);
        boolean narrow = getWidth() > 0 && (getWidth() < getHeight()
                || getWidth() < 1600 && vn.onestop.kiosk.ui.screen.FlowScreen.largeText());
        ((java.awt.GridLayout) pictures.getLayout()).setRows(narrow ? 2 : 1);
        ((java.awt.GridLayout) pictures.getLayout()).setColumns(narrow ? 2 : 0);
        if (pictures.getComponentCount() == 0) {
            for (JButton b : new JButton[] {ticket, guide, file, lookup}) {
                b.setVerticalTextPosition(SwingConstants.BOTTOM);
                b.setHorizontalTextPosition(SwingConstants.CENTER);
                b.setIconTextGap(12);
                pictures.add(b);
            }
        }
    }

    private java.awt.Dimension renderedAt = new java.awt.Dimension();

    /** Texts and the picture grid follow the screen's size (portrait, landscape): made again when it changes. */
    @Override
    public void doLayout() {
        if (!getSize().equals(renderedAt)) {
            render();
        }
        super.doLayout();
    }

    private void render() {
        renderedAt = getSize();
        int across = Math.max(240, (getWidth() > 0 ? getWidth() : 1366) - 160);
        centre.setText(fit(centre, serverCentreName != null && messages.isVietnamese()
                ? serverCentreName : config.centreName(messages.locale()), across));
        boolean hasNotice = serverNotice != null && serverNotice.vi() != null && !serverNotice.vi().isBlank();
        notice.setVisible(hasNotice);
        notice.setText(hasNotice ? fit(notice, messages.isVietnamese() || serverNotice.en() == null
                ? serverNotice.vi() : serverNotice.en(), across) : "");
        start.setText(messages.get("attract.touch"));
        scan.setText(fit(scan, messages.get("attract.scan"), across));
        title.setText(fit(title, messages.get("attract.title"), across));
        language.setText(messages.get("lang.toggle"));
        layPictures();
        int perRow = ((java.awt.GridLayout) pictures.getLayout()).getRows() == 2 ? 2 : 4;
        int width = Math.max(200, Math.min(perRow == 2 ? 420 : 320, (across + 160 - 200) / perRow));
        picture(ticket, "attract.action.ticket", "ticket", width);
        picture(guide, "attract.action.guide", "guide", width);
        picture(file, "attract.action.file", "file", width);
        picture(lookup, "attract.lookup", "lookup", width);
        chrome.render();
    }

    /** The text as it is when it fits on one line {@code width} pixels wide, else wrapped there. */
    private static String fit(JLabel label, String text, int width) {
        return label.getFontMetrics(label.getFont()).stringWidth(text) <= width ? text
                : vn.onestop.kiosk.ui.screen.FlowScreen.wrap(text, width, "center");
    }

    private void picture(JButton b, String textKey, String action, int width) {
        b.setText(vn.onestop.kiosk.ui.screen.FlowScreen.wrap(messages.get(textKey), width - 72, "center"));
        b.setIcon(pictograms.action(action, getHeight() > 0 && getHeight() < 900 ? 64 : 96));
    }
}
