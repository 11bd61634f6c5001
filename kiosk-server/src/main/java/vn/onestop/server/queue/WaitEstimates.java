package vn.onestop.server.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a centre's service's wait estimate is made of (the mean of its latest service times and its open counters), kept
 * between the counter actions that change it: every ticket issued needs the estimate, but only a counter finishing
 * a ticket or opening and closing changes it. Kept at most {@link #MAX_AGE_MILLIS}, so changes this process did
 * not make (another process on PostgreSQL, retention deleting old tickets) show within that time.
 */
final class WaitEstimates {
    static final long MAX_AGE_MILLIS = 5_000;
    private final TicketStore tickets;
    private final CounterStore counters;
    private final Clock clock;
    private final int sample;
    private final double defaultMinutes;
    private final Map<String, Inputs> byService = new ConcurrentHashMap<>();
    /** Counts the counter actions seen; inputs read before the latest one are not kept. */
    private final AtomicLong changes = new AtomicLong();

    /** Mean minutes per ticket and open counters of a service, read at {@code readAt} after {@code changes}. */
    private record Inputs(double perTicketMinutes, int openCounters, long readAt, long changes) {}

    WaitEstimates(TicketStore tickets, CounterStore counters, Clock clock, int sample, double defaultMinutes) {
        this.tickets = tickets;
        this.counters = counters;
        this.clock = clock;
        this.sample = sample;
        this.defaultMinutes = defaultMinutes;
    }

    /** Called after a counter action committed (a ticket finished, a counter opened or closed). */
    void changed() {
        changes.incrementAndGet();
    }

    /** Minutes until {@code ahead} people are served: mean service time times people, over open counters. */
    int minutes(Connection c, String centreId, String service, int ahead) throws SQLException {
        if (ahead == 0) {
            return 0;
        }
        return minutes(inputs(c, centreId, service), ahead);
    }

    /** The estimate from kept inputs, or empty when they must be read (then call {@link #minutes}). */
    OptionalInt keptMinutes(String centreId, String service, int ahead) {
        if (ahead == 0) {
            return OptionalInt.of(0);
        }
        Inputs in = kept(key(centreId, service), clock.millis(), changes.get());
        return in == null ? OptionalInt.empty() : OptionalInt.of(minutes(in, ahead));
    }

    private static int minutes(Inputs in, int ahead) {
        return (int) Math.ceil(ahead * in.perTicketMinutes() / Math.max(1, in.openCounters()));
    }

    private static String key(String centreId, String service) {
        return centreId + "/" + service;
    }

    private Inputs kept(String key, long now, long seen) {
        Inputs kept = byService.get(key);
        boolean fresh = kept != null && kept.changes() == seen && now >= kept.readAt()
                && now - kept.readAt() < MAX_AGE_MILLIS;
        return fresh ? kept : null;
    }

    private Inputs inputs(Connection c, String centreId, String service) throws SQLException {
        long now = clock.millis();
        long seen = changes.get();
        Inputs kept = kept(key(centreId, service), now, seen);
        if (kept != null) {
            return kept;
        }
        double perTicket = tickets.recentServiceMinutes(c, centreId, service, sample);
        Inputs read = new Inputs(perTicket < 0 ? defaultMinutes : perTicket, counters.openFor(c, centreId, service),
                now, seen);
        byService.put(key(centreId, service), read);
        return read;
    }
}
