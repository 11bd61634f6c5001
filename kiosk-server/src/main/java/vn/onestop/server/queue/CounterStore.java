package vn.onestop.server.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.onestop.core.wire.ServiceInfo;
import vn.onestop.server.db.Dialect;
import vn.onestop.server.db.Rows;

/** JDBC access to services and counters; seeded from the configuration at every start. */
public final class CounterStore {

    /** A counter's stored state. */
    public record Counter(String id, String name, List<String> services, boolean open, int priorityStreak,
            String staffUsername) {}

    /** Inserts configured services and counters that are new and updates names and services of existing ones. */
    public void seed(Connection c, List<ServiceInfo> services, List<CounterSpec> counters) throws SQLException {
        for (ServiceInfo s : services) {
            if (Rows.update(c, "UPDATE service SET name_vi = ?, name_en = ? WHERE code = ?",
                    s.nameVi(), s.nameEn(), s.code()) == 0) {
                Rows.update(c, "INSERT INTO service (code, name_vi, name_en) VALUES (?, ?, ?)",
                        s.code(), s.nameVi(), s.nameEn());
            }
        }
        for (CounterSpec k : counters) {
            String served = String.join(",", k.services());
            if (Rows.update(c, "UPDATE counter SET name = ?, services = ? WHERE id = ?", k.name(), served, k.id())
                    == 0) {
                Rows.update(c, "INSERT INTO counter (id, name, services, is_open, priority_streak) "
                        + "VALUES (?, ?, ?, 0, 0)", k.id(), k.name(), served);
            }
        }
    }

    public Optional<Counter> find(Connection c, String id) throws SQLException {
        return Rows.one(c, "SELECT * FROM counter WHERE id = ?", CounterStore::map, id);
    }

    /**
     * Finds a counter and, on PostgreSQL, locks its row until commit, so two presses on one counter (from any
     * process) run one after the other as they do on SQLite's single writer.
     */
    public Optional<Counter> findForUpdate(Connection c, String id) throws SQLException {
        return Rows.one(c, "SELECT * FROM counter WHERE id = ?" + Dialect.of(c).lockForUpdate(), CounterStore::map,
                id);
    }

    public List<Counter> all(Connection c) throws SQLException {
        return Rows.list(c, "SELECT * FROM counter ORDER BY id", CounterStore::map);
    }

    public void setOpen(Connection c, String id, boolean open, String staff) throws SQLException {
        Rows.update(c, "UPDATE counter SET is_open = ?, staff_username = ? WHERE id = ?", open ? 1 : 0,
                open ? staff : null, id);
    }

    public void setStreak(Connection c, String id, int streak) throws SQLException {
        Rows.update(c, "UPDATE counter SET priority_streak = ? WHERE id = ?", streak, id);
    }

    /** Open counters that call from a service. */
    public int openFor(Connection c, String service) throws SQLException {
        return (int) Rows.list(c, "SELECT services FROM counter WHERE is_open = 1", rs -> rs.getString(1)).stream()
                .filter(served -> Arrays.asList(served.split(",")).contains(service)).count();
    }

    private static Counter map(java.sql.ResultSet rs) throws SQLException {
        return new Counter(rs.getString("id"), rs.getString("name"),
                Arrays.asList(rs.getString("services").split(",")), rs.getInt("is_open") == 1,
                rs.getInt("priority_streak"), rs.getString("staff_username"));
    }
}
