package vn.onestop.device.scanner.wedge;

import java.awt.Component;
import java.awt.EventQueue;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.event.KeyEvent;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.onestop.device.DaemonThreads;
import vn.onestop.device.scanner.CodeScanner;
import vn.onestop.device.scanner.ScanEvent;
import vn.onestop.device.scanner.ScanListener;
import vn.onestop.device.scanner.ScanListenerSlot;

/**
 * A keyboard-wedge (USB HID) scanner seen through AWT key events. A {@link KeyEventDispatcher} holds
 * each typed key back for at most {@code maxKeyGap}: keys that follow one another faster than that
 * (and at least {@code minLength} of them, starting with the prefix if one is set) are a scanner
 * burst, delivered as one code and never reaching the focused field; anything slower is a person and
 * is handed on to the field unchanged, in order. Key handling runs on the AWT event thread; events
 * are delivered on the scanner's own thread.
 */
public final class KeyboardWedgeScanner implements CodeScanner, KeyEventDispatcher {

    private final WedgeSettings settings;
    private final Clock clock;
    private final ScanListenerSlot listener = new ScanListenerSlot();
    private final ExecutorService delivery = Executors.newSingleThreadExecutor(DaemonThreads.named("scanner-wedge"));
    private final ScheduledExecutorService idleTimer = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("scanner-wedge-idle"));
    /** Held key events (typed, pressed and released) of the current candidate burst; AWT thread only. */
    private final List<KeyEvent> held = new ArrayList<>();
    private final StringBuilder typed = new StringBuilder();
    private long lastTypedAt;
    private volatile boolean holding;
    private volatile boolean running;

    public KeyboardWedgeScanner(WedgeSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void onScan(ScanListener newListener) {
        listener.set(newListener);
    }

    /** Installs the dispatcher on the current keyboard focus manager. */
    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(this);
        long period = Math.max(5, settings.maxKeyGap().toMillis() / 2);
        idleTimer.scheduleWithFixedDelay(() -> {
            if (holding) {
                EventQueue.invokeLater(() -> flushIfIdle(System.currentTimeMillis()));
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        synchronized (this) {
            running = false;
            KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(this);
        }
        idleTimer.shutdownNow();
        if (EventQueue.isDispatchThread()) {
            endBurst();
        } else {
            EventQueue.invokeLater(this::endBurst);
        }
        delivery.shutdown();
    }

    /** Called by AWT for every key event before the focused component sees it. */
    @Override
    public boolean dispatchKeyEvent(KeyEvent e) {
        if (!running) {
            return false;
        }
        if (!held.isEmpty() && e.getWhen() - lastTypedAt > settings.maxKeyGap().toMillis()) {
            endBurst(); // the pause ended the burst before this key
        }
        if (e.getID() == KeyEvent.KEY_TYPED) {
            return onTyped(e);
        }
        if (held.isEmpty()) {
            return false; // a person's key, or the press that comes before a first typed key
        }
        held.add(e);
        return true;
    }

    /** Ends a burst that has seen no key for longer than the gap (AWT thread; also the idle timer's job). */
    void flushIfIdle(long nowMillis) {
        if (!held.isEmpty() && nowMillis - lastTypedAt > settings.maxKeyGap().toMillis()) {
            endBurst();
        }
    }

    private boolean onTyped(KeyEvent e) {
        char c = e.getKeyChar();
        if (held.isEmpty() && !canStartBurst(c)) {
            return false;
        }
        held.add(e);
        typed.append(c);
        lastTypedAt = e.getWhen();
        holding = true;
        String suffix = settings.suffix();
        if (!suffix.isEmpty() && typed.length() > suffix.length() && endsWith(typed, suffix)) {
            typed.setLength(typed.length() - suffix.length());
            endBurst();
        }
        return true;
    }

    private boolean canStartBurst(char c) {
        String prefix = settings.prefix();
        if (!prefix.isEmpty()) {
            return c == prefix.charAt(0);
        }
        return settings.suffix().isEmpty() || c != settings.suffix().charAt(0);
    }

    /** Delivers the held keys as one code if they make a burst, else hands them to their fields. */
    private void endBurst() {
        String text = typed.toString();
        boolean burst = text.length() >= settings.minLength() + settings.prefix().length()
                && text.startsWith(settings.prefix());
        if (burst) {
            deliver(text.substring(settings.prefix().length()));
        } else {
            KeyboardFocusManager kfm = KeyboardFocusManager.getCurrentKeyboardFocusManager();
            for (KeyEvent key : held) {
                if (key.getSource() instanceof Component target) {
                    kfm.redispatchEvent(target, key);
                }
            }
        }
        held.clear();
        typed.setLength(0);
        holding = false;
    }

    private void deliver(String code) {
        Optional<String> problem = WedgePayloadCheck.problem(code);
        ScanEvent event = problem.<ScanEvent>map(
                        reason -> new ScanEvent.ScanFailed(reason, ScanEvent.Source.KEYBOARD_WEDGE, clock.instant()))
                .orElseGet(() -> new ScanEvent.CodeScanned(code, ScanEvent.Source.KEYBOARD_WEDGE, clock.instant()));
        if (!delivery.isShutdown()) {
            delivery.execute(() -> listener.deliver(event));
        }
    }

    private static boolean endsWith(StringBuilder sb, String suffix) {
        int offset = sb.length() - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            if (sb.charAt(offset + i) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
