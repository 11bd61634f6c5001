package vn.onestop.server.queue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.util.Map;
import java.util.Set;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.events.EventCentres;
import vn.onestop.server.events.SharedView;
import vn.onestop.server.events.SseOutbox;
import vn.onestop.server.events.SseSender;
import vn.onestop.server.http.ClientAddress;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;

/**
 * The hall TV's HTTP calls, readable without a login, each for the centre named with {@code ?centre=} ('main' when
 * none): the {@link DisplayBoard} (last calls, counters, people
 * waiting per service) and its live stream. It carries no personal data and no ticket ids, so a public read-only feed is safe; the
 * TV needs no account and no secret. The stream forwards only {@code ticket.called} (number, counter, service,
 * recall) and a content-free {@code queue.changed}, with the same Last-Event-ID catch-up as the staff stream.
 */
public final class DisplayApi {
    private static final Set<String> QUEUE_EVENTS = Set.of("ticket.issued", "ticket.voided", "ticket.transferred",
            "ticket.waiting", "ticket.no_show", "ticket.done", "counter.state", "ticket.parked");
    private final DisplayBoard board;
    private final EventBus bus;
    private final ObjectMapper json;
    private final SseSender sender;
    private final ClientAddress client;
    /** What the hall sees of an event, made once for every display of every centre. */
    private final SharedView hallView = new SharedView(DisplayApi::shown);

    public DisplayApi(DisplayBoard board, EventBus bus, ObjectMapper json, SseSender sender, ClientAddress client) {
        this.board = board;
        this.bus = bus;
        this.json = json;
        this.sender = sender;
        this.client = client;
    }

    public void register(RouteTable r) {
        r.get("/api/v1/display/state", ctx -> ctx.json(board.state(centre(ctx))), Access.PUBLIC);
        // Capped per address and in all (security review, finding 4): past the caps 429, before the stream starts.
        io.javalin.http.Handler events = sender.route(client::of, this::stream, "Too many open display streams from "
                + "this address or in all: close some displays or try again later");
        r.get("/api/v1/display/events", ctx -> {
            centre(ctx);
            events.handle(ctx);
        }, Access.PUBLIC);
    }

    /** The centre the display names with {@code ?centre=} ('main' when none); 404 when there is no such centre. */
    private String centre(io.javalin.http.Context ctx) {
        String centre = Guard.centre(ctx);
        if (!board.centreExists(centre)) {
            throw vn.onestop.server.Rejection.notFound("No centre '" + centre + "'");
        }
        return centre;
    }

    /**
     * The stream of the display's centre only: the publishing thread only queues events; the sender's pool writes
     * them (finding 4).
     */
    private void stream(SseClient sse) {
        String centre = Guard.centre(sse.ctx());
        SseOutbox.open(sse, bus, json, centre, EventCentres.only(centre, hallView), sender.attached(sse));
    }

    /** What the hall sees of an event: a call's number, counter, service and recall, or that a queue changed. */
    private static EventBus.LiveEvent shown(EventBus.LiveEvent e) {
        // A recall also publishes its status move as a "ticket.called" without service or recall flag (CounterDesk.move):
        // Map.of would throw on its nulls and end the stream, so only the full call event is shown.
        if (e.type().equals("ticket.called") && e.data().get("recall") != null) {
            return new EventBus.LiveEvent(e.id(), "ticket.called", Map.of("number", e.data().get("number"),
                    "counterId", e.data().get("counterId"), "serviceCode", e.data().get("serviceCode"),
                    "recall", e.data().get("recall")));
        }
        return QUEUE_EVENTS.contains(e.type()) ? new EventBus.LiveEvent(e.id(), "queue.changed", Map.of()) : null;
    }
}
