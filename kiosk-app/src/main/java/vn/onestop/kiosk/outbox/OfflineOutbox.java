package vn.onestop.kiosk.outbox;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.onestop.core.ticket.TicketNumber;
import vn.onestop.kiosk.flow.TicketOrder;

/**
 * Tickets issued while the server cannot be reached, in a SQLite file under the data folder. Numbers are
 * {@code <kiosk prefix>-<service><day's number>} (e.g. {@code K1-A004}): the server's numbers never
 * contain a dash and every kiosk has its own prefix, so they cannot collide. Each ticket keeps the
 * idempotency key of its order, so delivering it twice makes one ticket on the server. Thread-safe.
 */
public final class OfflineOutbox implements AutoCloseable {
    private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]{0,3}");
    private final Path file;
    private Connection db;
    private final String prefix;
    private final Clock clock;

    public OfflineOutbox(Path file, String kioskPrefix, Clock clock) {
        if (!PREFIX.matcher(kioskPrefix).matches()) {
            throw new IllegalArgumentException("offline.prefix must be 1-4 capital letters or digits starting "
                    + "with a letter, unique per kiosk (e.g. K1), found '" + kioskPrefix + "'");
        }
        this.prefix = kioskPrefix;
        this.clock = clock;
        this.file = file;
    }

    /** Opens the file on first use (on the network thread), so the window does not wait for SQLite. */
    private Connection db() throws OutboxException {
        if (db != null) {
            return db;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("CREATE TABLE IF NOT EXISTS offline_ticket (idempotency_key TEXT PRIMARY KEY, "
                        + "day TEXT NOT NULL, seq INTEGER NOT NULL, display_number TEXT NOT NULL, "
                        + "service_code TEXT NOT NULL, priority_class TEXT, issued_at TEXT NOT NULL, "
                        + "state TEXT NOT NULL, server_ticket_id TEXT, server_number TEXT, delivered_at TEXT, "
                        + "UNIQUE (day, service_code, seq))");
                s.execute("CREATE TABLE IF NOT EXISTS pending_void (ticket_id TEXT PRIMARY KEY, reason TEXT NOT NULL, "
                        + "created_at TEXT NOT NULL)");
            }
        } catch (SQLException | java.io.IOException e) {
            db = null;
            throw new OutboxException("Cannot open the offline outbox " + file + ": " + e.getMessage(), e);
        }
        return db;
    }

    /** Numbers and stores a ticket for this order; the same order key gives back the same ticket. */
    public synchronized OfflineTicket issue(TicketOrder order) throws OutboxException {
        Instant now = clock.instant();
        String day = LocalDate.ofInstant(now, clock.getZone()).toString();
        try {
            OfflineTicket existing = find(order.idempotencyKey());
            if (existing != null) {
                return existing;
            }
            int seq = nextSeq(day, order.serviceCode());
            String number = TicketNumber.offline(prefix, order.serviceCode(), seq);
            try (PreparedStatement ps = db().prepareStatement("INSERT INTO offline_ticket (idempotency_key, day, seq, "
                    + "display_number, service_code, priority_class, issued_at, state) VALUES (?,?,?,?,?,?,?,'pending')")) {
                ps.setString(1, order.idempotencyKey());
                ps.setString(2, day);
                ps.setInt(3, seq);
                ps.setString(4, number);
                ps.setString(5, order.serviceCode());
                ps.setString(6, order.priorityClass());
                ps.setString(7, now.toString());
                ps.executeUpdate();
            }
            return new OfflineTicket(order.idempotencyKey(), number, order.serviceCode(), order.priorityClass(), now);
        } catch (SQLException e) {
            throw new OutboxException("Cannot store an offline ticket: " + e.getMessage(), e);
        }
    }

    private int nextSeq(String day, String service) throws SQLException, OutboxException {
        try (PreparedStatement ps = db().prepareStatement(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM offline_ticket WHERE day = ? AND service_code = ?")) {
            ps.setString(1, day);
            ps.setString(2, service);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private OfflineTicket find(String key) throws SQLException, OutboxException {
        try (PreparedStatement ps = db().prepareStatement("SELECT display_number, service_code, priority_class, "
                + "issued_at FROM offline_ticket WHERE idempotency_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new OfflineTicket(key, rs.getString(1), rs.getString(2), rs.getString(3),
                        Instant.parse(rs.getString(4))) : null;
            }
        }
    }

    /** Tickets still to deliver, oldest first. */
    public synchronized List<OfflineTicket> pending() throws OutboxException {
        List<OfflineTicket> out = new ArrayList<>();
        try (Statement s = db().createStatement(); ResultSet rs = s.executeQuery("SELECT idempotency_key, "
                + "display_number, service_code, priority_class, issued_at FROM offline_ticket "
                + "WHERE state = 'pending' ORDER BY issued_at, seq")) {
            while (rs.next()) {
                out.add(new OfflineTicket(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        Instant.parse(rs.getString(5))));
            }
        } catch (SQLException e) {
            throw new OutboxException("Cannot read the offline outbox: " + e.getMessage(), e);
        }
        return out;
    }

    public synchronized int pendingCount() throws OutboxException {
        return pending().size();
    }

    /** The server has the ticket (under its own id and number). */
    public synchronized void delivered(String key, String serverTicketId, String serverNumber)
            throws OutboxException {
        update("UPDATE offline_ticket SET state = 'delivered', server_ticket_id = ?, server_number = ?, "
                + "delivered_at = ? WHERE idempotency_key = ? AND state = 'pending'",
                serverTicketId, serverNumber, clock.instant().toString(), key);
    }

    /** The server refused the ticket for good (e.g. a service it no longer has); kept for staff, not retried. */
    public synchronized void refused(String key) throws OutboxException {
        update("UPDATE offline_ticket SET state = 'refused' WHERE idempotency_key = ? AND state = 'pending'", key);
    }

    /** A ticket issued online but not printed, whose void must reach the server when it is back. */
    public synchronized void voidLater(String serverTicketId, String reason) throws OutboxException {
        try (PreparedStatement ps = db().prepareStatement("INSERT OR IGNORE INTO pending_void (ticket_id, reason, "
                + "created_at) VALUES (?, ?, ?)")) {
            ps.setString(1, serverTicketId);
            ps.setString(2, reason);
            ps.setString(3, clock.instant().toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("Cannot store a pending void: " + e.getMessage(), e);
        }
    }

    /** Voids still to send: ticket id to reason. */
    public synchronized java.util.Map<String, String> pendingVoids() throws OutboxException {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        try (Statement s = db().createStatement();
                ResultSet rs = s.executeQuery("SELECT ticket_id, reason FROM pending_void ORDER BY created_at")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            throw new OutboxException("Cannot read pending voids: " + e.getMessage(), e);
        }
        return out;
    }

    public synchronized void voidSent(String serverTicketId) throws OutboxException {
        update("DELETE FROM pending_void WHERE ticket_id = ?", serverTicketId);
    }

    /** The ticket was never printed: it must not reach the queue. */
    public synchronized void withdraw(String key) throws OutboxException {
        update("UPDATE offline_ticket SET state = 'withdrawn' WHERE idempotency_key = ? AND state = 'pending'", key);
    }

    private void update(String sql, String... args) throws OutboxException {
        try (PreparedStatement ps = db().prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new OutboxException("Cannot update the offline outbox: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (db != null) {
                db.close();
            }
        } catch (SQLException e) {
            // closing at shutdown: nothing left to save
        }
    }
}
