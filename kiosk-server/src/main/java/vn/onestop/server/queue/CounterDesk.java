package vn.onestop.server.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.onestop.server.Rejection;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.db.Database;
import vn.onestop.server.events.EventBus;

/**
 * What a counter does: open, close, call next, recall, no-show, serve, complete, transfer, park, return.
 * Each operation is one write transaction; a ticket moves only if it is still in the expected status
 * ({@code UPDATE ... WHERE status = ?} with its row count checked), so two counters can never get one ticket.
 * Every operation names the centre it acts in: a counter of another centre is the same 404 as an unknown one, and
 * a counter calls only from its own centre's queues. The counter row is read at every press, so a service given to
 * a counter (on the admin pages) is called from at the next press.
 */
public final class CounterDesk {
    private static final Set<TicketStatus> ACTIVE = Set.of(TicketStatus.CALLED, TicketStatus.SERVING);
    private final Database db;
    private final ServerConfig config;
    private final Clock clock;
    private final EventBus events;
    private final QueueService queue;
    private final TicketStore tickets = new TicketStore();
    private final CounterStore counters = new CounterStore();

    public CounterDesk(Database db, ServerConfig config, Clock clock, EventBus events, QueueService queue) {
        this.db = db;
        this.config = config;
        this.clock = clock;
        this.events = events;
        this.queue = queue;
    }

    public void setOpen(String centreId, String counterId, boolean open, String actor) {
        write(c -> {
            counter(c, centreId, counterId);
            counters.setOpen(c, counterId, open, actor);
            events.publish(c, "counter.state", Map.of("counterId", counterId, "open", open, "centreId", centreId));
            return null;
        });
    }

    /** Finishes the counter's current ticket and calls the next one; empty when nobody waits. */
    public Optional<Ticket> callNext(String centreId, String counterId, String actor) {
        return callNext(centreId, counterId, actor, null);
    }

    /**
     * As {@link #callNext(String, String)}, but only when the counter's current ticket is still
     * {@code expectedCurrent} ("" for none; null skips the check): a repeated click or a second browser tab that
     * saw an older state gets a conflict instead of calling a second ticket.
     */
    public Optional<Ticket> callNext(String centreId, String counterId, String actor, String expectedCurrent) {
        CentreSettings.Settings here = queue.settings().of(centreId);
        String day = queue.today(centreId);
        Optional<Ticket> called = write(c -> {
            CounterStore.Counter k = counter(c, centreId, counterId);
            if (!k.open()) {
                throw Rejection.conflict("Counter " + counterId + " is closed: open it before calling");
            }
            Optional<Ticket> current = tickets.current(c, counterId);
            if (expectedCurrent != null && !expectedCurrent.equals(current.map(Ticket::id).orElse(""))) {
                throw Rejection.conflict("Counter " + counterId + " already has ticket "
                        + current.map(Ticket::displayNumber).orElse("(none)") + ": reload before calling again");
            }
            if (current.isPresent()) {
                finish(c, current.get(), current.get().status(), TicketStatus.DONE, actor);
            }
            for (int attempt = 0; attempt < 5; attempt++) {
                Optional<Ticket> next = candidate(c, here, day, k);
                if (next.isEmpty()) {
                    return next;
                }
                long now = clock.millis();
                if (tickets.transition(c, next.get().id(), TicketStatus.WAITING, TicketStatus.CALLED,
                        "called_at = ?, counter_id = ?", now, counterId)) {
                    boolean priority = next.get().priorityRank() < here.normalRank();
                    counters.setStreak(c, counterId, priority ? k.priorityStreak() + 1 : 0);
                    tickets.history(c, next.get().id(), now, TicketStatus.CALLED, counterId, actor);
                    Ticket t = tickets.find(c, next.get().id()).orElseThrow();
                    publishCalled(c, t, false);
                    return Optional.of(t);
                }
            }
            throw Rejection.conflict("Other counters are calling at the same moment: press again");
        });
        return called;
    }

    /**
     * The ticket a counter calls next from its centre's queues of its services. The calling rules are those of the
     * counter's first (preferred) service, or the configured defaults when that service is not known yet.
     */
    private Optional<Ticket> candidate(Connection c, CentreSettings.Settings here, String day, CounterStore.Counter k)
            throws SQLException {
        // The counter row's services as they are now (not the kept settings: a service added with it counts at once).
        List<String> served = k.services();
        if (served.isEmpty()) {
            return Optional.empty();
        }
        PriorityMode mode = here.service(served.get(0)).map(CentreSettings.Service::mode)
                .orElse(config.priorityMode());
        int interleave = here.service(served.get(0)).map(CentreSettings.Service::interleave)
                .orElse(config.interleave());
        if (mode == PriorityMode.INTERLEAVED && k.priorityStreak() >= interleave) {
            Optional<Ticket> normal = tickets.nextWaiting(c, k.centreId(), served, day, here.normalRank());
            if (normal.isPresent()) {
                return normal;
            }
        }
        return tickets.nextWaiting(c, k.centreId(), served, day, null);
    }

    public Ticket recall(String centreId, String counterId, String ticketId, String actor) {
        Ticket t = move(centreId, counterId, ticketId, Set.of(TicketStatus.CALLED), TicketStatus.CALLED,
                "recall_count = recall_count + 1", actor);
        events.publish("ticket.called", calledData(t, true));
        return t;
    }

    public Ticket serve(String centreId, String counterId, String ticketId, String actor) {
        return move(centreId, counterId, ticketId, Set.of(TicketStatus.CALLED), TicketStatus.SERVING, "serving_at = ?", actor,
                clock.millis());
    }

    public Ticket noShow(String centreId, String counterId, String ticketId, String actor) {
        return move(centreId, counterId, ticketId, Set.of(TicketStatus.CALLED), TicketStatus.NO_SHOW, "finished_at = ?", actor,
                clock.millis());
    }

    public Ticket complete(String centreId, String counterId, String ticketId, String actor) {
        return move(centreId, counterId, ticketId, ACTIVE, TicketStatus.DONE, "finished_at = ?", actor, clock.millis());
    }

    public Ticket park(String centreId, String counterId, String ticketId, String actor) {
        return move(centreId, counterId, ticketId, ACTIVE, TicketStatus.PARKED, "", actor);
    }

    /** Moves a called ticket to another service's queue, keeping its issue time (so it is not sent to the back). */
    public Ticket transfer(String centreId, String counterId, String ticketId, String toService, String actor) {
        queue.service(centreId, toService);
        Ticket t = write(c -> {
            Ticket found = owned(c, centreId, counterId, ticketId, ACTIVE);
            if (!tickets.transition(c, ticketId, found.status(), TicketStatus.WAITING,
                    "service_code = ?, transferred_from = ?, counter_id = NULL, called_at = NULL, serving_at = NULL",
                    toService, found.serviceCode())) {
                throw Rejection.conflict("Ticket " + found.displayNumber() + " changed meanwhile: reload");
            }
            long now = clock.millis();
            tickets.history(c, ticketId, now, TicketStatus.TRANSFERRED, counterId, actor);
            tickets.history(c, ticketId, now, TicketStatus.WAITING, null, actor);
            events.publish(c, "ticket.transferred", Map.of("ticketId", ticketId, "number", found.displayNumber(),
                    "serviceCode", toService, "centreId", centreId));
            return tickets.find(c, ticketId).orElseThrow();
        });
        return t;
    }

    /** Puts a parked ticket back in its queue, ahead of later tickets (it keeps its issue time). */
    public Ticket unpark(String centreId, String counterId, String ticketId, String actor) {
        return move(centreId, counterId, ticketId, Set.of(TicketStatus.PARKED), TicketStatus.WAITING,
                "counter_id = NULL, called_at = NULL", actor);
    }

    /** The counter's called or serving ticket, if any. */
    public Optional<Ticket> current(String centreId, String counterId) {
        return db.read(c -> {
            counters.find(c, centreId, counterId).orElseThrow(() -> Rejection.notFound("No counter " + counterId));
            return tickets.current(c, counterId);
        });
    }

    /** A centre's counters with their state and current ticket. */
    public List<CounterOverview> overview(String centreId) {
        return db.read(c -> counters.all(c, centreId).stream().map(k -> new CounterOverview(k.id(), k.name(), k.services(),
                k.open(), k.staffUsername(), currentNumber(c, k.id()))).toList());
    }

    private String currentNumber(Connection c, String counterId) {
        try {
            return tickets.current(c, counterId).map(Ticket::displayNumber).orElse(null);
        } catch (SQLException e) {
            throw new vn.onestop.server.db.StorageException(e);
        }
    }

    private Ticket move(String centreId, String counterId, String ticketId, Set<TicketStatus> from, TicketStatus to,
            String setSql, String actor, Object... params) {
        Ticket t = write(c -> {
            Ticket found = owned(c, centreId, counterId, ticketId, from);
            finish(c, found, found.status(), to, actor, setSql, params);
            events.publish(c, "ticket." + to.code(), Map.of("ticketId", ticketId, "number", found.displayNumber(),
                    "counterId", counterId, "centreId", centreId));
            return tickets.find(c, ticketId).orElseThrow();
        });
        return t;
    }

    private void finish(Connection c, Ticket t, TicketStatus from, TicketStatus to, String actor) throws SQLException {
        finish(c, t, from, to, actor, "finished_at = ?", clock.millis());
    }

    private void finish(Connection c, Ticket t, TicketStatus from, TicketStatus to, String actor, String setSql,
            Object... params) throws SQLException {
        if (!tickets.transition(c, t.id(), from, to, setSql, params)) {
            throw Rejection.conflict("Ticket " + t.displayNumber() + " changed meanwhile: reload");
        }
        tickets.history(c, t.id(), clock.millis(), to, t.counterId(), actor);
    }

    private Ticket owned(Connection c, String centreId, String counterId, String ticketId, Set<TicketStatus> allowed)
            throws SQLException {
        counter(c, centreId, counterId);
        Ticket t = tickets.find(c, centreId, ticketId).orElseThrow(() -> Rejection.notFound("No ticket " + ticketId));
        if (!counterId.equals(t.counterId())) {
            throw Rejection.conflict("Ticket " + t.displayNumber() + " is not at counter " + counterId);
        }
        if (!allowed.contains(t.status())) {
            throw Rejection.conflict("Ticket " + t.displayNumber() + " is " + t.status().code() + "; this needs "
                    + allowed.stream().map(TicketStatus::code).sorted().toList());
        }
        return t;
    }

    /** Runs a counter action; wait estimates are read afresh after it (a ticket finished, a counter opened). */
    private <T> T write(Database.Tx<T> action) {
        try {
            return db.write(action);
        } finally {
            queue.countersChanged();
        }
    }

    private CounterStore.Counter counter(Connection c, String centreId, String id) throws SQLException {
        return counters.findForUpdate(c, centreId, id).orElseThrow(() -> Rejection.notFound("No counter " + id));
    }

    private void publishCalled(Connection c, Ticket t, boolean recall) throws SQLException {
        events.publish(c, "ticket.called", calledData(t, recall));
    }

    private static Map<String, Object> calledData(Ticket t, boolean recall) {
        return Map.of("ticketId", t.id(), "number", t.displayNumber(), "counterId", t.counterId(),
                "serviceCode", t.serviceCode(), "recall", recall, "centreId", t.centreId());
    }
}
