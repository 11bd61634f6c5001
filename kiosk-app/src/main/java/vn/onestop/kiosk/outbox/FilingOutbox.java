package vn.onestop.kiosk.outbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.onestop.core.wire.DossierRegistration;
import vn.onestop.kiosk.server.WireJson;

/**
 * Filings the citizen confirmed and the server has not yet acknowledged, in the outbox's SQLite file (table
 * {@code pending_filing}): a filing is written here before it is sent and deleted as soon as the server registered
 * it, so a kiosk killed in between sends it again with the same idempotency key. It holds personal data: the
 * connection sets {@code secure_delete} (freed pages are zeroed) and each delete truncates the write-ahead log, so
 * nothing of a delivered filing stays in the data folder's files. Thread-safe.
 */
public final class FilingOutbox implements AutoCloseable {
    private final Path file;
    private final Clock clock;
    private Connection db;
    /** False at start too: a kiosk killed between a removal and its scrub left copies in the log. */
    private boolean scrubbed;

    /** {@code file} is the offline outbox's file ({@code <data>/outbox.sqlite}). */
    public FilingOutbox(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
    }

    private Connection db() throws OutboxException {
        if (db != null) {
            return db;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA secure_delete=ON");
                s.execute("PRAGMA busy_timeout=5000");
                s.execute("CREATE TABLE IF NOT EXISTS pending_filing (idempotency_key TEXT PRIMARY KEY, "
                        + "registration TEXT NOT NULL, confirmed_at TEXT NOT NULL)");
            }
        } catch (SQLException | IOException e) {
            close();
            throw new OutboxException("Cannot open the filing outbox " + file + ": " + e.getMessage(), e);
        }
        return db;
    }

    /**
     * Stores a confirmed filing (committed when this returns). The same key again replaces the stored filing: a
     * key is only stored again after the server refused it, so the citizen's corrected filing is what goes out.
     */
    public synchronized void save(DossierRegistration registration) throws OutboxException {
        try (PreparedStatement ps = db().prepareStatement("INSERT OR REPLACE INTO pending_filing "
                + "(idempotency_key, registration, confirmed_at) VALUES (?, ?, ?)")) {
            ps.setString(1, registration.idempotencyKey());
            ps.setString(2, WireJson.mapper().writeValueAsString(registration));
            ps.setString(3, clock.instant().toString());
            ps.executeUpdate();
        } catch (SQLException | IOException e) {
            throw new OutboxException("Cannot store a confirmed filing in " + file + ": " + e.getMessage(), e);
        }
    }

    /** Filings still to deliver, oldest first. */
    public synchronized List<DossierRegistration> pending() throws OutboxException {
        List<DossierRegistration> out = new ArrayList<>();
        try (Statement s = db().createStatement(); ResultSet rs = s.executeQuery(
                "SELECT idempotency_key, registration FROM pending_filing ORDER BY confirmed_at, idempotency_key")) {
            while (rs.next()) {
                out.add(WireJson.mapper().readValue(rs.getString(2), DossierRegistration.class));
            }
        } catch (SQLException | IOException e) {
            throw new OutboxException("Cannot read the filing outbox " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Whether a filing with this key waits for delivery. */
    public synchronized boolean holds(String idempotencyKey) throws OutboxException {
        try (PreparedStatement ps = db().prepareStatement("SELECT 1 FROM pending_filing WHERE idempotency_key = ?")) {
            ps.setString(1, idempotencyKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new OutboxException("Cannot read the filing outbox " + file + ": " + e.getMessage(), e);
        }
    }

    public synchronized int pendingCount() throws OutboxException {
        try (Statement s = db().createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pending_filing")) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new OutboxException("Cannot read the filing outbox " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes a filing (the server registered or refused it) and its traces: the page is zeroed (secure_delete)
     * and the write-ahead log, which still holds earlier copies of the page, is checkpointed and truncated.
     */
    public synchronized void remove(String idempotencyKey) throws OutboxException {
        try (PreparedStatement ps = db().prepareStatement("DELETE FROM pending_filing WHERE idempotency_key = ?")) {
            ps.setString(1, idempotencyKey);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("Cannot delete a delivered filing from " + file + ": " + e.getMessage(), e);
        }
        scrub();
    }

    /**
     * Checkpoints the write-ahead log into the database and truncates it to nothing. Does nothing more than wait
     * (busy timeout) while another connection reads; {@link #scrubbed()} then says false and the next call
     * finishes the job.
     */
    public synchronized void scrub() throws OutboxException {
        try (Statement s = db().createStatement(); ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
            scrubbed = rs.next() && rs.getInt(1) == 0;
        } catch (SQLException e) {
            scrubbed = false;
            throw new OutboxException("The write-ahead log of " + file + " could not be truncated: "
                    + e.getMessage(), e);
        }
    }

    /** False when the last {@link #scrub} was kept from truncating the log by a reader. */
    public synchronized boolean scrubbed() {
        return scrubbed;
    }

    @Override
    public synchronized void close() {
        try {
            if (db != null) {
                db.close();
            }
        } catch (SQLException e) {
            // closing at shutdown: every committed filing is already on disk
        } finally {
            db = null;
        }
    }
}
