package vn.onestop.server.connector;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential back-off with jitter and a cap: attempt n waits {@code min(cap, initial * 2^(n-1))}, of which a random
 * half is taken off ("equal jitter"), so servers that failed together do not retry together.
 */
public final class Backoff {
    private final Duration initial;
    private final Duration cap;
    private final RandomGenerator random;

    public Backoff(Duration initial, Duration cap, RandomGenerator random) {
        if (initial.isNegative() || initial.isZero() || cap.compareTo(initial) < 0) {
            throw new IllegalArgumentException("back-off needs 0 < initial <= cap");
        }
        this.initial = initial;
        this.cap = cap;
        this.random = random;
    }

    /** How long to wait after the {@code attempt}-th failed attempt (1 = the first). */
    public Duration delay(int attempt) {
        int doublings = Math.max(0, Math.min(attempt - 1, 30));
        long full = Math.min(cap.toMillis(), initial.toMillis() << doublings);
        if (full <= 0 || full > cap.toMillis()) {
            full = cap.toMillis();
        }
        long half = full / 2;
        return Duration.ofMillis(full - half + (half == 0 ? 0 : random.nextLong(half + 1)));
    }
}
