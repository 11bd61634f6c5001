package vn.onestop.kiosk.tech;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The hidden way into technician mode: {@code taps} touches in the top-left corner within {@code window}.
 * Pure; one thread.
 */
public final class SecretGesture {
    private final Clock clock;
    private final int taps;
    private final Duration window;
    private final Deque<Instant> recent = new ArrayDeque<>();

    public SecretGesture(Clock clock, int taps, Duration window) {
        this.clock = clock;
        this.taps = taps;
        this.window = window;
    }

    /** A touch at (x, y) on a screen; true when this touch completes the gesture. */
    public boolean touch(int x, int y, int cornerSize) {
        if (x > cornerSize || y > cornerSize) {
            recent.clear();
            return false;
        }
        Instant now = clock.instant();
        recent.addLast(now);
        while (!recent.isEmpty() && Duration.between(recent.peekFirst(), now).compareTo(window) > 0) {
            recent.removeFirst();
        }
        if (recent.size() >= taps) {
            recent.clear();
            return true;
        }
        return false;
    }
}
