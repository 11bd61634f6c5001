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

    /**
     * One document: its tick button, and (once handed in) "scan", the form and the quantity. The controls sit right
     * of the tick when the row has room for both, else under it, right-aligned (narrow screens, large text).
     */
    private JPanel line(int i, ChecklistLine l, Messages m, int width) {
        JPanel row = new JPanel(new BorderLayout(8, 8));
        row.setOpaque(false);
        row.setAlignmentX(LEFT_ALIGNMENT);
        JButton tick = FormParts.button("filing.doc." + i, l.handedIn() ? "kioskTile" : "kioskSecondary",
                () -> filing.toggleDocument(i));
        JPanel controls = new JPanel(new FlowLayout(FlowLayout.RIGHT, 8, 0));
        controls.setOpaque(false);
        if (l.handedIn() && filing.canScan()) {
            int taken = filing.pages(i).size();
            JButton scan = style(new JButton(taken == 0 ? m.get("filing.doc.scan")
                    : m.get("filing.doc.scanned", taken)), taken == 0 ? "kioskSecondary" : "kioskTile");
            scan.setName("filing.doc." + i + ".scan");
            scan.setPreferredSize(new Dimension(Math.max(200, scan.getPreferredSize().width),
                    Math.max(FormParts.BUTTON_HEIGHT, scan.getPreferredSize().height)));
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
        int controlsWidth = controls.getComponentCount() == 0 ? 0 : controls.getPreferredSize().width;
        // The row is about width px wide less a scroll bar; the tick keeps 130 px around its text.
        boolean beside = width - 20 - controlsWidth - 8 - 130 >= 360;
        String text = (l.handedIn() ? "☑ " : "☐ ") + l.name();
        FormParts.label(tick, text, beside ? width - 20 - controlsWidth - 8 - 130 : Math.max(240, width - 150));
        row.add(tick, BorderLayout.CENTER);
        if (controlsWidth > 0) {
            row.add(controls, beside ? BorderLayout.EAST : BorderLayout.SOUTH);
        }
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
