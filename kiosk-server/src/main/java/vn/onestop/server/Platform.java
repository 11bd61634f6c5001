package vn.onestop.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import vn.onestop.server.centre.Centres;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Dialect;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.events.PgEventJournal;
import vn.onestop.server.http.Json;
import vn.onestop.server.ops.Metrics;
import vn.onestop.server.staff.AuditLog;
import vn.onestop.server.staff.Secrets;

/**
 * What every feature of the server is built on: its configuration, database and clock, the JSON mapper, the live
 * event bus (journalled on PostgreSQL so every process sees it), the audit log, the centres and the metrics.
 */
record Platform(ServerConfig config, Database db, Clock clock, ObjectMapper json, Secrets secrets, EventBus events,
        AuditLog audit, Centres centres, Metrics metrics) {

    /** Builds the shared parts; the main centre exists afterwards. */
    static Platform start(ServerConfig config, Database db, Clock clock) {
        ObjectMapper json = Json.mapper();
        Secrets secrets = new Secrets();
        EventBus events = new EventBus(clock.millis(), 2000, db);
        if (db.dialect() == Dialect.POSTGRESQL) {
            PgEventJournal.attach(events, db, json, clock, 2000);
        }
        AuditLog audit = new AuditLog(db, clock);
        Centres centres = new Centres(db, clock);
        centres.ensureMain(config);
        return new Platform(config, db, clock, json, secrets, events, audit, centres, new Metrics());
    }

    /** The live-stream and database-writer figures on {@code /metrics}. */
    void watchStreamsAndWriter() {
        metrics.gauge("onestop_sse_clients", events::subscribers);
        db.writerStats().ifPresent(w -> {
            metrics.counter("onestop_db_commits_total", () -> w.snapshot().commits());
            metrics.counter("onestop_db_writes_total", () -> w.snapshot().writes());
            metrics.counter("onestop_db_write_seconds_total", () -> w.snapshot().writeNanos() / 1e9);
            metrics.counter("onestop_db_commit_seconds_total", () -> w.snapshot().commitNanos() / 1e9);
            metrics.counter("onestop_db_slow_commits_total", () -> w.snapshot().slowCommits());
            metrics.counter("onestop_db_checkpoints_total", () -> w.snapshot().checkpoints());
        });
    }
}
