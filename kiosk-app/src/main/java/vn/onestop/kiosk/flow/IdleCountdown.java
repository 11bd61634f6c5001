package vn.onestop.kiosk.flow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * How long a screen of the flow waits for a touch before the session ends: the idle time on most screens, the done
 * screen's and the rating screen's own times; counted from the last activity, on the injected clock only.
 */
final class IdleCountdown {
    /** Seconds the rating screen waits for a tap before the attract screen returns. */
    static final int RATING_SECONDS = 30;

    private final Clock clock;
    private final Duration idle;
    private final Duration doneShown;
    private Instant lastActivity;

    IdleCountdown(Clock clock, Duration idle, Duration doneShown) {
        this.clock = clock;
        this.idle = idle;
        this.doneShown = doneShown;
        this.lastActivity = clock.instant();
    }

    /** Something happened: the countdown starts again. */
    void restart() {
        lastActivity = clock.instant();
    }

    int idleSeconds() {
        return (int) idle.toSeconds();
    }

    /** The whole wait of a step, in seconds. */
    int limitSeconds(Step step) {
        if (step == Step.RATING) {
            return RATING_SECONDS;
        }
        return step == Step.DONE ? (int) doneShown.toSeconds() : idleSeconds();
    }

    /** What is left of a step's wait since the last activity, in milliseconds (zero or less: the wait is over). */
    long millisLeft(Step step) {
        return limitSeconds(step) * 1000L - Duration.between(lastActivity, clock.instant()).toMillis();
    }
}
