package vn.onestop.device.serial;

import java.time.Duration;

/** Delay between reopen attempts: starts short, doubles after each failure up to a ceiling. */
final class Backoff {
    private final Duration initial;
    private final Duration max;
    private Duration next;

    Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    /** The delay to wait before the next attempt; doubles the one after it. */
    Duration failed() {
        Duration now = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return now;
    }

    void reset() {
        next = initial;
    }
}
