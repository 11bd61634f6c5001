package vn.onestop.server.staff;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/** Who did what and when, for staff and technician actions. Never holds citizens' personal data. */
public final class AuditLog {
    private final Database db;
    private final Clock clock;

    public AuditLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void record(String actor, String action, String target, String detail) {
        db.write(c -> {
            record(c, actor, action, target, detail);
            return null;
        });
    }

    /** Records within the caller's transaction. */
    public void record(Connection c, String actor, String action, String target, String detail) throws SQLException {
        Rows.update(c, "INSERT INTO audit_log (id, at, actor, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), clock.millis(), actor, action, target, detail);
    }

    /** Records an action on the centre {@code centreId}'s objects (issue 21: only that centre's staff see it). */
    public void record(String actor, String action, String target, String detail, String centreId) {
        db.write(c -> {
            record(c, actor, action, target, detail, centreId);
            return null;
        });
    }

    /** Records an action on the centre {@code centreId}'s objects within the caller's transaction. */
    public void record(Connection c, String actor, String action, String target, String detail, String centreId)
            throws SQLException {
        Rows.update(c, "INSERT INTO audit_log (id, at, actor, action, target, detail, centre_id) VALUES (?, ?, ?, ?, "
                + "?, ?, ?)", UUID.randomUUID().toString(), clock.millis(), actor, action, target, detail,
                centreId == null || "*".equals(centreId) ? null : centreId);
    }

    /**
     * Records an admin's change of a centre's settings or of an account within the caller's transaction (issue 21):
     * the centre it concerns and the record before and after it (JSON text; null for a record made or removed).
     */
    public void recordChange(Connection c, String actor, String action, String target, String centreId,
            String before, String after) throws SQLException {
        Rows.update(c, "INSERT INTO audit_log (id, at, actor, action, target, detail, centre_id, before_value, "
                + "after_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), clock.millis(),
                actor, action, target, null, centreId, before, after);
    }

    /** The latest entries, newest first. */
    public List<AuditEntry> latest(int limit) {
        return db.read(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM audit_log ORDER BY at DESC LIMIT ?",
                AuditLog::entry, limit));
    }

    /**
     * The latest entries about one centre (its admins see only these), newest first. Entries that name no centre
     * (made before centres were data, or by code that does not name one: logins, kiosks) count as the centre 'main's.
     */
    public List<AuditEntry> latest(String centreId, int limit) {
        return db.read(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM audit_log WHERE centre_id = ? "
                + ("main".equals(centreId) ? "OR centre_id IS NULL " : "") + "ORDER BY at DESC LIMIT ?",
                AuditLog::entry, centreId, limit));
    }

    private static final String COLUMNS = "at, actor, action, target, detail, centre_id, before_value, after_value";

    private static AuditEntry entry(java.sql.ResultSet rs) throws SQLException {
        return new AuditEntry(Instant.ofEpochMilli(rs.getLong("at")).toString(), rs.getString("actor"),
                rs.getString("action"), rs.getString("target"), rs.getString("detail"), rs.getString("centre_id"),
                rs.getString("before_value"), rs.getString("after_value"));
    }
}
