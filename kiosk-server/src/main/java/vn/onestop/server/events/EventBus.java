package vn.onestop.server.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Live events of the centre (ticket issued, called, counter state, device alert), numbered in order and kept in
 * a bounded buffer so a reconnecting browser can catch up from its {@code Last-Event-ID}. Ids start at the
 * server's start time in milliseconds times 1000, so ids of a restarted server are larger than any seen before.
 */
public final class EventBus {
    private final int capacity;
    private final Deque<LiveEvent> buffer = new ArrayDeque<>();
    private final List<Consumer<LiveEvent>> listeners = new CopyOnWriteArrayList<>();
    private long nextId;

    public EventBus(long startMillis, int capacity) {
        this.nextId = startMillis * 1000;
        this.capacity = capacity;
    }

    /** One event: id, type ("ticket.called"...) and a JSON-mappable payload. */
    public record LiveEvent(long id, String type, Map<String, Object> data) {}

    /** Publishes an event to every listener and keeps it for catch-up. */
    public void publish(String type, Map<String, Object> data) {
        LiveEvent e;
        synchronized (buffer) {
            e = new LiveEvent(++nextId, type, data);
            buffer.addLast(e);
            if (buffer.size() > capacity) {
                buffer.removeFirst();
            }
        }
        for (Consumer<LiveEvent> l : listeners) {
            l.accept(e);
        }
    }

    /**
     * Subscribes and returns the events after {@code lastSeenId} still in the buffer, atomically, so none falls in
     * between. Returns null as the first element's place when the buffer no longer reaches back that far.
     */
    public CatchUp subscribe(long lastSeenId, Consumer<LiveEvent> listener) {
        synchronized (buffer) {
            listeners.add(listener);
            List<LiveEvent> missed = new ArrayList<>();
            boolean complete = lastSeenId < 0 || buffer.isEmpty() || buffer.peekFirst().id() <= lastSeenId + 1;
            for (LiveEvent e : buffer) {
                if (e.id() > lastSeenId && lastSeenId >= 0) {
                    missed.add(e);
                }
            }
            return new CatchUp(missed, complete);
        }
    }

    public void unsubscribe(Consumer<LiveEvent> listener) {
        listeners.remove(listener);
    }

    public int subscribers() {
        return listeners.size();
    }

    /** Events missed since the client's last id; {@code complete} is false when some were already dropped. */
    public record CatchUp(List<LiveEvent> missed, boolean complete) {}
}
