package vn.onestop.server.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import vn.onestop.server.db.Database;

/**
 * Live events of the centre (ticket issued, called, counter state, device alert), numbered in order and kept in
 * a bounded buffer so a reconnecting browser can catch up from its {@code Last-Event-ID}.
 *
 * <p>Alone (SQLite, one process) the bus numbers events itself: ids start at the server's start time in
 * milliseconds times 1000, so ids of a restarted server are larger than any seen before. With a
 * {@link EventJournal} (PostgreSQL, several processes) {@link #publish} only appends to the shared journal, and
 * the journal hands every process's events back through {@link #deliver} in the global id order, so every
 * process's buffer holds the same stream and a browser can catch up on any process.
 */
public final class EventBus implements AutoCloseable {
    private final int capacity;
    private final Deque<LiveEvent> buffer = new ArrayDeque<>();
    /**
     * Client listeners of one centre's events, by centre, and of every event (province-wide streams, device streams
     * keyed by counter): an event costs the streams of other centres nothing (10,000 streams over 100 centres).
     */
    private final Map<String, List<Consumer<LiveEvent>>> byCentre = new ConcurrentHashMap<>();
    private final List<Consumer<LiveEvent>> anyCentre = new CopyOnWriteArrayList<>();
    private final Map<Consumer<LiveEvent>, List<Consumer<LiveEvent>>> registered = new ConcurrentHashMap<>();
    /** The server's own listeners (caches dropped on a change): not clients, so not counted as subscribers. */
    private final List<Consumer<LiveEvent>> inProcess = new CopyOnWriteArrayList<>();
    private final Database db;
    private EventJournal journal;
    private long nextId;
    private long floor = Long.MIN_VALUE;

    public EventBus(long startMillis, int capacity) {
        this(startMillis, capacity, null);
    }

    /** A bus whose {@link #publish(Connection, String, Map)} ties events to {@code db}'s write transactions. */
    public EventBus(long startMillis, int capacity, Database db) {
        this.nextId = startMillis * 1000;
        this.capacity = capacity;
        this.db = db;
    }

    /** One event: id, type ("ticket.called"...) and a JSON-mappable payload. */
    public record LiveEvent(long id, String type, Map<String, Object> data) {}

    /** Where events of every process are appended and read back in order (PostgreSQL). */
    public interface EventJournal extends AutoCloseable {
        /** Appends an event; it comes back to every process's bus through {@code deliver}. Never throws. */
        void append(String type, Map<String, Object> data);

        /** Appends an event inside the caller's write transaction: it exists if and only if that commits. */
        void appendIn(Connection c, String type, Map<String, Object> data) throws SQLException;

        @Override
        void close();
    }

    /** Relays events through a shared journal, which it starts after the bus holds {@code recent} events. */
    public void useJournal(EventJournal shared, List<LiveEvent> recent, long newestDropped) {
        synchronized (buffer) {
            this.journal = shared;
            buffer.clear();
            recent.stream().skip(Math.max(0, recent.size() - capacity)).forEach(buffer::addLast);
            floor = newestDropped;
        }
    }

    /** Publishes an event to every listener (of every process, with a journal) and keeps it for catch-up. */
    public void publish(String type, Map<String, Object> data) {
        EventJournal shared;
        synchronized (buffer) {
            shared = journal;
            if (shared == null) {
                keep(new LiveEvent(++nextId, type, data));
            }
        }
        if (shared != null) {
            shared.append(type, data);
            return;
        }
        notifyListeners();
    }

    /**
     * Publishes an event of the write transaction running on {@code c} (call it inside {@code Database.write}):
     * with a journal the event is written in that transaction, so a crash right after the commit cannot lose it;
     * alone it goes out once the transaction has committed. Either way it is never seen if the work rolls back.
     */
    public void publish(Connection c, String type, Map<String, Object> data) throws SQLException {
        EventJournal shared;
        synchronized (buffer) {
            shared = journal;
        }
        if (shared != null) {
            shared.appendIn(c, type, data);
        } else if (db != null) {
            db.afterCommit(() -> publish(type, data));
        } else {
            publish(type, data);
        }
    }

    /** Takes an event of the shared journal (called in id order by the journal's reader). */
    public void deliver(LiveEvent e) {
        synchronized (buffer) {
            if (!buffer.isEmpty() && e.id() <= buffer.peekLast().id()) {
                return;
            }
            keep(e);
        }
        notifyListeners();
    }

    private final Deque<LiveEvent> pending = new ArrayDeque<>();

    private void keep(LiveEvent e) {
        buffer.addLast(e);
        if (buffer.size() > capacity) {
            floor = buffer.removeFirst().id();
        }
        pending.addLast(e);
    }

    /** Hands kept events to listeners in order; one thread at a time, so no listener sees them reordered. */
    private void notifyListeners() {
        synchronized (pending) {
            while (true) {
                LiveEvent e;
                synchronized (buffer) {
                    e = pending.pollFirst();
                }
                if (e == null) {
                    return;
                }
                for (Consumer<LiveEvent> l : inProcess) {
                    l.accept(e);
                }
                for (Consumer<LiveEvent> l : byCentre.getOrDefault(EventCentres.of(e), List.of())) {
                    l.accept(e);
                }
                for (Consumer<LiveEvent> l : anyCentre) {
                    l.accept(e);
                }
            }
        }
    }

    /**
     * Subscribes and returns the events after {@code lastSeenId} still in the buffer, atomically, so none falls in
     * between. {@code complete} is false when the buffer no longer reaches back that far.
     */
    public CatchUp subscribe(long lastSeenId, Consumer<LiveEvent> listener) {
        return subscribe(null, lastSeenId, listener);
    }

    /**
     * As {@link #subscribe(long, Consumer)}, for a listener of one centre's live events only ({@code centreId}; null
     * or {@value EventCentres#ALL} for every event). The catch-up still holds every event (the caller's view filters
     * it).
     */
    public CatchUp subscribe(String centreId, long lastSeenId, Consumer<LiveEvent> listener) {
        synchronized (buffer) {
            List<Consumer<LiveEvent>> bucket = centreId == null || EventCentres.ALL.equals(centreId) ? anyCentre
                    : byCentre.computeIfAbsent(centreId, k -> new CopyOnWriteArrayList<>());
            bucket.add(listener);
            registered.put(listener, bucket);
            List<LiveEvent> missed = new ArrayList<>();
            boolean complete = lastSeenId < 0 || lastSeenId >= floor;
            for (LiveEvent e : buffer) {
                if (e.id() > lastSeenId && lastSeenId >= 0) {
                    missed.add(e);
                }
            }
            return new CatchUp(missed, complete);
        }
    }

    /**
     * Adds a listener of the server itself (e.g. a cache that drops a centre's entry on {@code
     * centre.settings.changed}): it gets every event from now on, of every process with a journal, and is not a
     * client ({@link #subscribers()} does not count it).
     */
    public void listen(Consumer<LiveEvent> listener) {
        inProcess.add(listener);
    }

    public void unsubscribe(Consumer<LiveEvent> listener) {
        List<Consumer<LiveEvent>> bucket = registered.remove(listener);
        if (bucket != null) {
            bucket.remove(listener);
        }
    }

    public int subscribers() {
        return registered.size();
    }

    /** Stops the shared journal's reader, if any. */
    @Override
    public void close() {
        EventJournal shared;
        synchronized (buffer) {
            shared = journal;
        }
        if (shared != null) {
            shared.close();
        }
    }

    /** Events missed since the client's last id; {@code complete} is false when some were already dropped. */
    public record CatchUp(List<LiveEvent> missed, boolean complete) {}
}
