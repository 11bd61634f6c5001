package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import vn.onestop.kiosk.flow.ChecklistLine;
import vn.onestop.kiosk.flow.FilingFlow;
import vn.onestop.kiosk.flow.FilingSession;
import vn.onestop.kiosk.i18n.Messages;

/** Filing page 2: the procedure's documents as a checklist: handed in or not, original or copy, how many. */
final class DocumentsPage extends JPanel {
    private final FilingFlow filing;
    private final JLabel hint = FormParts.text("filing.documents.hint", "kioskSmall");
    private final JPanel lines = FormParts.column();
    private String built = "";

    DocumentsPage(FilingFlow filing) {
        super(new BorderLayout(0, 8));
        this.filing = filing;
        setOpaque(false);
        add(hint, BorderLayout.NORTH);
        JPanel top = new JPanel(new BorderLayout());
        top.setOpaque(false);
        top.add(lines, BorderLayout.NORTH);
        JScrollPane scroll = new JScrollPane(top);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.setOpaque(false);
        scroll.getViewport().setOpaque(false);
        scroll.getVerticalScrollBar().setUnitIncrement(48);
        add(scroll, BorderLayout.CENTER);
    }

    void render(FilingSession s, Messages m, int width) {
        FormParts.set(hint, m.get("filing.documents.hint"), width);
        StringBuilder scanned = new StringBuilder();
        for (int i = 0; i < s.checklist().size(); i++) {
            scanned.append(filing.pages(i).size()).append(',');
        }
        String key = s.checklist() + m.locale().toString() + width + scanned;
        if (key.equals(built)) {
            return;
        }
        built = key;
        lines.removeAll();
        List<ChecklistLine> list = s.checklist();
        for (int i = 0; i < list.size(); i++) {
            lines.add(line(i, list.get(i), m, width));
            lines.add(javax.swing.Box.createVerticalStrut(8));
        }
        lines.revalidate();
    }

    private JPanel line(int i, ChecklistLine l, Messages m, int width) {
        JPanel row = new JPanel(new BorderLayout(8, 0));
        row.setOpaque(false);
        row.setAlignmentX(LEFT_ALIGNMENT);
        JButton tick = FormParts.button("filing.doc." + i, l.handedIn() ? "kioskTile" : "kioskSecondary",
                () -> filing.toggleDocument(i));
        FormParts.label(tick, (l.handedIn() ? "☑ " : "☐ ") + l.name(), Math.max(240, width - 560));
        row.add(tick, BorderLayout.CENTER);
        JPanel controls = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        controls.setOpaque(false);
        if (l.handedIn() && filing.canScan()) {
            int taken = filing.pages(i).size();
            JButton scan = style(new JButton(taken == 0 ? m.get("filing.doc.scan")
                    : m.get("filing.doc.scanned", taken)), taken == 0 ? "kioskSecondary" : "kioskTile");
            scan.setName("filing.doc." + i + ".scan");
            scan.setPreferredSize(new Dimension(200, FormParts.BUTTON_HEIGHT));
            scan.addActionListener(e -> filing.openScan(i));
            controls.add(scan);
        }
        if (l.handedIn()) {
            JButton form = style(new JButton(m.isVietnamese() ? l.form().nameVi() : l.form().nameEn()),
                    "kioskSecondary");
            form.setName("filing.doc." + i + ".form");
            form.setPreferredSize(new Dimension(Math.max(230, form.getPreferredSize().width), FormParts.BUTTON_HEIGHT));
            form.addActionListener(e -> filing.nextForm(i));
            controls.add(form);
            controls.add(key("filing.doc." + i + ".less", "−", () -> filing.quantity(i, -1)));
            JLabel q = style(new JLabel(String.valueOf(l.quantity())), "kioskTitle");
            q.setName("filing.doc." + i + ".quantity");
            controls.add(q);
            controls.add(key("filing.doc." + i + ".more", "+", () -> filing.quantity(i, 1)));
        }
        row.add(controls, BorderLayout.EAST);
        row.setMaximumSize(new Dimension(Integer.MAX_VALUE, row.getPreferredSize().height));
        return row;
    }

    private static JButton key(String name, String text, Runnable action) {
        JButton b = style(new JButton(text), "kioskKey");
        b.setName(name);
        b.setPreferredSize(new Dimension(FormParts.BUTTON_HEIGHT, FormParts.BUTTON_HEIGHT));
        b.addActionListener(e -> action.run());
        return b;
    }
}
