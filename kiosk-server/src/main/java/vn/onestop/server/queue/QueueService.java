package vn.onestop.server.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import vn.onestop.core.wire.IssueTicketRequest;
import vn.onestop.core.wire.ServiceInfo;
import vn.onestop.core.wire.TicketView;
import vn.onestop.server.Rejection;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.events.EventBus;

/** Issues and voids tickets and describes queues; numbering is per service and local day. */
public final class QueueService {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private final Database db;
    private final ServerConfig config;
    private final Clock clock;
    private final EventBus events;
    private final TicketStore tickets = new TicketStore();
    private final CounterStore counters = new CounterStore();
    private final Map<String, ServiceInfo> services = new HashMap<>();
    private final WaitEstimates estimates;
    private final TicketIssuer issuer;

    public QueueService(Database db, ServerConfig config, Clock clock, EventBus events) {
        this.db = db;
        this.config = config;
        this.clock = clock;
        this.events = events;
        config.services().forEach(s -> services.put(s.code(), s));
        this.estimates = new WaitEstimates(tickets, counters, clock, config.estimateSample(),
                config.defaultServiceMinutes());
        this.issuer = new TicketIssuer(db, clock, events, this::today, tickets);
    }

    /** Counter actions call this after they committed: a finished ticket or an opened counter changes estimates. */
    void countersChanged() {
        estimates.changed();
    }

    /** Writes the configured services and counters into the database (at every start). */
    public void seed() {
        db.write(c -> {
            counters.seed(c, config.services(), config.counters());
            return null;
        });
    }

    /** The centre's local day now, e.g. "2026-11-25" (numbering restarts when it changes). */
    public String today() {
        return LocalDate.ofInstant(clock.instant(), config.zone()).toString();
    }

    /**
     * Issues a ticket, or returns the one already issued for this kiosk and idempotency key. A request that is
     * not valid is refused at once (thrown); the future completes once the ticket is durable.
     */
    public CompletableFuture<TicketView> issue(String kioskId, IssueTicketRequest request) {
        return issue(kioskId, request, false);
    }

    /**
     * Issues the ticket of a booking checked in within its window (issue 24): the only way to a ticket of the
     * appointment priority class ({@code booking.priorityClass}), which a plain issue request may not name.
     */
    public CompletableFuture<TicketView> issueBooked(String kioskId, IssueTicketRequest request) {
        return issue(kioskId, request, true);
    }

    private CompletableFuture<TicketView> issue(String kioskId, IssueTicketRequest request, boolean booked) {
        if (request == null) {
            throw Rejection.invalid("A JSON body with idempotencyKey and serviceCode is required");
        }
        String key = request.idempotencyKey();
        if (key == null || !KEY.matcher(key).matches()) {
            throw Rejection.invalid("idempotencyKey must be 8-64 letters, digits, - or _ (a UUID per tap)");
        }
        ServiceInfo service = service(request.serviceCode());
        String cls = request.priorityClass() == null || request.priorityClass().isBlank() ? "normal"
                : request.priorityClass();
        int rank = config.priorityRank(cls);
        if (!booked && cls.equals(config.booking().priorityClass())) {
            throw Rejection.invalid("priorityClass '" + cls + "' is given only by checking a booking in");
        }
        if (rank < 0) {
            throw Rejection.invalid("priorityClass '" + cls + "' is not one of the centre's classes");
        }
        OfflineArrival offline = OfflineArrival.of(request, service.code(), clock.instant(), config.zone());
        if (offline != null && kioskId == null) {
            throw Rejection.invalid("Only a kiosk delivers tickets it issued offline");
        }
        TicketIssuer.Request r = new TicketIssuer.Request(kioskId, key, service.code(), cls, rank);
        return (offline == null ? issuer.issue(r) : issuer.issueLate(r, offline)).thenApply(issued ->
                issued.ahead() < 0 ? view(issued.ticket()) : view(issued.ticket(), issued.ahead()));
    }

    /** Voids a waiting ticket the citizen does not hold (print failed); a kiosk may void only its own. */
    public TicketView voidTicket(String kioskId, String ticketId, String reason, String actor) {
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw Rejection.invalid("reason is required (1-200 characters), e.g. \"print failed: paper out\"");
        }
        Ticket t = db.write(c -> {
            Ticket found = tickets.find(c, ticketId).orElseThrow(() -> Rejection.notFound("No ticket " + ticketId));
            if (kioskId != null && Rows.count(c, "SELECT COUNT(*) FROM ticket WHERE id = ? AND kiosk_id = ?",
                    ticketId, kioskId) == 0) {
                throw Rejection.notFound("No ticket " + ticketId + " issued by this kiosk");
            }
            if (found.status() == TicketStatus.VOIDED) {
                return found;
            }
            if (!tickets.transition(c, ticketId, TicketStatus.WAITING, TicketStatus.VOIDED,
                    "void_reason = ?, finished_at = ?", reason, clock.millis())) {
                throw Rejection.conflict("Ticket " + found.displayNumber() + " is " + found.status().code()
                        + " and can no longer be voided");
            }
            tickets.history(c, ticketId, clock.millis(), TicketStatus.VOIDED, null, actor);
            events.publish(c, "ticket.voided", Map.of("ticketId", ticketId, "number", found.displayNumber()));
            return tickets.find(c, ticketId).orElseThrow();
        });
        return view(t);
    }

    /** A ticket with the people ahead of it and its estimated wait. */
    public TicketView find(String ticketId) {
        return view(db.read(c -> tickets.find(c, ticketId))
                .orElseThrow(() -> Rejection.notFound("No ticket " + ticketId)));
    }

    /** Builds the view of a ticket, computing position and estimate now. */
    public TicketView view(Ticket t) {
        return db.read(c -> {
            int ahead = t.status() == TicketStatus.WAITING ? tickets.ahead(c, t) : 0;
            return view(c, t, ahead);
        });
    }

    /** The view of a ticket whose people ahead are known; reads only when the service's estimate is not kept. */
    private TicketView view(Ticket t, int ahead) {
        OptionalInt kept = estimates.keptMinutes(t.serviceCode(), ahead);
        return kept.isPresent() ? view(t, ahead, kept.getAsInt()) : db.read(c -> view(c, t, ahead));
    }

    private TicketView view(Connection c, Ticket t, int ahead) throws SQLException {
        return view(t, ahead, t.status() == TicketStatus.WAITING ? estimates.minutes(c, t.serviceCode(), ahead) : 0);
    }

    private TicketView view(Ticket t, int ahead, int wait) {
        String name = service(t.serviceCode()).nameVi();
        return new TicketView(t.id(), t.displayNumber(), t.number(), t.serviceCode(), name, t.priorityClass(),
                t.status().code(), Instant.ofEpochMilli(t.issuedAt()), t.serviceDay(), t.counterId(), ahead, wait);
    }

    /** One service's queue as staff see it: the people waiting, the next five numbers, open counters, wait. */
    public record QueueView(String serviceCode, String nameVi, int waiting, List<String> next, int openCounters,
            int estimatedWaitMinutes) {}

    /** Each service's queue today: waiting count, the next numbers, and the estimate for a new ticket. */
    public List<QueueView> queues() {
        return db.read(c -> {
            List<QueueView> out = new ArrayList<>();
            for (ServiceInfo s : config.services()) {
                List<Ticket> waiting = tickets.waiting(c, List.of(s.code()), today(), null, 1000);
                out.add(new QueueView(s.code(), s.nameVi(), waiting.size(),
                        waiting.stream().limit(5).map(Ticket::displayNumber).toList(), counters.openFor(c, s.code()),
                        estimates.minutes(c, s.code(), waiting.size())));
            }
            return out;
        });
    }

    ServiceInfo service(String code) {
        ServiceInfo found = code == null ? null : services.get(code);
        if (found != null) {
            return found;
        }
        throw Rejection.invalid("serviceCode '" + code + "' is not one of the centre's services "
                + config.services().stream().map(ServiceInfo::code).toList());
    }
}
