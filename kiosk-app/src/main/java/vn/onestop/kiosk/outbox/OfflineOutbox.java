package vn.onestop.kiosk.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.onestop.core.ticket.TicketNumber;
import vn.onestop.kiosk.flow.TicketOrder;

/**
 * Tickets issued while the server cannot be reached, in the kiosk's {@link OutboxDatabase}. Numbers are
 * {@code <kiosk prefix>-<service><day's number>} (e.g. {@code K1-A004}): the server's numbers never
 * contain a dash and every kiosk has its own prefix, so they cannot collide. Each ticket keeps the
 * idempotency key of its order, so delivering it twice makes one ticket on the server. Thread-safe.
 */
public final class OfflineOutbox {
    private static final Pattern PREFIX = Pattern.compile("[A-Z][A-Z0-9]{0,3}");
    private static final String UPDATE_FAILED = "Cannot update the offline outbox";
    private final OutboxDatabase db;
    private final String prefix;
    private final Clock clock;

    public OfflineOutbox(OutboxDatabase db, String kioskPrefix, Clock clock) {
        if (!PREFIX.matcher(kioskPrefix).matches()) {
            throw new IllegalArgumentException("offline.prefix must be 1-4 capital letters or digits starting "
                    + "with a letter, unique per kiosk (e.g. K1), found '" + kioskPrefix + "'");
        }
        this.prefix = kioskPrefix;
        this.clock = clock;
        this.db = db;
    }

    /** Numbers and stores a ticket for this order; the same order key gives back the same ticket. */
    public OfflineTicket issue(TicketOrder order) throws OutboxException {
        Instant now = clock.instant();
        String day = LocalDate.ofInstant(now, clock.getZone()).toString();
        return db.call("Cannot store an offline ticket", c -> {
            OfflineTicket existing = find(c, order.idempotencyKey());
            if (existing != null) {
                return existing;
            }
            int seq = nextSeq(c, day, order.serviceCode());
            String number = TicketNumber.offline(prefix, order.serviceCode(), seq);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO offline_ticket (idempotency_key, day, seq, "
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
        });
    }

    private static int nextSeq(Connection c, String day, String service) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM offline_ticket WHERE day = ? AND service_code = ?")) {
            ps.setString(1, day);
            ps.setString(2, service);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static OfflineTicket find(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT display_number, service_code, priority_class, "
                + "issued_at FROM offline_ticket WHERE idempotency_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new OfflineTicket(key, rs.getString(1), rs.getString(2), rs.getString(3),
                        Instant.parse(rs.getString(4))) : null;
            }
        }
    }

    /** Tickets still to deliver, oldest first. */
    public List<OfflineTicket> pending() throws OutboxException {
        return db.call("Cannot read the offline outbox", c -> {
            List<OfflineTicket> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT idempotency_key, "
                    + "display_number, service_code, priority_class, issued_at FROM offline_ticket "
                    + "WHERE state = 'pending' ORDER BY issued_at, seq")) {
                while (rs.next()) {
                    out.add(new OfflineTicket(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            Instant.parse(rs.getString(5))));
                }
            }
            return out;
        });
    }

    public int pendingCount() throws OutboxException {
        return pending().size();
    }

    /** The server has the ticket (under its own id and number). */
    public void delivered(String key, String serverTicketId, String serverNumber) throws OutboxException {
        update("UPDATE offline_ticket SET state = 'delivered', server_ticket_id = ?, server_number = ?, "
                + "delivered_at = ? WHERE idempotency_key = ? AND state = 'pending'",
                serverTicketId, serverNumber, clock.instant().toString(), key);
    }

    /** The server refused the ticket for good (e.g. a service it no longer has); kept for staff, not retried. */
    public void refused(String key) throws OutboxException {
        update("UPDATE offline_ticket SET state = 'refused' WHERE idempotency_key = ? AND state = 'pending'", key);
    }

    /** A ticket issued online but not printed, whose void must reach the server when it is back. */
    public void voidLater(String serverTicketId, String reason) throws OutboxException {
        db.call("Cannot store a pending void", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO pending_void (ticket_id, reason, "
                    + "created_at) VALUES (?, ?, ?)")) {
                ps.setString(1, serverTicketId);
                ps.setString(2, reason);
                ps.setString(3, clock.instant().toString());
                return ps.executeUpdate();
            }
        });
    }

    /** Voids still to send: ticket id to reason. */
    public Map<String, String> pendingVoids() throws OutboxException {
        return db.call("Cannot read pending voids", c -> {
            Map<String, String> out = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT ticket_id, reason FROM pending_void ORDER BY created_at")) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                }
            }
            return out;
        });
    }

    public void voidSent(String serverTicketId) throws OutboxException {
        update("DELETE FROM pending_void WHERE ticket_id = ?", serverTicketId);
    }

    /** The ticket was never printed: it must not reach the queue. */
    public void withdraw(String key) throws OutboxException {
        update("UPDATE offline_ticket SET state = 'withdrawn' WHERE idempotency_key = ? AND state = 'pending'", key);
    }

    private void update(String sql, String... args) throws OutboxException {
        db.call(UPDATE_FAILED, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setString(i + 1, args[i]);
                }
                return ps.executeUpdate();
            }
        });
    }
}
