package vn.onestop.kiosk.ui.screen;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.text.NumberFormat;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import vn.onestop.core.catalogue.CitizenText;
import vn.onestop.core.catalogue.OnlineLevel;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.PrinterAvailability;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;

/** What the procedure needs (documents, fee, time, online filing, post) and the one button that prints. */
public final class InfoScreen extends FlowScreen {
    private final JLabel title = style(new JLabel("", SwingConstants.CENTER), "kioskTitle");
    private final JPanel facts = new JPanel();
    private final TextLines lines = new TextLines(facts);
    private final JLabel printer = style(new JLabel(" ", SwingConstants.CENTER), "kioskWarning");
    private final JButton take = style(new JButton(), "kioskPrimary");
    private final JButton priority = style(new JButton(), "kioskSecondary");
    private final JButton file = style(new JButton(), "kioskPrimary");
    private final JButton guide = style(new JButton(), "kioskPrimary");
    private final JPanel takeRow = new JPanel(new GridLayout(1, 0, 12, 0));

    public InfoScreen(Messages messages, KioskFlow flow) {
        super(Step.INFO, messages, flow);
        title.setName("info.title");
        printer.setName("info.printer");
        take.setName("info.take");
        priority.setName("info.priority");
        take.addActionListener(e -> flow.takeTicket());
        priority.addActionListener(e -> flow.askPriority());
        file.setName("info.file");
        guide.setName("info.guide");
        guide.addActionListener(e -> flow.guide().open());
        takeRow.setOpaque(false);
        file.addActionListener(e -> flow.startFiling());
        facts.setLayout(new BoxLayout(facts, BoxLayout.Y_AXIS));
        facts.setOpaque(false);
        JPanel actions = new JPanel(new java.awt.GridBagLayout());
        actions.setOpaque(false);
        java.awt.GridBagConstraints c = new java.awt.GridBagConstraints();
        c.gridx = 0;
        c.weightx = 1;
        c.fill = java.awt.GridBagConstraints.HORIZONTAL;
        c.insets = new java.awt.Insets(4, 0, 4, 0);
        actions.add(printer, c);
        actions.add(takeRow, c);
        actions.add(priority, c);
        JPanel body = new JPanel(new BorderLayout(0, 16));
        body.setOpaque(false);
        body.setBorder(BorderFactory.createEmptyBorder(4, 48, 24, 48));
        body.add(title, BorderLayout.NORTH);
        body.add(facts, BorderLayout.CENTER);
        add(body, BorderLayout.CENTER);
        actions.setBorder(BorderFactory.createEmptyBorder(0, 48, 8, 48));
        footer(actions);
    }

    @Override
    protected void render(FlowState state) {
        Procedure p = state.procedure();
        if (p == null) {
            return;
        }
        title.setText(wrap(pick(p.nameVi(), p.nameEn())));
        if (changed("facts", p.code(), flow.canFile(), p.channel())) {
            lines.begin();
            facts(p);
            where(p);
            lines.end();
        }
        showPrinter(state);
        showFiling(state);
    }

    /**
     * "How to file online" first for a procedure filed online, "prepare the dossier here" when the catalogue and
     * the card allow it, and "take a ticket".
     */
    private void showFiling(FlowState state) {
        file.setEnabled(state.printer().canPrint());
        file.setText(wrap(messages.get("info.file"), buttonTextWidth(), "center"));
        guide.setText(wrap(messages.get("info.guide"), buttonTextWidth(), "center"));
        boolean shown = file.getParent() == takeRow;
        boolean guideShown = guide.getParent() == takeRow;
        int columns = columns();
        if (((GridLayout) takeRow.getLayout()).getColumns() != (columns == 1 ? 1 : 0)) {
            takeRow.setLayout(columns == 1 ? new GridLayout(0, 1, 0, 8) : new GridLayout(1, 0, 12, 0));
        }
        if (shown != flow.canFile() || guideShown != flow.guide().available() || takeRow.getComponentCount() == 0) {
            takeRow.removeAll();
            if (flow.guide().available()) {
                takeRow.add(guide);
            }
            if (flow.canFile()) {
                takeRow.add(file);
            }
            takeRow.add(take);
        }
    }

    /** Where a dossier of this procedure is filed when it is not filed here (a line under the facts). */
    private void where(Procedure p) {
        if (flow.canFile()) {
            return;
        }
        lines.add(messages.get(p.fileableAtKiosk() && p.processingDays() != null
                ? "info.file.scan" : "info.file.elsewhere", p.serviceCode()), textWidth(), "kioskBody", "info.where");
    }

    private void facts(Procedure p) {
        fact(messages.get("info.documents"), "kioskBodyStrong");
        for (String doc : CitizenText.documents(p)) {
            fact("☐ " + doc, "kioskBody");
        }
        if (!CitizenText.hiddenDocuments(p).isEmpty() || !CitizenText.confirmed(p, "documents")) {
            fact("☐ " + messages.get("info.documents.more"), "kioskBody");
        }
        fact(fee(p), "kioskBody");
        fact(days(p), "kioskBody");
        fact(messages.get(switch (p.channel()) {
            case ONLINE_ONLY -> "info.channel.online_only";
            case ONLINE_OR_COUNTER -> p.online() == OnlineLevel.FULL ? "info.online.full" : "info.online.partial";
            case COUNTER_ONLY -> "info.online.none";
        }), "kioskBody");
        if (Boolean.TRUE.equals(p.postalReturn()) && CitizenText.confirmed(p, "postal_return")) {
            fact(messages.get("info.postal"), "kioskBody");
        }
    }

    private void showPrinter(FlowState state) {
        boolean canPrint = state.printer().canPrint();
        printer.setText(state.printer() == PrinterAvailability.PAUSED ? messages.get("printer.paused") : " ");
        printer.setVisible(state.printer() == PrinterAvailability.PAUSED);
        take.setEnabled(canPrint);
        priority.setEnabled(canPrint);
        String takeText = state.priority() == null ? messages.get("info.take")
                : messages.get("info.take.priority", messages.get("priority." + state.priority()));
        take.setText(flow.canFile() || flow.guide().available() ? wrap(takeText, buttonTextWidth(), "center") : takeText);
        priority.setText(messages.get("info.priority"));
        priority.setVisible(state.priority() == null);
    }

    /**
     * How many of the buttons stand side by side: all (two, or three with "how to file online") when each keeps room
     * for its text, else one under the other (portrait screens with large text).
     */
    private int columns() {
        int buttons = 1 + (flow.canFile() ? 1 : 0) + (flow.guide().available() ? 1 : 0);
        return buttons > 2 && roomFor(buttons) < (largeText() ? 420 : 260) ? 1 : buttons;
    }

    private int roomFor(int columns) {
        return (textWidth() + 64 - 12 * (columns - 1)) / columns - (columns > 2 ? 80 : 120);
    }

    /** Room for the text of one of the buttons of a row. */
    private int buttonTextWidth() {
        return Math.max(160, roomFor(columns()));
    }

    private void fact(String text, String styleClass) {
        lines.add(text, textWidth(), styleClass, null);
    }

    private String fee(Procedure p) {
        if (p.feeVnd() == null || !CitizenText.confirmed(p, "fee_vnd")) {
            return messages.get("info.fee.unknown");
        }
        if (p.feeVnd() == 0) {
            return messages.get("info.fee.free");
        }
        return messages.get("info.fee", NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi"))
                .format(p.feeVnd()) + " đ");
    }

    private String days(Procedure p) {
        if (p.processingDays() == null || !CitizenText.confirmed(p, "processing_days")) {
            return messages.get("info.days.unknown");
        }
        return p.processingDays() == 0 ? messages.get("info.days.same")
                : messages.get("info.days", p.processingDays());
    }
}
