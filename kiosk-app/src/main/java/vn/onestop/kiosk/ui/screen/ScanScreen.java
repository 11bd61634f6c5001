package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.ScanView;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.flow.TakenPage;
import vn.onestop.kiosk.i18n.Messages;

/**
 * Scanning one document of the checklist: the page shown large (its preview), one button per page to show it,
 * "scan a page", "scan again", "remove this page" and "done"; a blank or too-dark page and every scanner fault are
 * said in a clear line, and the pages already taken stay.
 */
public final class ScanScreen extends FlowScreen {
    private final JLabel title = style(new JLabel("", SwingConstants.CENTER), "kioskTitle");
    private final JLabel preview = style(new JLabel("", SwingConstants.CENTER), "kioskBody");
    private final PagePicture picture = new PagePicture();
    private final JPanel buttons = new JPanel(new GridLayout(1, 0, 12, 0));
    private final JLabel status = style(new JLabel(" ", SwingConstants.CENTER), "kioskWarning");
    private final JLabel count = style(new JLabel(" ", SwingConstants.CENTER), "kioskBody");
    private final JPanel thumbs = new JPanel(new FlowLayout(FlowLayout.CENTER, 8, 0));
    private final JButton take = style(new JButton(), "kioskPrimary");
    private final JButton retake = style(new JButton(), "kioskSecondary");
    private final JButton remove = style(new JButton(), "kioskSecondary");
    private final JButton done = style(new JButton(), "kioskPrimary");
    private TakenPage shownPage;
    private int shownThumbs = -1;

    public ScanScreen(Messages messages, KioskFlow flow) {
        super(Step.SCAN, messages, flow);
        title.setName("scan.title");
        preview.setName("scan.empty");
        status.setName("scan.status");
        count.setName("scan.count");
        take.setName("scan.take");
        retake.setName("scan.retake");
        remove.setName("scan.remove");
        done.setName("scan.done");
        take.addActionListener(e -> flow.filing().scanPage());
        retake.addActionListener(e -> flow.filing().retake());
        remove.addActionListener(e -> flow.filing().removePage());
        done.addActionListener(e -> flow.filing().finishScan());
        thumbs.setOpaque(false);
        buttons.setOpaque(false);
        buttons.add(take);
        buttons.add(retake);
        buttons.add(remove);
        buttons.add(done);
        // Each line as tall as it needs (a grid would make every line as tall as the buttons), the page gets the rest.
        JPanel south = new JPanel();
        south.setLayout(new javax.swing.BoxLayout(south, javax.swing.BoxLayout.Y_AXIS));
        south.setOpaque(false);
        for (javax.swing.JComponent part : new javax.swing.JComponent[] {status, count, thumbs, buttons}) {
            part.setAlignmentX(CENTER_ALIGNMENT);
            south.add(part);
            south.add(javax.swing.Box.createVerticalStrut(8));
        }
        JPanel body = new JPanel(new BorderLayout(0, 12));
        body.setOpaque(false);
        body.setBorder(BorderFactory.createEmptyBorder(4, 48, 24, 48));
        body.add(title, BorderLayout.NORTH);
        JPanel middle = new JPanel(new BorderLayout());
        middle.setOpaque(false);
        middle.add(preview, BorderLayout.NORTH);
        middle.add(picture, BorderLayout.CENTER);
        body.add(middle, BorderLayout.CENTER);
        body.add(south, BorderLayout.SOUTH);
        add(body, BorderLayout.CENTER);
    }

    @Override
    protected void render(FlowState state) {
        ScanView view = flow.filing().scan().orElse(null);
        if (view == null) {
            return;
        }
        String name = flow.filing().session().map(s -> s.checklist().get(view.document()).name()).orElse("");
        title.setText(wrap(messages.get("scan.title", name)));
        reflowButtons();
        List<TakenPage> pages = flow.filing().pages(view.document());
        TakenPage page = pages.isEmpty() ? null : pages.get(Math.min(view.selected(), pages.size() - 1));
        if (page != shownPage) {
            shownPage = page;
            picture.show(page == null ? null : page.preview());
        }
        preview.setText(page == null ? wrap(messages.get("scan.empty")) : "");
        preview.setVisible(page == null);
        count.setText(pages.isEmpty() ? " " : messages.get("scan.count", view.selected() + 1, pages.size()));
        if (shownThumbs != pages.size() || changed("thumbs", pages.size(), view.selected())) {
            shownThumbs = pages.size();
            thumbs.removeAll();
            for (int i = 0; i < pages.size(); i++) {
                int index = i;
                JButton b = style(new JButton(String.valueOf(i + 1) + (pages.get(i).flagged() ? " !" : "")),
                        i == view.selected() ? "kioskTile" : "kioskKey");
                b.setName("scan.page." + i);
                // a touch target like every other (>= 61 px, the README's 15 mm), however short its label
                java.awt.Dimension d = b.getPreferredSize();
                b.setPreferredSize(new java.awt.Dimension(Math.max(72, d.width), Math.max(72, d.height)));
                b.addActionListener(e -> flow.filing().selectPage(index));
                thumbs.add(b);
            }
            thumbs.revalidate();
        }
        String said = view.busy() ? messages.get("scan.busy")
                : view.problem() != null ? messages.get("scan.problem." + view.problem())
                : page != null && page.flagged() ? messages.get("scan.problem." + flag(page)) : " ";
        status.setText(said.isBlank() ? " " : wrap(said));
        int room = buttonTextWidth();
        take.setText(wrap(messages.get("scan.take"), room, "center"));
        retake.setText(wrap(messages.get("scan.retake"), room, "center"));
        remove.setText(wrap(messages.get("scan.remove"), room, "center"));
        done.setText(wrap(messages.get("scan.done"), room, "center"));
        take.setEnabled(!view.busy());
        retake.setEnabled(!view.busy() && page != null);
        remove.setEnabled(!view.busy() && page != null);
        done.setEnabled(!view.busy());
    }

    /** Four buttons on one row on a wide screen, else two rows of two (narrow screens, large text). */
    private int columns() {
        return textWidth() >= (largeText() ? 2200 : 1700) ? 4 : 2;
    }

    private void reflowButtons() {
        int columns = columns();
        if (((GridLayout) buttons.getLayout()).getColumns() != columns) {
            buttons.setLayout(new GridLayout(0, columns, 12, 8));
        }
    }

    /** Room for a button's text: the row's width shared by the buttons on it, less their padding. */
    private int buttonTextWidth() {
        int columns = columns();
        return Math.max(160, (textWidth() + 64 - 12 * (columns - 1)) / columns - 120);
    }

    /**
     * The page shown: its preview scaled to the room left between the title and the buttons (whole page, aspect
     * kept), so the screen fits any window; a thin frame marks the sheet's edge.
     */
    public static final class PagePicture extends javax.swing.JComponent {
        private java.awt.image.BufferedImage image;

        PagePicture() {
            setName("scan.preview");
            setPreferredSize(new java.awt.Dimension(200, 240));
            setMinimumSize(new java.awt.Dimension(100, 120));
        }

        void show(java.awt.image.BufferedImage shown) {
            image = shown;
            repaint();
        }

        /** The size the page is drawn at in the current bounds; 0x0 when no page is shown. */
        public java.awt.Dimension shownSize() {
            if (image == null) {
                return new java.awt.Dimension();
            }
            double scale = Math.min(getWidth() / (double) image.getWidth(), getHeight() / (double) image.getHeight());
            return new java.awt.Dimension(Math.max(1, (int) (image.getWidth() * scale)),
                    Math.max(1, (int) (image.getHeight() * scale)));
        }

        @Override
        protected void paintComponent(java.awt.Graphics g) {
            if (image == null) {
                return;
            }
            java.awt.Dimension shown = shownSize();
            int w = shown.width;
            int h = shown.height;
            int x = (getWidth() - w) / 2;
            int y = (getHeight() - h) / 2;
            java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
            try {
                g2.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                        java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g2.drawImage(image, x, y, w, h, null);
                g2.setColor(java.awt.Color.GRAY);
                g2.drawRect(x, y, w - 1, h - 1);
            } finally {
                g2.dispose();
            }
        }
    }

    private static String flag(TakenPage page) {
        return switch (page.verdict()) {
            case BLANK -> "blank";
            case TOO_DARK -> "too-dark";
            case OK -> "none";
        };
    }
}
