package vn.onestop.server.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The retry schedule (doubling, jittered, capped) and the request signature (both ways) as the contract says. */
class BackoffAndSignaturesTest {
    @Test
    void waitsDoubleWithJitterUpToTheCap() {
        Backoff b = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(30), new SplittableRandom(7));
        for (int attempt = 1; attempt <= 40; attempt++) {
            long full = Math.min(1800_000L, 5000L << Math.min(attempt - 1, 30));
            Duration d = b.delay(attempt);
            assertThat(d.toMillis()).as("attempt " + attempt).isBetween(full / 2, full);
        }
        RandomGenerator lowest = new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public long nextLong(long bound) {
                return 0;
            }
        };
        assertThat(new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(30), lowest).delay(3))
                .isEqualTo(Duration.ofSeconds(10));
        long distinct = java.util.stream.IntStream.range(0, 50).mapToLong(i -> b.delay(4).toMillis()).distinct()
                .count();
        assertThat(distinct).as("servers failing together do not retry together").isGreaterThan(10);
    }

    @Test
    void aSignatureChecksBodySecretAndTime() {
        Signatures s = new Signatures("0123456789abcdef-secret".getBytes(StandardCharsets.UTF_8), 300);
        byte[] body = "{\"status\":\"done\"}".getBytes(StandardCharsets.UTF_8);
        String sig = s.sign(1_800_000_000L, body);
        assertThat(sig).matches("sha256=[0-9a-f]{64}");
        assertThat(s.problem("1800000000", sig, body, 1_800_000_100L)).isNull();
        assertThat(s.problem("1800000000", sig, "{\"status\":\"refused\"}".getBytes(StandardCharsets.UTF_8),
                1_800_000_000L)).contains("does not match");
        assertThat(s.problem("1800000000", sig, body, 1_800_000_301L)).contains("300 s");
        assertThat(s.problem(null, sig, body, 1_800_000_000L)).contains("required");
        assertThat(s.problem("yesterday", sig, body, 1_800_000_000L)).contains("seconds since 1970");
        Signatures other = new Signatures("another-secret-entirely".getBytes(StandardCharsets.UTF_8), 300);
        assertThat(other.problem("1800000000", sig, body, 1_800_000_000L)).contains("does not match");
    }
}
