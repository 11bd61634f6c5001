package vn.onestop.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting on a condition with a timeout (never a bare sleep as a wait). */
public final class Wait {
    private Wait() {}

    /** Polls {@code condition} every few milliseconds until it holds; fails with {@code what} after the timeout. */
    public static void until(BooleanSupplier condition, Duration timeout, String what) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError(what + ": not within " + timeout.toMillis() + " ms");
            }
            try {
                Thread.sleep(5); // poll interval
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting: " + what, e);
            }
        }
    }
}
