package vn.onestop.server.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.onestop.server.Rejection;
import vn.onestop.server.centre.Centre;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.StaffSession;

/**
 * A centre's counters on the admin pages: name, the services it calls from, its open hours; made with an id the
 * server chooses ({@code <centre>-<n>}, or the next number in 'main', whose counters were numbered 1, 2, ...), and
 * disabled rather than deleted (its tickets and devices keep their counter id).
 */
public final class CounterAdmin {
    /** "07:30-11:30, 13:30-17:00": one or more periods, or empty for the centre's opening hours. */
    static final Pattern OPEN_HOURS = Pattern.compile(
            "([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9](\\s*,\\s*([01][0-9]|2[0-3]):[0-5][0-9]-"
                    + "([01][0-9]|2[0-3]):[0-5][0-9])*");
    private static final String COLUMNS = "id, name, services, is_open, open_hours, disabled_at, centre_id";
    private final Database db;
    private final Clock clock;
    private final Changes changes;

    /** A counter as the admin page sends it; on an edit, a field left out (null) keeps its value. */
    public record CounterBody(String name, List<String> services, String openHours) {}

    CounterAdmin(Database db, Clock clock, Changes changes) {
        this.db = db;
        this.clock = clock;
        this.changes = changes;
    }

    /** The counters of {@code centreId}, disabled ones too. */
    public List<Map<String, Object>> list(String centreId) {
        return db.read(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM counter WHERE centre_id = ? ORDER BY id",
                CounterAdmin::view, centreId));
    }

    public Map<String, Object> create(StaffSession s, String centreId, CounterBody b) {
        if (b == null) {
            throw Rejection.invalid("A JSON body with name and services is required");
        }
        CentreAdmin.text("name", b.name(), 100);
        String hours = hours(b.openHours());
        return db.write(c -> {
            String services = services(c, centreId, b.services());
            String id = nextId(c, centreId);
            Rows.update(c, "INSERT INTO counter (id, centre_id, name, services, is_open, priority_streak, open_hours) "
                    + "VALUES (?, ?, ?, ?, 0, 0, ?)", id, centreId, b.name().strip(), services, hours);
            Map<String, Object> after = find(c, id).orElseThrow();
            changes.record(c, s.username(), "counter.create", id, centreId, "counters", null, after);
            return after;
        });
    }

    public Map<String, Object> update(StaffSession s, String centreId, String id, CounterBody b) {
        if (b == null) {
            throw Rejection.invalid("A JSON body with the fields to change is required");
        }
        if (b.name() != null) {
            CentreAdmin.text("name", b.name(), 100);
        }
        String hours = b.openHours() == null ? null : hours(b.openHours());
        return db.write(c -> {
            Map<String, Object> before = owned(c, centreId, id);
            String services = b.services() == null ? String.join(",", ids(before)) : services(c, centreId,
                    b.services());
            Rows.update(c, "UPDATE counter SET name = ?, services = ?, open_hours = ? WHERE id = ?",
                    b.name() == null ? before.get("name") : b.name().strip(), services,
                    b.openHours() == null ? before.get("openHours") : hours, id);
            Map<String, Object> after = find(c, id).orElseThrow();
            changes.record(c, s.username(), "counter.update", id, centreId, "counters", before, after);
            return after;
        });
    }

    /** Disables a closed counter (it disappears from consoles and displays) or enables it again. */
    public Map<String, Object> setDisabled(StaffSession s, String centreId, String id, boolean disabled) {
        return db.write(c -> {
            Map<String, Object> before = owned(c, centreId, id);
            if (disabled && Boolean.TRUE.equals(before.get("open"))) {
                throw Rejection.conflict("Counter " + id + " is open: its clerk closes it first");
            }
            Rows.update(c, "UPDATE counter SET disabled_at = ? WHERE id = ?", disabled ? clock.millis() : null, id);
            Map<String, Object> after = find(c, id).orElseThrow();
            changes.record(c, s.username(), disabled ? "counter.disable" : "counter.enable", id, centreId,
                    "counters", before, after);
            return after;
        });
    }

    /**
     * The counter {@code id} of the acting centre; another centre's is the same 404 as one that does not exist
     * (issue 21: a centre's staff learn nothing of another's).
     */
    private static Map<String, Object> owned(Connection c, String centreId, String id) throws SQLException {
        Map<String, Object> counter = find(c, id).filter(k -> centreId.equals(k.get("centreId")))
                .orElseThrow(() -> Rejection.notFound("No counter '" + id + "'"));
        return counter;
    }

    private static Optional<Map<String, Object>> find(Connection c, String id) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM counter WHERE id = ?", CounterAdmin::view, id);
    }

    /** The services, checked: at least one, each an enabled service of this centre, none twice. */
    private static String services(Connection c, String centreId, List<String> codes) throws SQLException {
        if (codes == null || codes.isEmpty()) {
            throw Rejection.invalid("A counter needs at least one service to call from");
        }
        LinkedHashSet<String> unique = new LinkedHashSet<>();
        for (String code : codes) {
            String k = code == null ? "" : code.strip();
            if (Rows.count(c, "SELECT COUNT(*) FROM service WHERE centre_id = ? AND code = ? AND disabled_at IS NULL",
                    centreId, k) == 0) {
                throw Rejection.invalid("This centre has no service '" + k + "'");
            }
            unique.add(k);
        }
        return String.join(",", unique);
    }

    private static String nextId(Connection c, String centreId) throws SQLException {
        List<String> ids = Rows.list(c, "SELECT id FROM counter", rs -> rs.getString(1));
        String prefix = Centre.MAIN.equals(centreId) ? "" : centreId + "-";
        int n = 0;
        for (String id : ids) {
            if (id.startsWith(prefix) && id.substring(prefix.length()).matches("[0-9]{1,9}")) {
                n = Math.max(n, Integer.parseInt(id.substring(prefix.length())));
            }
        }
        return prefix + (n + 1);
    }

    private static String hours(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        if (t.length() > 200 || !OPEN_HOURS.matcher(t).matches()) {
            throw Rejection.invalid("openHours must be periods such as '07:30-11:30, 13:30-17:00' (was '"
                    + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "')");
        }
        return t;
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> counter) {
        return (List<String>) counter.get("services");
    }

    private static Map<String, Object> view(java.sql.ResultSet rs) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", rs.getString(1));
        m.put("name", rs.getString(2));
        m.put("services", new ArrayList<>(Arrays.asList(rs.getString(3).split(","))));
        m.put("open", rs.getInt(4) == 1);
        m.put("openHours", rs.getString(5));
        rs.getLong(6);
        m.put("disabled", !rs.wasNull());
        m.put("centreId", rs.getString(7));
        return m;
    }
}
