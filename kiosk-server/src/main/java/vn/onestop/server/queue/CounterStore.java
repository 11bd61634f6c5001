package vn.onestop.server.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.onestop.server.db.Dialect;
import vn.onestop.server.db.Rows;

/**
 * JDBC access to counters. Counter ids are unique across the database; each counter belongs to one centre, and a
 * lookup for a centre finds only that centre's counters (another centre's counter is as absent as an unknown one).
 * The rows are read on every use, so a counter given another service calls from it on the next press.
 */
public final class CounterStore {

    /** A counter's stored state. */
    public record Counter(String id, String name, List<String> services, boolean open, int priorityStreak,
            String staffUsername, String centreId) {}

    public Optional<Counter> find(Connection c, String id) throws SQLException {
        return Rows.one(c, "SELECT * FROM counter WHERE id = ?", CounterStore::map, id);
    }

    /** A counter of one centre, if it exists there and is in use. */
    public Optional<Counter> find(Connection c, String centreId, String id) throws SQLException {
        return Rows.one(c, "SELECT * FROM counter WHERE id = ? AND centre_id = ? AND disabled_at IS NULL",
                CounterStore::map, id, centreId);
    }

    /**
     * Finds a counter of a centre and, on PostgreSQL, locks its row until commit, so two presses on one counter (from
     * any process) run one after the other as they do on SQLite's single writer.
     */
    public Optional<Counter> findForUpdate(Connection c, String centreId, String id) throws SQLException {
        return Rows.one(c, "SELECT * FROM counter WHERE id = ? AND centre_id = ? AND disabled_at IS NULL"
                + Dialect.of(c).lockForUpdate(), CounterStore::map, id, centreId);
    }

    /** The counters of a centre in use, by id. */
    public List<Counter> all(Connection c, String centreId) throws SQLException {
        return Rows.list(c, "SELECT * FROM counter WHERE centre_id = ? AND disabled_at IS NULL ORDER BY id",
                CounterStore::map, centreId);
    }

    public void setOpen(Connection c, String id, boolean open, String staff) throws SQLException {
        Rows.update(c, "UPDATE counter SET is_open = ?, staff_username = ? WHERE id = ?", open ? 1 : 0,
                open ? staff : null, id);
    }

    public void setStreak(Connection c, String id, int streak) throws SQLException {
        Rows.update(c, "UPDATE counter SET priority_streak = ? WHERE id = ?", streak, id);
    }

    /** Open counters of a centre that call from a service. */
    public int openFor(Connection c, String centreId, String service) throws SQLException {
        return (int) Rows.list(c, "SELECT services FROM counter WHERE centre_id = ? AND is_open = 1 "
                + "AND disabled_at IS NULL", rs -> rs.getString(1), centreId).stream()
                .filter(served -> Arrays.asList(served.split(",")).contains(service)).count();
    }

    private static Counter map(java.sql.ResultSet rs) throws SQLException {
        return new Counter(rs.getString("id"), rs.getString("name"),
                Arrays.stream(rs.getString("services").split(",")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList(), rs.getInt("is_open") == 1,
                rs.getInt("priority_streak"), rs.getString("staff_username"), rs.getString("centre_id"));
    }
}
