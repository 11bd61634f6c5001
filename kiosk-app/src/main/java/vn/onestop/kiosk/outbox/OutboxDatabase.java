package vn.onestop.kiosk.outbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The kiosk's outbox file ({@code <data>/outbox.sqlite}) and its one connection: offline tickets, voids to send
 * and confirmed filings ({@link OfflineOutbox}, {@link FilingOutbox}) all go through it, one unit of work at a
 * time, so the kiosk's threads never meet as two SQLite connections (no SQLITE_BUSY). It owns the settings (WAL,
 * {@code secure_delete} because filings hold personal data) and the schema. The file is opened on first use (on
 * the network thread), so the window does not wait for SQLite. Thread-safe.
 */
public final class OutboxDatabase implements AutoCloseable {
    /** Work on the open connection. */
    @FunctionalInterface
    public interface Work<T> {
        T on(Connection c) throws SQLException, IOException;
    }

    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS offline_ticket (idempotency_key TEXT PRIMARY KEY, "
                + "day TEXT NOT NULL, seq INTEGER NOT NULL, display_number TEXT NOT NULL, "
                + "service_code TEXT NOT NULL, priority_class TEXT, issued_at TEXT NOT NULL, "
                + "state TEXT NOT NULL, server_ticket_id TEXT, server_number TEXT, delivered_at TEXT, "
                + "UNIQUE (day, service_code, seq))",
        "CREATE TABLE IF NOT EXISTS pending_void (ticket_id TEXT PRIMARY KEY, reason TEXT NOT NULL, "
                + "created_at TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS pending_filing (idempotency_key TEXT PRIMARY KEY, "
                + "registration TEXT NOT NULL, confirmed_at TEXT NOT NULL)",
        // the scanned PDF of each checklist document of a pending filing (issue 22), removed with it
        "CREATE TABLE IF NOT EXISTS pending_document (idempotency_key TEXT NOT NULL, doc_index INTEGER NOT NULL, "
                + "pdf BLOB NOT NULL, PRIMARY KEY (idempotency_key, doc_index))",
    };

    private final Path file;
    private Connection db;

    public OutboxDatabase(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /**
     * Runs one unit of work on the connection, no other work in between.
     *
     * @param failure what could not be done, e.g. "Cannot store an offline ticket"; the message then says why
     */
    public synchronized <T> T call(String failure, Work<T> work) throws OutboxException {
        Connection c = open();
        try {
            return work.on(c);
        } catch (SQLException | IOException e) {
            throw new OutboxException(failure + " (" + file + "): " + e.getMessage(), e);
        }
    }

    private Connection open() throws OutboxException {
        if (db != null) {
            return db;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA secure_delete=ON");
                s.execute("PRAGMA busy_timeout=5000"); // another process (a copy, a check) may read the file
                for (String table : SCHEMA) {
                    s.execute(table);
                }
            }
        } catch (SQLException | IOException e) {
            close();
            throw new OutboxException("Cannot open the outbox " + file + ": " + e.getMessage(), e);
        }
        return db;
    }

    @Override
    public synchronized void close() {
        try {
            if (db != null) {
                db.close();
            }
        } catch (SQLException e) {
            // closing at shutdown: every committed ticket and filing is already on disk
        } finally {
            db = null;
        }
    }
}
