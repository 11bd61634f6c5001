package vn.onestop.kiosk.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.onestop.core.wire.DossierRegistration;
import vn.onestop.kiosk.server.WireJson;

/**
 * Filings the citizen confirmed and the server has not yet acknowledged, in the kiosk's {@link OutboxDatabase}
 * (table {@code pending_filing}): a filing is written here before it is sent and deleted as soon as the server
 * registered it, so a kiosk killed in between sends it again with the same idempotency key. It holds personal data:
 * the database zeroes freed pages ({@code secure_delete}) and each delete truncates the write-ahead log, so nothing
 * of a delivered filing stays in the data folder's files. Thread-safe.
 */
public final class FilingOutbox {
    private static final String READ_FAILED = "Cannot read the filing outbox";
    private final OutboxDatabase db;
    private final Clock clock;
    /** False at start too: a kiosk killed between a removal and its scrub left copies in the log. */
    private boolean scrubbed;

    public FilingOutbox(OutboxDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Stores a confirmed filing (committed when this returns). The same key again replaces the stored filing: a
     * key is only stored again after the server refused it, so the citizen's corrected filing is what goes out.
     */
    public void save(DossierRegistration registration) throws OutboxException {
        save(registration, Map.of());
    }

    /**
     * Stores a confirmed filing with the scanned PDF of each checklist document (by its index in the
     * registration's documents), all in one transaction: either the whole prepared dossier is on disk or none of it.
     */
    public void save(DossierRegistration registration, Map<Integer, byte[]> documents) throws OutboxException {
        db.call("Cannot store a confirmed filing", c -> {
            String json = WireJson.mapper().writeValueAsString(registration);
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (PreparedStatement ps = c.prepareStatement("INSERT OR REPLACE INTO pending_filing "
                        + "(idempotency_key, registration, confirmed_at) VALUES (?, ?, ?)")) {
                    ps.setString(1, registration.idempotencyKey());
                    ps.setString(2, json);
                    ps.setString(3, clock.instant().toString());
                    ps.executeUpdate();
                }
                try (PreparedStatement del = c.prepareStatement("DELETE FROM pending_document WHERE idempotency_key = ?")) {
                    del.setString(1, registration.idempotencyKey());
                    del.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO pending_document "
                        + "(idempotency_key, doc_index, pdf) VALUES (?, ?, ?)")) {
                    for (Map.Entry<Integer, byte[]> d : new TreeMap<>(documents).entrySet()) {
                        ps.setString(1, registration.idempotencyKey());
                        ps.setInt(2, d.getKey());
                        ps.setBytes(3, d.getValue());
                        ps.executeUpdate();
                    }
                }
                c.commit();
                return null;
            } catch (java.sql.SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        });
    }

    /** The scanned PDFs still to deliver for a filing, by document index. */
    public Map<Integer, byte[]> documents(String idempotencyKey) throws OutboxException {
        return db.call(READ_FAILED, c -> {
            Map<Integer, byte[]> out = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT doc_index, pdf FROM pending_document WHERE idempotency_key = ? ORDER BY doc_index")) {
                ps.setString(1, idempotencyKey);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getInt(1), rs.getBytes(2));
                    }
                }
            }
            return out;
        });
    }

    /** One document delivered (or refused for good): its PDF leaves the kiosk. */
    public synchronized void removeDocument(String idempotencyKey, int index) throws OutboxException {
        db.call("Cannot delete a delivered document", c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM pending_document WHERE idempotency_key = ? AND doc_index = ?")) {
                ps.setString(1, idempotencyKey);
                ps.setInt(2, index);
                return ps.executeUpdate();
            }
        });
    }

    /** Filings still to deliver, oldest first. */
    public List<DossierRegistration> pending() throws OutboxException {
        return db.call(READ_FAILED, c -> {
            List<DossierRegistration> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT idempotency_key, registration FROM pending_filing ORDER BY confirmed_at, idempotency_key")) {
                while (rs.next()) {
                    out.add(WireJson.mapper().readValue(rs.getString(2), DossierRegistration.class));
                }
            }
            return out;
        });
    }

    /** Whether a filing with this key waits for delivery. */
    public boolean holds(String idempotencyKey) throws OutboxException {
        return db.call(READ_FAILED, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pending_filing WHERE idempotency_key = ?")) {
                ps.setString(1, idempotencyKey);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    public int pendingCount() throws OutboxException {
        return db.call(READ_FAILED, c -> {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pending_filing")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /**
     * Removes a filing (the server registered or refused it) and its traces: the page is zeroed (secure_delete)
     * and the write-ahead log, which still holds earlier copies of the page, is checkpointed and truncated.
     */
    public synchronized void remove(String idempotencyKey) throws OutboxException {
        db.call("Cannot delete a delivered filing", c -> {
            try (PreparedStatement docs = c.prepareStatement("DELETE FROM pending_document WHERE idempotency_key = ?")) {
                docs.setString(1, idempotencyKey);
                docs.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM pending_filing WHERE idempotency_key = ?")) {
                ps.setString(1, idempotencyKey);
                return ps.executeUpdate();
            }
        });
        scrub();
    }

    /**
     * Checkpoints the write-ahead log into the database and truncates it to nothing. Does nothing more than wait
     * (busy timeout) while another process reads the file; {@link #scrubbed()} then says false and the next call
     * finishes the job.
     */
    public synchronized void scrub() throws OutboxException {
        try {
            scrubbed = db.call("The write-ahead log could not be truncated", c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                    return rs.next() && rs.getInt(1) == 0;
                }
            });
        } catch (OutboxException e) {
            scrubbed = false;
            throw e;
        }
    }

    /** False when the last {@link #scrub} was kept from truncating the log by a reader. */
    public synchronized boolean scrubbed() {
        return scrubbed;
    }
}
