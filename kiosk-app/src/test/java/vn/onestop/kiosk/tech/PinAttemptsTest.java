package vn.onestop.kiosk.tech;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Security review, finding 8: wrong technician PINs are slowed down, then locked out for up to 15 minutes. */
class PinAttemptsTest {
    private Instant now = Instant.parse("2026-11-25T01:00:00Z");
    private final PinAttempts attempts = new PinAttempts(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void threeWrongPinsAreFreeThenTheWaitDoublesUpToFifteenMinutes() {
        for (int i = 0; i < 3; i++) {
            assertThat(attempts.secondsToWait()).isZero();
            attempts.wrong();
        }
        assertThat(attempts.secondsToWait()).isEqualTo(30);
        now = now.plus(Duration.ofSeconds(30));
        assertThat(attempts.secondsToWait()).isZero();
        attempts.wrong();
        assertThat(attempts.secondsToWait()).isEqualTo(60);
        for (int i = 0; i < 10; i++) {
            now = now.plus(Duration.ofMinutes(16));
            attempts.wrong();
        }
        assertThat(attempts.secondsToWait()).as("the lockout's ceiling").isEqualTo(15 * 60);
        now = now.plus(Duration.ofMinutes(15));
        attempts.right();
        assertThat(attempts.secondsToWait()).isZero();
    }
}
