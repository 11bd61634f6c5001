package vn.onestop.server.kiosk;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The kiosks whose tokens were found valid lately, so a kiosk's every request does not query the database for its
 * token. Only valid tokens are kept (a stranger's guesses still reach the database, and cannot fill the cache), by
 * hash; an entry is trusted for {@link #TRUST_MILLIS} and dropped at once when this process revokes the kiosk.
 * With several server processes on PostgreSQL, another process's revocation takes effect here within that time.
 */
final class TokenCache {
    static final long TRUST_MILLIS = 5_000;
    private final Clock clock;
    private final Map<String, Entry> byHash = new ConcurrentHashMap<>();
    /** Counts revocations, so a check that raced with one is not kept. */
    private final AtomicLong revocations = new AtomicLong();

    private record Entry(String kioskId, long checkedAt) {}

    TokenCache(Clock clock) {
        this.clock = clock;
    }

    /** The kiosk of a token hash checked less than {@link #TRUST_MILLIS} ago, or empty. */
    Optional<String> kiosk(String tokenHash) {
        Entry e = byHash.get(tokenHash);
        if (e == null) {
            return Optional.empty();
        }
        long age = clock.millis() - e.checkedAt();
        if (age < 0 || age >= TRUST_MILLIS) {
            byHash.remove(tokenHash, e);
            return Optional.empty();
        }
        return Optional.of(e.kioskId());
    }

    /** Taken before a database check, and given back to {@link #valid}. */
    long revocations() {
        return revocations.get();
    }

    /** Keeps a token found valid by a check that began at {@code revocationsBefore}, unless a revocation came since. */
    void valid(String tokenHash, String kioskId, long revocationsBefore) {
        Entry e = new Entry(kioskId, clock.millis());
        byHash.put(tokenHash, e);
        if (revocations.get() != revocationsBefore) {
            byHash.remove(tokenHash, e);
        }
    }

    void revoked(String kioskId) {
        revocations.incrementAndGet();
        byHash.values().removeIf(e -> e.kioskId().equals(kioskId));
    }
}
