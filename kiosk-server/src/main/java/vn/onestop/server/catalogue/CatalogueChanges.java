package vn.onestop.server.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.onestop.server.catalogue.CatalogueSnapshots.Snapshot;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/**
 * Every change of the catalogue, calendar or kiosk texts: made on a fresh copy, written in one transaction that
 * bumps the one version number every process watches, kept whole (before and after) in catalogue_change and short
 * in the audit log, and read back at once.
 */
final class CatalogueChanges {
    /** The most characters of an audit log entry's detail. */
    static final int AUDIT_DETAIL = 480;
    private final Database db;
    private final Clock clock;
    private final CatalogueJson json;
    private final CatalogueSnapshots snapshots;

    /** The writing part of a change, in its transaction; {@code now} is the change's time. */
    @FunctionalInterface
    interface Edit {
        void apply(Connection c, long now) throws SQLException;
    }

    CatalogueChanges(Database db, Clock clock, CatalogueJson json, CatalogueSnapshots snapshots) {
        this.db = db;
        this.clock = clock;
        this.json = json;
        this.snapshots = snapshots;
    }

    /** The catalogue as the database holds it now, to change. */
    Snapshot fresh() {
        return snapshots.reload();
    }

    /** Writes {@code edit} and moves the version on in one transaction, then reads the catalogue again. */
    void commit(Edit edit) {
        db.write(c -> {
            edit.apply(c, clock.millis());
            Rows.update(c, "UPDATE catalogue_document SET version = version + 1 WHERE id = 1");
            return null;
        });
        snapshots.reload();
    }

    /** Keeps a change with its whole before and after, and writes it short in the audit log. */
    void record(Connection c, ChangedBy who, String action, String target, JsonNode before, JsonNode after,
            String detail) throws SQLException {
        long now = clock.millis();
        Rows.update(c, "INSERT INTO catalogue_change (id, at, actor, centre_id, what, target, before_value, "
                + "after_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), now, who.actor(),
                who.centreId(), action, target, before == null ? null : json.write(before),
                after == null ? null : json.write(after));
        String shortDetail = detail.length() > AUDIT_DETAIL ? detail.substring(0, AUDIT_DETAIL) + "..." : detail;
        Rows.update(c, "INSERT INTO audit_log (id, at, actor, action, target, detail, centre_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), now, who.actor(), action, target,
                shortDetail, who.centreId());
    }

    /** The changes of the catalogue, calendar and kiosk texts, newest first, with their whole before and after. */
    List<Map<String, Object>> list(int limit) {
        return db.read(c -> Rows.list(c, "SELECT at, actor, centre_id, what, target, before_value, after_value "
                + "FROM catalogue_change ORDER BY at DESC LIMIT ?", rs -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("at", java.time.Instant.ofEpochMilli(rs.getLong(1)).toString());
                    m.put("actor", rs.getString(2));
                    m.put("centreId", rs.getString(3));
                    m.put("what", rs.getString(4));
                    m.put("target", rs.getString(5));
                    m.put("before", rs.getString(6) == null ? null : json.tree(rs.getString(6)));
                    m.put("after", rs.getString(7) == null ? null : json.tree(rs.getString(7)));
                    return m;
                }, limit));
    }
}
