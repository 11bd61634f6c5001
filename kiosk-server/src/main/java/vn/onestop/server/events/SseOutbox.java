package vn.onestop.server.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.util.ArrayList;
import java.util.List;

/**
 * What one SSE client is sent, in id order: live events that arrive while the client's catch-up is still being
 * written are held and sent after it, so a live event never overtakes (and so hides) a missed one. Ids only grow;
 * an event at or below the last id sent is a duplicate and skipped.
 */
final class SseOutbox {
    private final SseClient client;
    private final ObjectMapper json;
    private final List<EventBus.LiveEvent> held = new ArrayList<>();
    private boolean live;
    private long sent;

    SseOutbox(SseClient client, ObjectMapper json, long lastSeenId) {
        this.client = client;
        this.json = json;
        this.sent = lastSeenId;
    }

    /** A live event from the bus: sent now, or held until the catch-up is written. */
    synchronized void offer(EventBus.LiveEvent e) {
        if (live) {
            send(e);
        } else {
            held.add(e);
        }
    }

    /** Sends the missed events, then whatever arrived meanwhile, and goes live. */
    synchronized void catchUp(List<EventBus.LiveEvent> missed) {
        missed.forEach(this::send);
        held.forEach(this::send);
        held.clear();
        live = true;
    }

    private void send(EventBus.LiveEvent e) {
        if (e.id() <= sent || client.terminated()) {
            return;
        }
        try {
            client.sendEvent(e.type(), json.writeValueAsString(e.data()), Long.toString(e.id()));
            sent = e.id();
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Event " + e.type() + " cannot be written as JSON", ex);
        }
    }
}
