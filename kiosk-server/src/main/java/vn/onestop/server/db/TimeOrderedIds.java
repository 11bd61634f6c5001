package vn.onestop.server.db;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * UUIDs of version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. New rows' keys sort after the
 * existing ones, so a primary-key index grows at its end: a group commit of many tickets changes one or two index
 * pages instead of one random page per ticket (with random UUIDs every insert landed on a different page, and
 * each of those pages was written to the log at commit). Still unguessable: the random part comes from
 * {@link SecureRandom}.
 */
public final class TimeOrderedIds {
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TimeOrderedIds(Clock clock) {
        this.clock = clock;
    }

    public String next() {
        long millis = clock.millis() & 0xFFFF_FFFF_FFFFL;
        long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low).toString();
    }
}
