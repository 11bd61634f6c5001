package vn.onestop.device.scanner;

import java.util.Objects;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Holds the one listener of a scanner and delivers events to it, so that a failing listener never
 * kills a scanner's thread. Thread-safe.
 */
public final class ScanListenerSlot {

    /** Log4j starts on first use, not when this class loads: the kiosk opens its window before it. */
    private static final class Log {
        static final Logger LOG = LogManager.getLogger(ScanListenerSlot.class);
    }

    private volatile ScanListener listener = event -> { };

    public void set(ScanListener newListener) {
        listener = Objects.requireNonNull(newListener, "listener");
    }

    /** Delivers one event; a listener's exception is logged by class only (its message may hold a payload). */
    public void deliver(ScanEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException e) {
            Log.LOG.error("Scan listener threw {} on a {} event from {}; the scanner goes on",
                    e.getClass().getName(), event.getClass().getSimpleName(), event.source());
        }
    }
}
