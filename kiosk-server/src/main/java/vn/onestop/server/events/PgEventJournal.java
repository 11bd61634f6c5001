package vn.onestop.server.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.db.StorageException;

/**
 * Live events shared by every server process on one PostgreSQL database: an event is a row of {@code live_event}
 * plus {@code NOTIFY onestop_events}; each process's {@link PgEventListener} wakes up, reads the rows after the
 * last it relayed, in id order, and delivers them to its {@link EventBus}.
 *
 * <p>Events of a change are written in the change's own transaction ({@link #appendIn}), so they exist exactly
 * when the change does, even if the process dies right after the commit. Ids are globally ordered: an append
 * takes a transaction-level advisory lock before it draws the id, held until commit, so ids become visible in
 * increasing order and a reader that has seen id N never later finds a smaller one. Services append last in
 * their transactions, so the lock is held only for the commit. An event outside any change ({@link #append})
 * gets its own transaction with {@code synchronous_commit = off}: it is a notice, not a record.
 */
public final class PgEventJournal implements EventBus.EventJournal {
    static final String CHANNEL = "onestop_events";
    private static final Logger LOG = LogManager.getLogger(PgEventJournal.class);
    private static final long APPEND_LOCK = 0x6f6e6573746f70L;
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private final Database db;
    private final ObjectMapper json;
    private final Clock clock;
    private PgEventListener listener;

    private PgEventJournal(Database db, ObjectMapper json, Clock clock) {
        this.db = db;
        this.json = json;
        this.clock = clock;
    }

    /** Connects {@code bus} to the shared journal of {@code db}: loads recent events, then starts listening. */
    public static void attach(EventBus bus, Database db, ObjectMapper json, Clock clock, int capacity) {
        PgEventJournal journal = new PgEventJournal(db, json, clock);
        List<EventBus.LiveEvent> recent = journal.latest(capacity);
        long newest = recent.isEmpty() ? 0 : recent.get(recent.size() - 1).id();
        long dropped = recent.isEmpty() ? 0 : recent.get(0).id() - 1;
        bus.useJournal(journal, recent, dropped);
        journal.listener = new PgEventListener(db, journal, bus::deliver, newest);
        journal.listener.start();
    }

    @Override
    public void append(String type, Map<String, Object> data) {
        try {
            String payload = json.writeValueAsString(data);
            db.write(c -> {
                c.createStatement().execute("SET LOCAL synchronous_commit = off");
                insert(c, type, payload);
                return null;
            });
        } catch (JsonProcessingException | StorageException e) {
            LOG.error("Live event {} not published (browsers will reload on reconnect): {}", type, e.getMessage());
        }
    }

    @Override
    public void appendIn(Connection c, String type, Map<String, Object> data) throws SQLException {
        String payload;
        try {
            payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event " + type + " cannot be written as JSON", e);
        }
        insert(c, type, payload);
    }

    /**
     * Draws the id under the advisory lock (held until commit, so ids become visible in order), inserts, and
     * notifies the listeners (PostgreSQL sends the notification at commit).
     */
    private void insert(Connection c, String type, String payload) throws SQLException {
        Rows.one(c, "SELECT pg_advisory_xact_lock(?)", rs -> rs.getObject(1), APPEND_LOCK);
        Rows.update(c, "INSERT INTO live_event (id, type, data, at) VALUES (nextval('live_event_id'), ?, ?, ?)",
                type, payload, clock.millis());
        c.createStatement().execute("NOTIFY " + CHANNEL);
    }

    /** The events after {@code afterId}, oldest first, at most {@code limit}. */
    List<EventBus.LiveEvent> after(Connection c, long afterId, int limit) throws SQLException {
        return Rows.list(c, "SELECT id, type, data FROM live_event WHERE id > ? ORDER BY id LIMIT ?",
                rs -> new EventBus.LiveEvent(rs.getLong(1), rs.getString(2), parse(rs.getString(3))), afterId, limit);
    }

    /** Deletes events older than the newest {@code keep}; they are past any browser's catch-up window. */
    void prune(Connection c, long newestId, int keep) throws SQLException {
        Rows.update(c, "DELETE FROM live_event WHERE id < (SELECT MIN(id) FROM (SELECT id FROM live_event "
                + "WHERE id <= ? ORDER BY id DESC LIMIT ?) AS recent)", newestId, keep);
    }

    private List<EventBus.LiveEvent> latest(int count) {
        List<EventBus.LiveEvent> rows = new ArrayList<>(db.read(c -> Rows.list(c,
                "SELECT id, type, data FROM live_event ORDER BY id DESC LIMIT ?",
                rs -> new EventBus.LiveEvent(rs.getLong(1), rs.getString(2), parse(rs.getString(3))), count)));
        Collections.reverse(rows);
        return rows;
    }

    private Map<String, Object> parse(String data) {
        try {
            return json.readValue(data, MAP);
        } catch (JsonProcessingException e) {
            LOG.error("A stored live event is not JSON; relayed without data: {}", e.getOriginalMessage());
            return Map.of();
        }
    }

    @Override
    public void close() {
        if (listener != null) {
            listener.close();
        }
    }
}
