package vn.onestop.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand; thread-safe. UTC unless a zone is given (the centre's is Asia/Ho_Chi_Minh). */
public final class TestClock extends Clock {
    /** The centres' time zone (Vietnam, UTC+7, no daylight saving). */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ZoneId zone;
    private volatile Instant now;

    public TestClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    public TestClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** Moves the clock on (or back, with a negative duration). */
    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    /** Sets the clock to {@code instant} (also backwards, as a corrected system clock does). */
    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same moving time seen in another zone: both views move together. */
    @Override
    public Clock withZone(ZoneId other) {
        return other.equals(zone) ? this : new Clock() {
            @Override
            public ZoneId getZone() {
                return other;
            }

            @Override
            public Clock withZone(ZoneId z) {
                return TestClock.this.withZone(z);
            }

            @Override
            public Instant instant() {
                return TestClock.this.instant();
            }
        };
    }

    @Override
    public Instant instant() {
        return now;
    }
}
