package vn.onestop.server.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;

/**
 * {@code GET /api/v1/events}: the centre's live events as Server-Sent Events. A client reconnecting with
 * {@code Last-Event-ID} first receives what it missed (or a {@code resync} event when the buffer no longer
 * reaches back), then live events (held back while the catch-up is written): {@link SseOutbox#open}.
 */
public final class EventsApi {
    private final EventBus bus;
    private final ObjectMapper json;

    public EventsApi(EventBus bus, ObjectMapper json) {
        this.bus = bus;
        this.json = json;
    }

    public void register(RouteTable r) {
        SseHandler sse = new SseHandler(this::stream);
        r.get("/api/v1/events", sse, Access.STAFF);
    }

    private void stream(SseClient client) {
        SseOutbox.open(client, bus, json, e -> e);
    }
}
