package vn.onestop.kiosk.tech;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.awt.GridLayout;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import vn.onestop.kiosk.i18n.Messages;

/**
 * Technician mode: a PIN lock, then the device and server settings form. Blocking work (ports,
 * printing, saving) runs on {@code worker}; results come back on the event thread.
 */
public final class TechnicianScreen extends JPanel {
    private final CardLayout cards = new CardLayout();
    private final Messages messages;
    private volatile PinCheck pin;
    private final PinAttempts attempts = new PinAttempts(java.time.Clock.systemUTC());
    private final TechnicianActions actions;
    private final Executor worker;
    private final PinStore pinStore;
    private final Runnable onClose;
    // Built on first open: the kiosk's start does not wait for the text fields and lists of this screen.
    private JPasswordField pinField;
    private JLabel pinMessage;
    private JLabel notice;
    private TechnicianForm form;
    private StableNamesPanel names;
    private PinChangePanel pinChange;

    /**
     * {@code pinStore} saves a new PIN (hashed): the shipped default PIN opens only the forced change of PIN.
     */
    public TechnicianScreen(Messages messages, PinCheck pin, TechnicianActions actions, Executor worker,
            Runnable onClose, PinStore pinStore) {
        this.messages = messages;
        this.pin = pin;
        this.onClose = onClose;
        this.actions = actions;
        this.worker = worker;
        this.pinStore = pinStore;
        setName("technician");
        setLayout(cards);
    }

    private void build() {
        if (form != null) {
            return;
        }
        pinField = new JPasswordField(8);
        pinMessage = style(new JLabel(" ", SwingConstants.CENTER), "kioskWarning");
        notice = style(new JLabel(" ", SwingConstants.CENTER), "kioskWarning");
        form = new TechnicianForm(messages, actions, worker, this::close, this::openNames);
        names = new StableNamesPanel(messages, actions, worker, this::backToForm);
        pinChange = new PinChangePanel(messages, new PinPolicy(new java.security.SecureRandom()), pinStore,
                worker, this::pinChanged, this::close);
        add(lock(), "lock");
        add(form, "form");
        add(names, "names");
        add(pinChange, "change");
        revalidate();
    }

    private JPanel lock() {
        JPanel p = new JPanel(new BorderLayout(0, 16));
        p.setBorder(BorderFactory.createEmptyBorder(48, 400, 48, 400));
        JLabel title = style(new JLabel(messages.get("tech.pin"), SwingConstants.CENTER), "kioskTitle");
        pinField.setName("tech.pin");
        style(pinField, "kioskInput");
        JPanel keys = new JPanel(new GridLayout(0, 3, 8, 8));
        for (char d : "1234567890".toCharArray()) {
            JButton k = style(new JButton(String.valueOf(d)), "kioskKey");
            k.setName("tech.key." + d);
            k.addActionListener(e -> pinField.setText(new String(pinField.getPassword()) + d));
            keys.add(k);
        }
        JButton ok = style(new JButton(messages.get("tech.pin.ok")), "kioskPrimary");
        ok.setName("tech.pin.ok");
        ok.addActionListener(e -> unlock());
        JButton cancel = style(new JButton(messages.get("tech.close")), "kioskSecondary");
        cancel.setName("tech.pin.cancel");
        cancel.addActionListener(e -> close());
        keys.add(ok);
        keys.add(cancel);
        JPanel top = new JPanel(new GridLayout(0, 1, 8, 8));
        top.add(title);
        top.add(pinField);
        top.add(pinMessage);
        notice.setName("tech.notice");
        JPanel head = new JPanel(new BorderLayout(0, 8));
        head.add(notice, BorderLayout.NORTH);
        head.add(top, BorderLayout.CENTER);
        p.add(head, BorderLayout.NORTH);
        p.add(keys, BorderLayout.CENTER);
        return p;
    }

    /** Shows the PIN lock (every time technician mode is opened). */
    public void open() {
        build();
        pinField.setText("");
        pinMessage.setText(" ");
        notice.setText(" ");
        cards.show(this, "lock");
    }

    /**
     * Shows the PIN lock with a notice that this kiosk is not enrolled and needs the server address and an
     * enrolment code (first start of a new kiosk); says so when technician mode has no PIN set.
     */
    public void openForEnrolment() {
        open();
        String key = pin.enabled() ? "tech.enrol.needed" : "tech.enrol.needed.nopin";
        notice.setText("<html><div style='text-align:center;width:520px'>" + messages.get(key) + "</div></html>");
    }

    private void openNames() {
        names.open();
        cards.show(this, "names");
    }

    private void backToForm() {
        form.load();
        cards.show(this, "form");
    }

    private void unlock() {
        String entered = new String(pinField.getPassword());
        pinField.setText("");
        long wait = attempts.secondsToWait();
        if (wait > 0) {
            pinMessage.setText(messages.get("tech.pin.locked", wait));
            return;
        }
        boolean ok = pin.matches(entered);
        if (ok) {
            attempts.right();
        } else {
            attempts.wrong();
        }
        if (ok && PinPolicy.isDefault(entered)) {
            pinChange.start();
            cards.show(this, "change");
        } else if (ok) {
            form.load();
            cards.show(this, "form");
        } else {
            pinMessage.setText(messages.get("tech.pin.wrong"));
        }
    }

    private void pinChanged(PinCheck changed) {
        pin = changed;
        form.load();
        cards.show(this, "form");
    }

    private void close() {
        cards.show(this, "lock");
        onClose.run();
    }

    /** Runs {@code work} on the worker and shows its text (or the error) in the form. */
    static void run(Executor worker, Supplier<String> work, java.util.function.Consumer<String> show) {
        worker.execute(() -> {
            String text;
            try {
                text = work.get();
            } catch (RuntimeException e) {
                text = "Error: " + e.getMessage();
            }
            String result = text;
            SwingUtilities.invokeLater(() -> show.accept(result));
        });
    }

    /** For tests: the serial ports shown. */
    List<String> ports() {
        build();
        return form.ports();
    }
}
