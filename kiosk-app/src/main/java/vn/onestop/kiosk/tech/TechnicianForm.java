package vn.onestop.kiosk.tech;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import vn.onestop.kiosk.i18n.Messages;

/** The settings form of technician mode: ports, profile, baud rates, terminator, server, enrolment; tests. */
final class TechnicianForm extends JPanel {
    private static final String[] BAUDS = {"9600", "19200", "38400", "57600", "115200"};
    private final Messages messages;
    private final TechnicianActions actions;
    private final Executor worker;
    private final JComboBox<String> printerPort = combo("tech.printer.port", true);
    private final JComboBox<String> profile = combo("tech.printer.profile", false);
    private final JComboBox<String> printerBaud = combo("tech.printer.baud", true, BAUDS);
    private final JComboBox<String> scannerPort = combo("tech.scanner.port", true);
    private final JComboBox<String> scannerBaud = combo("tech.scanner.baud", true, BAUDS);
    private final JComboBox<String> terminator = combo("tech.scanner.terminator", true, "CR", "LF", "CRLF", "02/03");
    private final JTextField serverUrl = field("tech.server.url");
    private final JTextField enrolment = field("tech.enrolment");
    private final JComboBox<String> voice = combo("tech.voice", false, "false", "true");
    private final JComboBox<String> voiceVolume = combo("tech.voice.volume", false, "0", "10", "20", "30", "40", "50",
            "60", "70", "80", "90", "100");
    private final JLabel lastScan = style(new JLabel(" "), "kioskBody");
    private final JTextArea output = new JTextArea(6, 60);
    private final List<String> ports = new ArrayList<>();

    TechnicianForm(Messages messages, TechnicianActions actions, Executor worker, Runnable close,
            Runnable openNames) {
        super(new BorderLayout(16, 16));
        this.messages = messages;
        this.actions = actions;
        this.worker = worker;
        setBorder(BorderFactory.createEmptyBorder(24, 48, 24, 48));
        JPanel fields = new JPanel(new GridLayout(0, 2, 12, 8));
        row(fields, "tech.printer.port", printerPort);
        row(fields, "tech.printer.profile", profile);
        row(fields, "tech.printer.baud", printerBaud);
        row(fields, "tech.scanner.port", scannerPort);
        row(fields, "tech.scanner.baud", scannerBaud);
        row(fields, "tech.scanner.terminator", terminator);
        row(fields, "tech.server.url", serverUrl);
        row(fields, "tech.enrolment", enrolment);
        row(fields, "tech.voice", voice);
        row(fields, "tech.voice.volume", voiceVolume);
        JPanel buttons = new JPanel(new GridLayout(1, 0, 12, 0));
        buttons.add(button("tech.ports", () -> TechnicianScreen.run(worker, () -> String.join("\n",
                refreshPorts()), this::show)));
        buttons.add(button("tech.test.print", () -> TechnicianScreen.run(worker, actions::testPrint, this::show)));
        buttons.add(button("tech.status", () -> TechnicianScreen.run(worker, actions::printerStatus, this::show)));
        buttons.add(button("tech.save", () -> TechnicianScreen.run(worker, () -> actions.save(values()),
                this::show)));
        buttons.add(button("tech.names", openNames));
        buttons.add(button("tech.close", close));
        output.setName("tech.output");
        output.setEditable(false);
        output.setLineWrap(true);
        lastScan.setName("tech.lastScan");
        JPanel south = new JPanel(new BorderLayout(8, 8));
        south.add(buttons, BorderLayout.NORTH);
        south.add(lastScan, BorderLayout.CENTER);
        south.add(new JScrollPane(output), BorderLayout.SOUTH);
        add(style(new JLabel(messages.get("tech.title")), "kioskTitle"), BorderLayout.NORTH);
        // Scrolls rather than squeezes the rows when the screen is short (the voice rows made ten).
        JScrollPane scroll = new JScrollPane(fields);
        scroll.setBorder(BorderFactory.createEmptyBorder());
        scroll.getVerticalScrollBar().setUnitIncrement(24);
        add(scroll, BorderLayout.CENTER);
        add(south, BorderLayout.SOUTH);
    }

    private List<String> refreshPorts() {
        List<String> found = actions.serialPorts();
        javax.swing.SwingUtilities.invokeLater(() -> {
            ports.clear();
            ports.addAll(found);
            for (JComboBox<String> c : List.of(printerPort, scannerPort)) {
                Object keep = c.getEditor().getItem();
                c.removeAllItems();
                found.forEach(c::addItem);
                c.setSelectedItem(keep);
            }
        });
        return found.isEmpty() ? List.of("-") : found;
    }

    /** Fills the form from the saved settings (worker), and the last scan. */
    void load() {
        output.setText(messages.get("tech.working"));
        worker.execute(() -> {
            Map<String, String> s;
            String problem = null;
            try {
                s = actions.settings();
            } catch (IllegalStateException e) {
                s = Map.of();
                problem = messages.get("tech.settings.unreadable", e.getMessage());
            }
            Map<String, String> saved = s;
            String shown = problem;
            List<String> profiles = actions.printerProfiles();
            String scan = actions.lastScan();
            javax.swing.SwingUtilities.invokeLater(() -> {
                fill(saved, profiles, scan);
                if (shown != null) {
                    output.setText(shown);
                }
            });
        });
    }

    private void fill(Map<String, String> s, List<String> profiles, String scan) {
        profile.removeAllItems();
        profiles.forEach(profile::addItem);
        printerPort.setSelectedItem(s.getOrDefault("printer.port", ""));
        profile.setSelectedItem(s.getOrDefault("printer.profile", "generic-80mm"));
        printerBaud.setSelectedItem(s.getOrDefault("printer.baud", "19200"));
        scannerPort.setSelectedItem(s.getOrDefault("scanner.port", ""));
        scannerBaud.setSelectedItem(s.getOrDefault("scanner.baud", "9600"));
        terminator.setSelectedItem(s.getOrDefault("scanner.terminator", "CR"));
        serverUrl.setText(s.getOrDefault("server.url", ""));
        enrolment.setText("");
        voice.setSelectedItem(s.getOrDefault("voice.guidance", "false").strip());
        voiceVolume.setSelectedItem(s.getOrDefault("voice.volume", "80").strip());
        lastScan.setText(scan);
        output.setText("");
    }

    /** The values to save; the enrolment code only when one was typed. */
    Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("printer.port", SerialPorts.path(text(printerPort)));
        v.put("printer.profile", text(profile));
        v.put("printer.baud", text(printerBaud));
        v.put("scanner.port", SerialPorts.path(text(scannerPort)));
        v.put("scanner.baud", text(scannerBaud));
        v.put("scanner.terminator", text(terminator));
        v.put("server.url", serverUrl.getText().strip());
        v.put("voice.guidance", text(voice));
        v.put("voice.volume", text(voiceVolume));
        if (!enrolment.getText().isBlank()) {
            v.put("server.enrolment.code", enrolment.getText().strip());
        }
        return v;
    }

    private void show(String text) {
        output.setText(text);
        lastScan.setText(actions.lastScan());
    }

    List<String> ports() {
        return List.copyOf(ports);
    }

    private static String text(JComboBox<String> c) {
        Object o = c.isEditable() ? c.getEditor().getItem() : c.getSelectedItem();
        return o == null ? "" : o.toString().strip();
    }

    private void row(JPanel p, String key, JComponent input) {
        p.add(style(new JLabel(messages.get(key)), "kioskBody"));
        p.add(input);
    }

    private JButton button(String key, Runnable action) {
        JButton b = style(new JButton(messages.get(key)), "kioskSecondary");
        b.setName(key);
        b.addActionListener(e -> action.run());
        return b;
    }

    private static JComboBox<String> combo(String name, boolean editable, String... items) {
        JComboBox<String> c = new JComboBox<>(items);
        c.setName(name);
        c.setEditable(editable);
        return c;
    }

    private static JTextField field(String name) {
        JTextField f = new JTextField(30);
        f.setName(name);
        return f;
    }
}
