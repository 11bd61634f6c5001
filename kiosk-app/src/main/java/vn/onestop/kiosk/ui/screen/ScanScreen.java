package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.ImageIcon;
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
    private final JLabel preview = new JLabel("", SwingConstants.CENTER);
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
        preview.setName("scan.preview");
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
        JPanel buttons = new JPanel(new GridLayout(1, 0, 12, 0));
        buttons.setOpaque(false);
        buttons.add(take);
        buttons.add(retake);
        buttons.add(remove);
        buttons.add(done);
        JPanel south = new JPanel(new GridLayout(0, 1, 0, 8));
        south.setOpaque(false);
        south.add(status);
        south.add(count);
        south.add(thumbs);
        south.add(buttons);
        JPanel body = new JPanel(new BorderLayout(0, 12));
        body.setOpaque(false);
        body.setBorder(BorderFactory.createEmptyBorder(4, 48, 24, 48));
        body.add(title, BorderLayout.NORTH);
        body.add(preview, BorderLayout.CENTER);
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
        List<TakenPage> pages = flow.filing().pages(view.document());
        TakenPage page = pages.isEmpty() ? null : pages.get(Math.min(view.selected(), pages.size() - 1));
        if (page != shownPage) {
            shownPage = page;
            preview.setIcon(page == null ? null : new ImageIcon(page.preview()));
            preview.setText(page == null ? messages.get("scan.empty") : "");
        }
        count.setText(pages.isEmpty() ? " " : messages.get("scan.count", view.selected() + 1, pages.size()));
        if (shownThumbs != pages.size() || changed("thumbs", pages.size(), view.selected())) {
            shownThumbs = pages.size();
            thumbs.removeAll();
            for (int i = 0; i < pages.size(); i++) {
                int index = i;
                JButton b = style(new JButton(String.valueOf(i + 1) + (pages.get(i).flagged() ? " !" : "")),
                        i == view.selected() ? "kioskTile" : "kioskKey");
                b.setName("scan.page." + i);
                b.addActionListener(e -> flow.filing().selectPage(index));
                thumbs.add(b);
            }
            thumbs.revalidate();
        }
        status.setText(view.busy() ? messages.get("scan.busy")
                : view.problem() != null ? messages.get("scan.problem." + view.problem())
                : page != null && page.flagged() ? messages.get("scan.problem." + flag(page)) : " ");
        take.setText(messages.get("scan.take"));
        retake.setText(messages.get("scan.retake"));
        remove.setText(messages.get("scan.remove"));
        done.setText(messages.get("scan.done"));
        take.setEnabled(!view.busy());
        retake.setEnabled(!view.busy() && page != null);
        remove.setEnabled(!view.busy() && page != null);
        done.setEnabled(!view.busy());
    }

    private static String flag(TakenPage page) {
        return switch (page.verdict()) {
            case BLANK -> "blank";
            case TOO_DARK -> "too-dark";
            case OK -> "none";
        };
    }
}
