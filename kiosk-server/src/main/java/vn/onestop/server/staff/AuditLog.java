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

    /** The latest entries, newest first. */
    public List<AuditEntry> latest(int limit) {
        return db.read(c -> Rows.list(c, "SELECT at, actor, action, target, detail FROM audit_log "
                + "ORDER BY at DESC LIMIT ?", rs -> new AuditEntry(Instant.ofEpochMilli(rs.getLong("at")).toString(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("target"),
                        rs.getString("detail")), limit));
    }
}
