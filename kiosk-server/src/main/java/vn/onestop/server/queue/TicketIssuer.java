package vn.onestop.server.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.TimeOrderedIds;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.kiosk.KioskOfflinePeriods;

/**
 * Stores new tickets: numbering per service and local day, idempotency per kiosk and key, the live event, all in
 * one write transaction, which also counts the people ahead while the ticket is the newest of its service (the
 * day's numbering row stays locked until commit on PostgreSQL, so no later ticket of the service is in yet).
 */
final class TicketIssuer {
    private final Database db;
    private final Clock clock;
    private final EventBus events;
    private final java.util.function.Function<String, String> today;
    private final TicketStore tickets;
    private final KioskOfflinePeriods offlinePeriods = new KioskOfflinePeriods();
    private final TimeOrderedIds ids;
    /** The latest issue time handed out by this process: issue times never go backwards with the clock. */
    private final AtomicLong issueFloor = new AtomicLong();
    /** The newest day each centre's service was numbered for by this process (read from the database on first use). */
    private final Map<String, String> newestDay = new ConcurrentHashMap<>();

    /** A ticket from an issue request, with the people ahead of it when the issuing transaction counted them. */
    record Issued(Ticket ticket, int ahead) {
        static final int NOT_COUNTED = -1;
    }

    /** What a new ticket is: its centre, issuer, idempotency key, service and priority class. */
    record Request(String centreId, String kioskId, String key, String service, String priorityClass, int rank) {}

    /** {@code today}: a centre's local day now. */
    TicketIssuer(Database db, Clock clock, EventBus events, java.util.function.Function<String, String> today,
            TicketStore tickets) {
        this.db = db;
        this.clock = clock;
        this.events = events;
        this.today = today;
        this.tickets = tickets;
        this.ids = new TimeOrderedIds(clock);
    }

    /**
     * Issues a ticket now, or returns the one already issued for the kiosk and key; the future completes once the
     * ticket is durable (see {@link Database#writeAsync}).
     */
    CompletableFuture<Issued> issue(Request r) {
        return db.writeAsync(c -> {
            Optional<Ticket> existing = tickets.findByKey(c, r.kioskId(), r.key());
            if (existing.isPresent()) {
                return repeat(existing.get(), r);
            }
            String day = serviceDay(c, r.centreId(), r.service());
            Ticket made = insert(c, r, day, tickets.nextNumber(c, r.centreId(), r.service(), day, floor()));
            // The newest ticket is the last of its class: everyone waiting in its class or before is ahead.
            int ahead = (int) tickets.waitingUpTo(c, r.centreId(), r.service(), day, r.rank()) - 1;
            return new Issued(made, Math.max(0, ahead));
        });
    }

    /** Stores a ticket a kiosk issued offline (see {@link OfflineArrival}), or returns the one already stored. */
    CompletableFuture<Issued> issueLate(Request r, OfflineArrival offline) {
        return db.writeAsync(c -> {
            Optional<Ticket> existing = tickets.findByKey(c, r.kioskId(), r.key());
            return new Issued(existing.isPresent() ? repeat(existing.get(), r).ticket() : createLate(c, r, offline),
                    Issued.NOT_COUNTED);
        });
    }

    private static Issued repeat(Ticket earlier, Request r) {
        if (!earlier.issueService().equals(r.service()) || !earlier.centreId().equals(r.centreId())) {
            throw Rejection.conflict("idempotencyKey was already used for service " + earlier.issueService());
        }
        return new Issued(earlier, Issued.NOT_COUNTED);
    }

    private long floor() {
        return issueFloor.accumulateAndGet(clock.millis(), Math::max);
    }

    private Ticket insert(Connection c, Request r, String day, TicketStore.Numbered n) throws SQLException {
        Ticket t = new Ticket(ids.next(), r.service(), r.service(), day, n.number(),
                r.priorityClass(), r.rank(), TicketStatus.WAITING, n.issuedAt(), null, null, null, null, 0, null, null,
                null, r.centreId());
        // No history row: the ticket row itself records the issue (issued_at, kiosk_id); history holds the changes.
        tickets.insert(c, t, r.kioskId(), r.key());
        publishIssued(c, t);
        return t;
    }

    /**
     * The day a new ticket of {@code service} is numbered for: today, or a later day this service was already
     * numbered for (the clock stepped back over midnight), so a day's numbering never restarts. The database is
     * asked once per service; after that this process remembers the newest day it numbered.
     */
    private String serviceDay(Connection c, String centreId, String service) throws SQLException {
        String now = today.apply(centreId);
        String key = centreId + "/" + service;
        String newest = newestDay.get(key);
        if (newest == null) {
            newest = tickets.serviceDay(c, centreId, service, now);
        }
        String day = newest.compareTo(now) > 0 ? newest : now;
        newestDay.merge(key, day, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        return day;
    }

    /**
     * Stores a ticket a kiosk issued offline under its printed number, in its queue at its original issue time;
     * one delivered after its day is kept voided (the citizen has gone home). The server still gives it a number
     * of its own (unique per service and day) for its records; counters and the display show the printed one.
     */
    private Ticket createLate(Connection c, Request r, OfflineArrival offline) throws SQLException {
        long now = clock.millis();
        boolean sameDay = offline.serviceDay().equals(today.apply(r.centreId()));
        int number = tickets.nextNumber(c, r.centreId(), r.service(), offline.serviceDay(), 0).number();
        Ticket t = new Ticket(ids.next(), r.service(), r.service(), offline.serviceDay(), number,
                r.priorityClass(), r.rank(), sameDay ? TicketStatus.WAITING : TicketStatus.VOIDED,
                offline.queuedAt(), null, null, sameDay ? null : now, null, 0, null,
                sameDay ? null : "issued offline, delivered after its day", offline.number(), r.centreId());
        tickets.insert(c, t, r.kioskId(), r.key(), offline.issuedAt());
        tickets.history(c, t.id(), now, t.status(), null, "kiosk:" + r.kioskId());
        offlinePeriods.lateTicket(c, r.kioskId(), offline.issuedAt(), now);
        publishIssued(c, t);
        return t;
    }

    private void publishIssued(Connection c, Ticket t) throws SQLException {
        if (t.status() == TicketStatus.WAITING) {
            events.publish(c, "ticket.issued", Map.of("ticketId", t.id(), "number", t.displayNumber(),
                    "serviceCode", t.serviceCode(), "priorityClass", t.priorityClass(), "centreId", t.centreId()));
        }
    }
}
