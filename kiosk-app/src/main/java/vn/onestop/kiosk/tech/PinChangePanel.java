package vn.onestop.kiosk.tech;

import static vn.onestop.kiosk.ui.Styles.style;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.io.IOException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import vn.onestop.kiosk.i18n.Messages;

/**
 * The forced change of the shipped technician PIN: the new PIN twice on the keypad, checked by {@link PinPolicy},
 * then stored hashed through {@code store} on {@code worker}; {@code changed} gets the new check on the event thread.
 */
final class PinChangePanel extends JPanel {
    private final Messages messages;
    private final PinPolicy policy;
    private final PinStore store;
    private final Executor worker;
    private final Consumer<PinCheck> changed;
    private final JLabel title;
    private final JPasswordField field = new JPasswordField(8);
    private final JLabel message = style(new JLabel(" ", SwingConstants.CENTER), "kioskWarning");
    private String first;

    PinChangePanel(Messages messages, PinPolicy policy, PinStore store, Executor worker, Consumer<PinCheck> changed,
            Runnable cancel) {
        super(new BorderLayout(0, 16));
        this.messages = messages;
        this.policy = policy;
        this.store = store;
        this.worker = worker;
        this.changed = changed;
        setName("tech.pin.change");
        setBorder(BorderFactory.createEmptyBorder(48, 400, 48, 400));
        title = style(new JLabel(messages.get("tech.pin.change.new"), SwingConstants.CENTER), "kioskTitle");
        title.setName("tech.pin.change.title");
        message.setName("tech.pin.change.message");
        field.setName("tech.pin.new");
        style(field, "kioskInput");
        JPanel keys = new JPanel(new GridLayout(0, 3, 8, 8));
        for (char d : "1234567890".toCharArray()) {
            JButton k = style(new JButton(String.valueOf(d)), "kioskKey");
            k.setName("tech.pin.new.key." + d);
            k.addActionListener(e -> field.setText(new String(field.getPassword()) + d));
            keys.add(k);
        }
        JButton ok = style(new JButton(messages.get("tech.pin.change.ok")), "kioskPrimary");
        ok.setName("tech.pin.new.ok");
        ok.addActionListener(e -> next());
        JButton close = style(new JButton(messages.get("tech.close")), "kioskSecondary");
        close.setName("tech.pin.new.cancel");
        close.addActionListener(e -> cancel.run());
        keys.add(ok);
        keys.add(close);
        JPanel top = new JPanel(new GridLayout(0, 1, 8, 8));
        top.add(style(new JLabel(messages.get("tech.pin.change.why"), SwingConstants.CENTER), "kioskBody"));
        top.add(title);
        top.add(field);
        top.add(message);
        add(top, BorderLayout.NORTH);
        add(keys, BorderLayout.CENTER);
    }

    /** Starts again from the first entry. */
    void start() {
        first = null;
        field.setText("");
        title.setText(messages.get("tech.pin.change.new"));
        message.setText(" ");
    }

    private void next() {
        String entered = new String(field.getPassword());
        field.setText("");
        if (first == null) {
            String problem = PinPolicy.problem(entered);
            if (problem != null) {
                message.setText(messages.get(problem));
                return;
            }
            first = entered;
            title.setText(messages.get("tech.pin.change.repeat"));
            message.setText(" ");
        } else if (!first.equals(entered)) {
            start();
            message.setText(messages.get("tech.pin.change.mismatch"));
        } else {
            save(policy.stored(entered));
        }
    }

    private void save(String stored) {
        worker.execute(() -> {
            try {
                store.save(stored);
                SwingUtilities.invokeLater(() -> changed.accept(new PinCheck(stored)));
            } catch (IOException e) {
                String why = e.getMessage();
                SwingUtilities.invokeLater(() -> {
                    start();
                    message.setText(messages.get("tech.pin.change.failed", why));
                });
            }
        });
    }
}
