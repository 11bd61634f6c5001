package vn.onestop.server.kiosk;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.onestop.server.db.Rows;

/**
 * When each kiosk was cut off from the server and how many tickets it issued meanwhile. A period starts at the
 * kiosk's last heartbeat before a silence longer than {@link #GAP} (or at its first offline ticket when the
 * silence was shorter) and ends at its first contact after. Runs on the caller's connection and transaction.
 */
public final class KioskOfflinePeriods {
    /** Heartbeats come every 15 s: a silence longer than this means the kiosk could not reach the server. */
    public static final Duration GAP = Duration.ofSeconds(90);

    /** A heartbeat arrived at {@code now}; {@code previousSeen} is the one before (null for the first ever). */
    public void heartbeat(Connection c, String kioskId, Long previousSeen, long now) throws SQLException {
        if (previousSeen != null && now - previousSeen > GAP.toMillis()) {
            Rows.update(c, "INSERT INTO kiosk_offline_period (id, kiosk_id, started_at, ended_at, late_tickets) "
                    + "VALUES (?, ?, ?, ?, 0)", UUID.randomUUID().toString(), kioskId, previousSeen, now);
        }
    }

    /**
     * A ticket the kiosk issued offline at {@code issuedAt} was delivered at {@code now}: counted in the latest
     * period that ended after it (started earlier if needed), or in a new period from it to now.
     */
    public void lateTicket(Connection c, String kioskId, long issuedAt, long now) throws SQLException {
        var period = Rows.one(c, "SELECT id, started_at FROM kiosk_offline_period WHERE kiosk_id = ? AND ended_at >= ? "
                + "ORDER BY ended_at DESC LIMIT 1", rs -> new String[] {rs.getString(1), rs.getString(2)}, kioskId,
                issuedAt);
        if (period.isEmpty()) {
            Rows.update(c, "INSERT INTO kiosk_offline_period (id, kiosk_id, started_at, ended_at, late_tickets) "
                    + "VALUES (?, ?, ?, ?, 1)", UUID.randomUUID().toString(), kioskId, Math.min(issuedAt, now), now);
            return;
        }
        Rows.update(c, "UPDATE kiosk_offline_period SET late_tickets = late_tickets + 1, started_at = "
                + "CASE WHEN started_at > ? THEN ? ELSE started_at END WHERE id = ?", issuedAt, issuedAt,
                period.get()[0]);
    }

    /** The latest periods of a kiosk, newest first: from, to (ISO instants) and tickets delivered late. */
    public List<KioskView.OfflinePeriod> latest(Connection c, String kioskId, int limit) throws SQLException {
        return Rows.list(c, "SELECT started_at, ended_at, late_tickets FROM kiosk_offline_period WHERE kiosk_id = ? "
                + "ORDER BY ended_at DESC LIMIT ?", rs -> new KioskView.OfflinePeriod(
                        Instant.ofEpochMilli(rs.getLong(1)).toString(), Instant.ofEpochMilli(rs.getLong(2)).toString(),
                        rs.getInt(3)), kioskId, limit);
    }
}
