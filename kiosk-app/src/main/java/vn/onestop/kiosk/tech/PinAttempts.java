package vn.onestop.kiosk.tech;

import java.time.Clock;

/**
 * Wrong technician PINs (security review, finding 8): the first three are free, then each further try must wait
 * 30 s, doubling, at most 15 minutes after the last wrong one. Technician mode can change {@code server.url}, so a PIN
 * must not be guessable by trying all of them at the kiosk. A right PIN clears the count. Used on the event thread.
 */
public final class PinAttempts {
    private static final int FREE = 3;
    private static final long FIRST_WAIT_MS = 30_000;
    private static final long MAX_WAIT_MS = 15 * 60_000;
    private final Clock clock;
    private int wrong;
    private long lastWrongAt;

    public PinAttempts(Clock clock) {
        this.clock = clock;
    }

    /** Seconds before another try is taken, 0 when one may be tried now. */
    public long secondsToWait() {
        if (wrong < FREE) {
            return 0;
        }
        long wait = Math.min(MAX_WAIT_MS, FIRST_WAIT_MS << Math.min(wrong - FREE, 10));
        long left = lastWrongAt + wait - clock.millis();
        return left <= 0 ? 0 : (left + 999) / 1000;
    }

    public void wrong() {
        wrong++;
        lastWrongAt = clock.millis();
    }

    public void right() {
        wrong = 0;
    }
}
