package vn.onestop.server.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.sse.SseClient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What one SSE client is sent, in id order: live events that arrive while the client's catch-up is still being
 * written are held and sent after it, so a live event never overtakes (and so hides) a missed one. Ids only grow;
 * an event at or below the last id sent is a duplicate and skipped. A view decides what the client sees of each
 * event (all of it for staff, a public subset for the hall display). {@link #open} is the one catch-up of every
 * event stream.
 */
public final class SseOutbox {
    private final SseClient client;
    private final ObjectMapper json;
    private final UnaryOperator<EventBus.LiveEvent> view;
    private final List<EventBus.LiveEvent> held = new ArrayList<>();
    private boolean live;
    private long sent;

    private SseOutbox(SseClient client, ObjectMapper json, long lastSeenId, UnaryOperator<EventBus.LiveEvent> view) {
        this.client = client;
        this.json = json;
        this.sent = lastSeenId;
        this.view = view;
    }

    /**
     * Streams the bus to a client that may be reconnecting with {@code Last-Event-ID}: first what it missed (or a
     * {@code resync} event when the buffer no longer reaches back), then live events.
     *
     * @param view what the client sees of an event: the event as sent (same id), or null to send nothing
     */
    public static void open(SseClient client, EventBus bus, ObjectMapper json, UnaryOperator<EventBus.LiveEvent> view) {
        open(client, bus, json, view, null);
    }

    /**
     * As {@link #open(SseClient, EventBus, ObjectMapper, UnaryOperator)}, with live events written by an
     * {@link SseSender} outlet off the publishing thread (null: written on the publishing thread).
     */
    public static void open(SseClient client, EventBus bus, ObjectMapper json, UnaryOperator<EventBus.LiveEvent> view,
            SseSender.Outlet outlet) {
        open(client, bus, json, null, view, outlet);
    }

    /**
     * As {@link #open(SseClient, EventBus, ObjectMapper, UnaryOperator, SseSender.Outlet)} for a stream that shows
     * only one centre's events ({@code centreId}; null or {@value EventCentres#ALL}: any event): the bus hands it
     * only that centre's live events. The view must still drop other centres' events (the catch-up has them all).
     * Streams sharing one view instance whose answer for an event is one object (a {@link SharedView}, or the
     * event itself) have the event written as JSON once for them all.
     */
    public static void open(SseClient client, EventBus bus, ObjectMapper json, String centreId,
            UnaryOperator<EventBus.LiveEvent> view, SseSender.Outlet outlet) {
        long last = lastEventId(client.ctx().header("Last-Event-ID"));
        SseOutbox outbox = new SseOutbox(client, json, last, view);
        // With an outlet the view is applied on the publishing thread, so an event another stream shows (another
        // centre's) costs this stream no queue slot and no write task: with thousands of streams over a hundred
        // centres, queuing every event for every stream swamped the writers (issue 21 fan-out benchmark).
        Consumer<EventBus.LiveEvent> listener = outlet == null ? outbox::offer : e -> {
            EventBus.LiveEvent shown;
            try {
                shown = view.apply(e);
            } catch (RuntimeException ex) {
                // Never into the publisher: the writer pool logs it and closes this stream, as for a failed write.
                outlet.offer(() -> {
                    throw ex;
                });
                return;
            }
            if (shown != null) {
                byte[] frame = outlet.frame(json, e.id(), shown.type(), shown.data());
                outlet.offer(() -> outbox.offerFrame(e, frame));
            }
        };
        client.onClose(() -> {
            bus.unsubscribe(listener);
            if (outlet != null) {
                outlet.closed();
            }
        });
        client.keepAlive();
        EventBus.CatchUp catchUp = bus.subscribe(centreId, last, listener);
        if (!catchUp.complete()) {
            SseSender.write(client, SseFrame.event("resync", "{}", null));
        }
        outbox.catchUp(catchUp.missed());
        SseSender.write(client, SseFrame.comment("connected"));
        if (outlet != null) {
            outlet.resume();
        }
    }

    /** -1 for a first connection, 0 for an id that cannot be read (everything the buffer holds is sent). */
    static long lastEventId(String header) {
        if (header == null || header.isBlank()) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A live event from the bus: sent now, or held until the catch-up is written. */
    synchronized void offer(EventBus.LiveEvent e) {
        if (live) {
            send(e);
        } else {
            held.add(e);
        }
    }

    /**
     * A live event whose view was taken, and framed ({@code frame}), already: written now by {@code outlet}, or held
     * until the catch-up is written.
     */
    synchronized void offerFrame(EventBus.LiveEvent e, byte[] frame) {
        if (live) {
            write(e.id(), frame);
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
        EventBus.LiveEvent shown = view.apply(e);
        if (shown != null) {
            write(e.id(), shown);
        }
    }

    private void write(long id, EventBus.LiveEvent shown) {
        if (id <= sent || client.terminated()) {
            return;
        }
        try {
            write(id, SseFrame.event(shown.type(), json.writeValueAsString(shown.data()), Long.toString(id)));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Event " + shown.type() + " cannot be written as JSON", ex);
        }
    }

    /** Every event this stream is sent, caught up or live, is written here, once, in id order. */
    private void write(long id, byte[] frame) {
        if (id <= sent || client.terminated()) {
            return;
        }
        SseSender.write(client, frame);
        sent = id;
    }
}
