package vn.onestop.server.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import vn.onestop.server.http.ClientAddress;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;

/**
 * {@code GET /api/v1/events}: the live events of the centre the staff member acts in (their own, or the one named
 * with {@code ?centre=}; a province-wide user may name {@code *} for every centre) as Server-Sent Events. A client reconnecting with
 * {@code Last-Event-ID} first receives what it missed (or a {@code resync} event when the buffer no longer
 * reaches back), then live events (held back while the catch-up is written): {@link SseOutbox#open}. Events are
 * written by the {@link SseSender}'s pool, never on the thread that publishes them (a ticket being issued), and open
 * streams are capped per address and in all.
 */
public final class EventsApi {
    private final EventBus bus;
    private final ObjectMapper json;
    private final SseSender sender;
    private final ClientAddress client;

    public EventsApi(EventBus bus, ObjectMapper json, SseSender sender, ClientAddress client) {
        this.bus = bus;
        this.json = json;
        this.sender = sender;
        this.client = client;
    }

    public void register(RouteTable r) {
        r.get("/api/v1/events", sender.route(client::of, this::stream, "Too many open event streams from this "
                + "address or in all: close some staff pages or try again later"), Access.STAFF);
    }

    private void stream(SseClient sse) {
        String centre = vn.onestop.server.http.Guard.centre(sse.ctx());
        SseOutbox.open(sse, bus, json, centre, EventCentres.only(centre, e -> e), sender.attached(sse));
    }
}
