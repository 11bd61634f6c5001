package vn.onestop.kiosk.tech;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import vn.onestop.kiosk.i18n.Messages;

/**
 * Technician mode's stable device names: the serial devices seen with their USB IDs; the technician marks
 * one as the printer and one as the scanner, then the kiosk writes and applies the udev rule
 * ({@link TechnicianActions#nameDevices}). Device work runs on {@code worker}.
 */
final class StableNamesPanel extends JPanel {
    private final Messages messages;
    private final TechnicianActions actions;
    private final Executor worker;
    private final List<UsbSerialDevice> devices = new ArrayList<>();
    private final DefaultListModel<String> rows = new DefaultListModel<>();
    private final JList<String> list = new JList<>(rows);
    private final JLabel printerChoice = style(new JLabel(" "), "kioskBody");
    private final JLabel scannerChoice = style(new JLabel(" "), "kioskBody");
    private final JTextArea output = new JTextArea(5, 60);
    private UsbSerialDevice printer;
    private UsbSerialDevice scanner;

    StableNamesPanel(Messages messages, TechnicianActions actions, Executor worker, Runnable back) {
        super(new BorderLayout(16, 16));
        this.messages = messages;
        this.actions = actions;
        this.worker = worker;
        setName("tech.names");
        setBorder(BorderFactory.createEmptyBorder(24, 48, 24, 48));
        list.setName("tech.names.list");
        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setFixedCellHeight(56);
        style(list, "kioskBody");
        printerChoice.setName("tech.names.printer.chosen");
        scannerChoice.setName("tech.names.scanner.chosen");
        output.setName("tech.names.output");
        output.setEditable(false);
        output.setLineWrap(true);
        output.setWrapStyleWord(true);
        JPanel buttons = new JPanel(new GridLayout(1, 0, 12, 0));
        buttons.add(button("tech.names.refresh", this::open));
        buttons.add(button("tech.names.printer", () -> choose(true)));
        buttons.add(button("tech.names.scanner", () -> choose(false)));
        buttons.add(button("tech.names.write", this::write));
        buttons.add(button("tech.names.back", back));
        JPanel choices = new JPanel(new GridLayout(0, 1, 4, 4));
        choices.add(printerChoice);
        choices.add(scannerChoice);
        choices.add(buttons);
        JPanel south = new JPanel(new BorderLayout(8, 8));
        south.add(choices, BorderLayout.NORTH);
        south.add(new JScrollPane(output), BorderLayout.CENTER);
        JPanel north = new JPanel(new GridLayout(0, 1, 4, 4));
        north.add(style(new JLabel(messages.get("tech.names.title")), "kioskTitle"));
        north.add(style(new JLabel(messages.get("tech.names.help")), "kioskBody"));
        add(north, BorderLayout.NORTH);
        add(new JScrollPane(list), BorderLayout.CENTER);
        add(south, BorderLayout.SOUTH);
    }

    /** Lists the devices again (worker) and forgets the choices. */
    void open() {
        printer = null;
        scanner = null;
        showChoices();
        output.setText(messages.get("tech.working"));
        worker.execute(() -> {
            List<UsbSerialDevice> found = actions.usbSerialDevices();
            SwingUtilities.invokeLater(() -> fill(found));
        });
    }

    private void fill(List<UsbSerialDevice> found) {
        devices.clear();
        devices.addAll(found);
        rows.clear();
        found.forEach(d -> rows.addElement(d.label()));
        output.setText(found.isEmpty() ? messages.get("tech.names.none") : "");
    }

    private void choose(boolean asPrinter) {
        int i = list.getSelectedIndex();
        if (i < 0 || i >= devices.size()) {
            output.setText(messages.get("tech.names.select"));
            return;
        }
        if (asPrinter) {
            printer = devices.get(i);
        } else {
            scanner = devices.get(i);
        }
        output.setText("");
        showChoices();
    }

    private void showChoices() {
        printerChoice.setText(messages.get("tech.names.printer.is", printer == null ? "-" : printer.label()));
        scannerChoice.setText(messages.get("tech.names.scanner.is", scanner == null ? "-" : scanner.label()));
    }

    private void write() {
        if (printer == null || scanner == null) {
            output.setText(messages.get("tech.names.choose"));
            return;
        }
        UsbSerialDevice p = printer;
        UsbSerialDevice s = scanner;
        output.setText(messages.get("tech.working"));
        TechnicianScreen.run(worker, () -> actions.nameDevices(p, s), output::setText);
    }

    private JButton button(String key, Runnable action) {
        JButton b = style(new JButton(messages.get(key)), "kioskSecondary");
        b.setName(key);
        b.addActionListener(e -> action.run());
        return b;
    }
}
