package vn.onestop.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.Rejection;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.events.SseSender;
import vn.onestop.server.http.ClientAddress;
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
    private static final String ADDRESS = "display.address";
    private static final Set<String> QUEUE_EVENTS = Set.of("ticket.issued", "ticket.voided", "ticket.transferred",
            "ticket.waiting", "ticket.no_show", "ticket.done", "counter.state");
    private final Database db;
    private final QueueService queue;
    private final EventBus bus;
    private final ObjectMapper json;
    private final SseSender sender;
    private final ClientAddress client;

    public DisplayApi(Database db, QueueService queue, EventBus bus, ObjectMapper json, SseSender sender,
            ClientAddress client) {
        this.db = db;
        this.queue = queue;
        this.bus = bus;
        this.json = json;
        this.sender = sender;
        this.client = client;
    }

    public void register(RouteTable r) {
        r.get("/api/v1/display/state", this::state, Access.PUBLIC);
        SseHandler sse = new SseHandler(this::stream);
        // Capped per address and in all (finding 4): past the caps 429, before the stream starts.
        r.get("/api/v1/display/events", ctx -> {
            String address = client.of(ctx);
            if (!sender.tryOpen(address)) {
                throw new Rejection(Rejection.Kind.TOO_MANY, "Too many open display streams from this address or "
                        + "in all: close some displays or try again later");
            }
            ctx.attribute(ADDRESS, address);
            try {
                sse.handle(ctx);
            } catch (Exception | Error e) {
                sender.release(address);
                throw e;
            }
        }, Access.PUBLIC);
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
                    String printed = rs.getString(6);
                    m.put("number", printed != null ? printed
                            : rs.getString(1) + String.format(java.util.Locale.ROOT, "%03d", rs.getInt(2)));
                    m.put("counterId", rs.getString(3));
                    m.put("counterName", rs.getString(4));
                    m.put("calledAt", java.time.Instant.ofEpochMilli(rs.getLong(5)).toString());
                    return m;
                }, day, limit));
    }

    /** The stream: the publishing thread only queues events; the sender's pool writes them (finding 4). */
    private void stream(SseClient client) {
        long last = lastEventId(client.ctx().header("Last-Event-ID"));
        AtomicLong sent = new AtomicLong(last);
        SseSender.Outlet outlet = sender.attach(client, client.ctx().attribute(ADDRESS));
        Consumer<EventBus.LiveEvent> listener = e -> outlet.offer(() -> forward(client, e, sent));
        client.onClose(() -> {
            bus.unsubscribe(listener);
            outlet.closed();
        });
        client.keepAlive();
        EventBus.CatchUp catchUp = bus.subscribe(last, listener);
        if (!catchUp.complete()) {
            client.sendEvent("resync", "{}", null);
        }
        catchUp.missed().forEach(e -> forward(client, e, sent));
        client.sendComment("connected");
        outlet.resume();
    }

    private void forward(SseClient client, EventBus.LiveEvent e, AtomicLong sent) {
        Map<String, Object> data;
        String type;
        if (e.type().equals("ticket.called")) {
            type = "ticket.called";
            data = Map.of("number", e.data().get("number"), "counterId", e.data().get("counterId"),
                    "serviceCode", e.data().get("serviceCode"), "recall", e.data().get("recall"));
        } else if (QUEUE_EVENTS.contains(e.type())) {
            type = "queue.changed";
            data = Map.of();
        } else {
            return;
        }
        synchronized (sent) {
            if (e.id() <= sent.get() || client.terminated()) {
                return;
            }
            try {
                client.sendEvent(type, json.writeValueAsString(data), Long.toString(e.id()));
                sent.set(e.id());
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("Display event cannot be written as JSON", ex);
            }
        }
    }

    private static long lastEventId(String h) {
        if (h == null || h.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(h.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
