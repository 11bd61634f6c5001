package vn.onestop.server.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The kept token checks: a revocation (here or, after a few seconds, in another process) ends a kiosk's access. */
class TokenCacheTest {
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-26T08:00:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final TokenCache cache = new TokenCache(clock);

    @Test
    void aCheckedTokenIsTrustedForFiveSecondsOnly() {
        cache.valid("hash-a", "kiosk-1", cache.revocations());
        now.set(now.get().plus(Duration.ofMillis(TokenCache.TRUST_MILLIS - 1)));
        assertThat(cache.kiosk("hash-a")).contains("kiosk-1");
        now.set(now.get().plusMillis(1));
        assertThat(cache.kiosk("hash-a")).as("another process may have revoked it: ask the database again").isEmpty();
    }

    @Test
    void aRevocationHereEndsTrustAtOnceEvenForACheckThatRacedWithIt() {
        cache.valid("hash-a", "kiosk-1", cache.revocations());
        cache.valid("hash-b", "kiosk-2", cache.revocations());
        long before = cache.revocations();
        cache.revoked("kiosk-1");
        assertThat(cache.kiosk("hash-a")).isEmpty();
        assertThat(cache.kiosk("hash-b")).contains("kiosk-2");
        cache.valid("hash-a", "kiosk-1", before); // a database check that began before the revocation committed
        assertThat(cache.kiosk("hash-a")).isEmpty();
    }

    @Test
    void aClockSteppedBackDoesNotExtendTrust() {
        cache.valid("hash-a", "kiosk-1", cache.revocations());
        now.set(now.get().minus(Duration.ofMinutes(5)));
        assertThat(cache.kiosk("hash-a")).isEmpty();
    }
}
