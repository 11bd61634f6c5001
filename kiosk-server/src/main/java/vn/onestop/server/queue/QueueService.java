package vn.onestop.server.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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

/**
 * Issues and voids tickets and describes queues, per centre: numbering is per centre, service and local day, and a
 * ticket, queue or service of another centre is as unknown as one that does not exist.
 */
public final class QueueService {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private final Database db;
    private final ServerConfig config;
    private final Clock clock;
    private final EventBus events;
    private final TicketStore tickets = new TicketStore();
    private final CounterStore counters = new CounterStore();
    private final CentreSettings settings;
    private final WaitEstimates estimates;
    private final TicketIssuer issuer;

    public QueueService(Database db, ServerConfig config, Clock clock, EventBus events) {
        this.db = db;
        this.config = config;
        this.clock = clock;
        this.events = events;
        this.settings = new CentreSettings(db, config, events);
        this.estimates = new WaitEstimates(tickets, counters, clock, config.estimateSample(),
                config.defaultServiceMinutes());
        this.issuer = new TicketIssuer(db, clock, events, this::today, tickets);
    }

    /** Counter actions call this after they committed: a finished ticket or an opened counter changes estimates. */
    void countersChanged() {
        estimates.changed();
    }

    /** Each centre's kept queue settings (services, priority classes, time zone). */
    public CentreSettings settings() {
        return settings;
    }

    /**
     * At every start: the centre 'main' gets the configured services, priority classes and counters if it has none
     * (the first start); after that the admin pages own them and the configuration no longer changes them.
     */
    public void seed() {
        new CentreSetup(config).seedMain(db);
        settings.drop(vn.onestop.server.centre.Centre.MAIN);
    }

    /** A centre's local day now, e.g. "2026-11-25" (numbering restarts when it changes). */
    public String today(String centreId) {
        return settings.of(centreId).today(clock.instant());
    }

    /**
     * Issues a ticket at a centre (a kiosk's is the one it was enrolled at), or returns the one already issued for
     * this kiosk and idempotency key. A request that is not valid is refused at once (thrown); the future
     * completes once the ticket is durable.
     */
    public CompletableFuture<TicketView> issue(String centreId, String kioskId, IssueTicketRequest request) {
        return issue(centreId, kioskId, request, false);
    }

    /**
     * Issues the ticket of a booking checked in within its window (issue 24): the only way to a ticket of the
     * appointment priority class ({@code booking.priorityClass}), which a plain issue request may not name.
     */
    public CompletableFuture<TicketView> issueBooked(String centreId, String kioskId, IssueTicketRequest request) {
        return issue(centreId, kioskId, request, true);
    }

    private CompletableFuture<TicketView> issue(String centreId, String kioskId, IssueTicketRequest request,
            boolean booked) {
        if (request == null) {
            throw Rejection.invalid("A JSON body with idempotencyKey and serviceCode is required");
        }
        String key = request.idempotencyKey();
        if (key == null || !KEY.matcher(key).matches()) {
            throw Rejection.invalid("idempotencyKey must be 8-64 letters, digits, - or _ (a UUID per tap)");
        }
        CentreSettings.Settings here = settings.of(centreId);
        ServiceInfo service = here.require(request.serviceCode()).info();
        String cls = request.priorityClass() == null || request.priorityClass().isBlank() ? "normal"
                : request.priorityClass();
        int rank = here.rank(cls);
        if (!booked && cls.equals(config.booking().priorityClass())) {
            throw Rejection.invalid("priorityClass '" + cls + "' is given only by checking a booking in");
        }
        if (rank < 0) {
            throw Rejection.invalid("priorityClass '" + cls + "' is not one of the centre's classes");
        }
        OfflineArrival offline = OfflineArrival.of(request, service.code(), clock.instant(), here.zone());
        if (offline != null && kioskId == null) {
            throw Rejection.invalid("Only a kiosk delivers tickets it issued offline");
        }
        TicketIssuer.Request r = new TicketIssuer.Request(centreId, kioskId, key, service.code(), cls, rank);
        return (offline == null ? issuer.issue(r) : issuer.issueLate(r, offline)).thenApply(issued ->
                issued.ahead() < 0 ? view(issued.ticket()) : view(issued.ticket(), issued.ahead()));
    }

    /** Voids a waiting ticket of a centre the citizen does not hold (print failed); a kiosk may void only its own. */
    public TicketView voidTicket(String centreId, String kioskId, String ticketId, String reason, String actor) {
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw Rejection.invalid("reason is required (1-200 characters), e.g. \"print failed: paper out\"");
        }
        Ticket t = db.write(c -> {
            Ticket found = tickets.find(c, centreId, ticketId)
                    .orElseThrow(() -> Rejection.notFound("No ticket " + ticketId));
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
            events.publish(c, "ticket.voided", Map.of("ticketId", ticketId, "number", found.displayNumber(),
                    "centreId", centreId));
            return tickets.find(c, ticketId).orElseThrow();
        });
        return view(t);
    }

    /** A ticket of a centre with the people ahead of it and its estimated wait (404 for another centre's). */
    public TicketView find(String centreId, String ticketId) {
        return view(db.read(c -> tickets.find(c, centreId, ticketId))
                .orElseThrow(() -> Rejection.notFound("No ticket " + ticketId)));
    }

    /** A ticket of any centre (tests and the kiosk's in-process harness). */
    public TicketView find(String ticketId) {
        return view(db.read(c -> tickets.find(c, ticketId))
                .orElseThrow(() -> Rejection.notFound("No ticket " + ticketId)));
    }

    /** Builds the view of a ticket, computing position and estimate now. */
    public TicketView view(Ticket t) {
        settings.of(t.centreId());
        return db.read(c -> {
            int ahead = t.status() == TicketStatus.WAITING ? tickets.ahead(c, t) : 0;
            return view(c, t, ahead);
        });
    }

    /** The view of a ticket whose people ahead are known; reads only when the service's estimate is not kept. */
    public TicketView view(Ticket t, int ahead) {
        settings.of(t.centreId());
        OptionalInt kept = estimates.keptMinutes(t.centreId(), t.serviceCode(), ahead);
        return kept.isPresent() ? view(t, ahead, kept.getAsInt()) : db.read(c -> view(c, t, ahead));
    }

    private TicketView view(Connection c, Ticket t, int ahead) throws SQLException {
        return view(t, ahead, t.status() == TicketStatus.WAITING
                ? estimates.minutes(c, t.centreId(), t.serviceCode(), ahead) : 0);
    }

    private TicketView view(Ticket t, int ahead, int wait) {
        String name = serviceName(t.centreId(), t.serviceCode());
        return new TicketView(t.id(), t.displayNumber(), t.number(), t.serviceCode(), name, t.priorityClass(),
                t.status().code(), Instant.ofEpochMilli(t.issuedAt()), t.serviceDay(), t.counterId(), ahead, wait);
    }

    /** The Vietnamese name of a centre's service (its code when the service was removed since). */
    String serviceName(String centreId, String code) {
        return settings.of(centreId).service(code).map(s -> s.info().nameVi()).orElse(code);
    }

    /** One service's queue as staff see it: the people waiting, the next five numbers, open counters, wait. */
    public record QueueView(String serviceCode, String nameVi, int waiting, List<String> next, int openCounters,
            int estimatedWaitMinutes) {}

    /** Each service's queue of a centre today: waiting count, the next numbers, and the estimate for a new ticket. */
    public List<QueueView> queues(String centreId) {
        String day = today(centreId);
        List<ServiceInfo> services = settings.of(centreId).serviceInfos();
        return db.read(c -> {
            List<QueueView> out = new ArrayList<>();
            for (ServiceInfo s : services) {
                List<Ticket> waiting = tickets.waiting(c, centreId, List.of(s.code()), day, null, 1000);
                out.add(new QueueView(s.code(), s.nameVi(), waiting.size(),
                        waiting.stream().limit(5).map(Ticket::displayNumber).toList(),
                        counters.openFor(c, centreId, s.code()), estimates.minutes(c, centreId, s.code(),
                                waiting.size())));
            }
            return out;
        });
    }

    /** Tickets waiting today in every centre (the metrics gauge). */
    public int waitingEverywhere() {
        List<String> centres = db.read(c -> Rows.list(c, "SELECT id FROM centre", rs -> rs.getString(1)));
        long sum = 0;
        for (String centre : centres) {
            String day = today(centre);
            sum += db.read(c -> Rows.count(c, "SELECT COALESCE(SUM(waiting), 0) FROM ticket_waiting "
                    + "WHERE centre_id = ? AND service_day = ?", centre, day));
        }
        return (int) sum;
    }

    /** A centre's service with its names in Vietnamese and English, or a 400 naming the centre's codes. */
    public ServiceInfo service(String centreId, String code) {
        return settings.of(centreId).require(code).info();
    }
}
