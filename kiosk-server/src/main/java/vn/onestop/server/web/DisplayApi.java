package vn.onestop.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.onestop.core.ticket.TicketNumber;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.events.SseOutbox;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.queue.QueueService;
import vn.onestop.server.staff.Access;

/**
 * What the hall TV shows, readable without a login: the last calls (ticket number and counter) and the people
 * waiting per service. It carries no personal data and no ticket ids, so a public read-only feed is safe; the
 * TV needs no account and no secret. The stream forwards only {@code ticket.called} (number, counter, service,
 * recall) and a content-free {@code queue.changed}, with the same Last-Event-ID catch-up as the staff stream.
 */
public final class DisplayApi {
    private static final Set<String> QUEUE_EVENTS = Set.of("ticket.issued", "ticket.voided", "ticket.transferred",
            "ticket.waiting", "ticket.no_show", "ticket.done", "counter.state");
    private final Database db;
    private final QueueService queue;
    private final EventBus bus;
    private final ObjectMapper json;

    public DisplayApi(Database db, QueueService queue, EventBus bus, ObjectMapper json) {
        this.db = db;
        this.queue = queue;
        this.bus = bus;
        this.json = json;
    }

    public void register(RouteTable r) {
        r.get("/api/v1/display/state", this::state, Access.PUBLIC);
        r.get("/api/v1/display/events", new SseHandler(this::stream), Access.PUBLIC);
    }

    private void state(Context ctx) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("calls", lastCalls(8));
        out.put("counters", db.read(c -> Rows.list(c, "SELECT id, name FROM counter ORDER BY id",
                rs -> Map.of("id", rs.getString(1), "name", rs.getString(2)))));
        out.put("queues", queue.queues().stream().map(q -> Map.of("serviceCode", q.get("serviceCode"),
                "nameVi", q.get("nameVi"), "waiting", q.get("waiting"))).toList());
        ctx.json(out);
    }

    /** Today's latest calls, newest first: number, counter id and counter name. */
    List<Map<String, Object>> lastCalls(int limit) {
        String day = queue.today();
        return db.read(c -> Rows.list(c, "SELECT t.issue_service, t.number, t.counter_id, k.name, t.called_at, t.offline_number "
                + "FROM ticket t JOIN counter k ON k.id = t.counter_id WHERE t.service_day = ? "
                + "AND t.called_at IS NOT NULL ORDER BY t.called_at DESC LIMIT ?", rs -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("number", TicketNumber.display(rs.getString(1), rs.getInt(2), rs.getString(6)));
                    m.put("counterId", rs.getString(3));
                    m.put("counterName", rs.getString(4));
                    m.put("calledAt", java.time.Instant.ofEpochMilli(rs.getLong(5)).toString());
                    return m;
                }, day, limit));
    }

    private void stream(SseClient client) {
        SseOutbox.open(client, bus, json, DisplayApi::shown);
    }

    /** What the hall sees of an event: a call's number, counter, service and recall, or that a queue changed. */
    private static EventBus.LiveEvent shown(EventBus.LiveEvent e) {
        if (e.type().equals("ticket.called")) {
            return new EventBus.LiveEvent(e.id(), "ticket.called", Map.of("number", e.data().get("number"),
                    "counterId", e.data().get("counterId"), "serviceCode", e.data().get("serviceCode"),
                    "recall", e.data().get("recall")));
        }
        return QUEUE_EVENTS.contains(e.type()) ? new EventBus.LiveEvent(e.id(), "queue.changed", Map.of()) : null;
    }
}
