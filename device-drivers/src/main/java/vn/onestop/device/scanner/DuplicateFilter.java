package vn.onestop.device.scanner;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Suppresses the same code seen again within a window (a card held under the scanner, a QR code in
 * many camera frames). The window restarts at every sighting, so a card held still gives one event.
 * Thread-safe.
 */
public final class DuplicateFilter {

    private final Clock clock;
    private final Duration window;
    private String lastCode;
    private Instant lastSeen;

    public DuplicateFilter(Clock clock, Duration window) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (window.isNegative()) {
            throw new IllegalArgumentException("duplicate window must not be negative: " + window);
        }
        this.window = window;
    }

    /** True if the code should be delivered; false if it repeats the last code within the window. */
    public synchronized boolean isFresh(String code) {
        Instant now = clock.instant();
        boolean repeat = code.equals(lastCode) && lastSeen != null
                && Duration.between(lastSeen, now).compareTo(window) < 0;
        lastCode = code;
        lastSeen = now;
        return !repeat;
    }
}
