package vn.onestop.server.booking;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.onestop.server.Rejection;

/**
 * Rate limits of the public booking routes per client address: {@code perMinute} requests a minute, and
 * {@code wrongCodes} unknown booking codes in ten minutes (so codes cannot be enumerated). Counts live in memory and
 * are dropped once their window passes.
 */
final class PublicRate {
    private final Clock clock;
    private final int perMinute;
    private final int wrongCodes;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();

    PublicRate(Clock clock, int perMinute, int wrongCodes) {
        this.clock = clock;
        this.perMinute = perMinute;
        this.wrongCodes = wrongCodes;
    }

    /** Counts a request from {@code address}; 429 past the limit. */
    void request(String address) {
        if (count("r|" + address, 60_000, 1) > perMinute) {
            throw new Rejection(Rejection.Kind.TOO_MANY, "Too many requests from this address: wait a minute");
        }
    }

    /** 429 when {@code address} already tried too many unknown codes. */
    void checkCodes(String address) {
        if (count("w|" + address, 600_000, 0) >= wrongCodes) {
            throw new Rejection(Rejection.Kind.TOO_MANY, "Too many unknown booking codes from this address: try "
                    + "again in ten minutes");
        }
    }

    /** Counts an unknown code from {@code address}. */
    void wrongCode(String address) {
        count("w|" + address, 600_000, 1);
    }

    private long count(String key, long windowMs, int add) {
        long now = clock.millis();
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> e.getValue()[0] + 600_000 <= now);
        }
        long[] w = windows.compute(key, (k, old) -> {
            long[] v = old == null || old[0] + windowMs <= now ? new long[] {now, 0} : old;
            v[1] += add;
            return v;
        });
        return w[1];
    }
}
