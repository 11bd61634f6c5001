package vn.onestop.server.mobile;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.onestop.server.db.Rows;

/** JDBC access to the {@code mobile_ticket} table on the caller's connection and transaction. Portable SQL. */
final class MobileLinkStore {

    /** A ticket's link: its ticket, when the token dies, whether "I am coming back" was used and until when. */
    record Link(String ticketId, long expiresAt, boolean parkUsed, Long parkedUntil) {}

    /** Gives a ticket a new token (a repeated issue replaces the earlier one, which no kiosk printed). */
    void put(Connection c, String ticketId, String tokenHash, long now, long expiresAt) throws SQLException {
        if (Rows.update(c, "UPDATE mobile_ticket SET token_hash = ?, created_at = ?, expires_at = ? "
                + "WHERE ticket_id = ?", tokenHash, now, expiresAt, ticketId) == 0) {
            Rows.update(c, "INSERT INTO mobile_ticket (ticket_id, token_hash, created_at, expires_at) "
                    + "VALUES (?, ?, ?, ?)", ticketId, tokenHash, now, expiresAt);
        }
    }

    Optional<Link> byHash(Connection c, String tokenHash) throws SQLException {
        return Rows.one(c, "SELECT ticket_id, expires_at, park_used, parked_until FROM mobile_ticket "
                + "WHERE token_hash = ?", rs -> new Link(rs.getString(1), rs.getLong(2), rs.getInt(3) != 0,
                        Rows.nullableLong(rs, "parked_until")), tokenHash);
    }

    /** The links of these tickets, by ticket id (tickets without one are absent), read in chunks. */
    Map<String, Link> forTickets(Connection c, Collection<String> ticketIds) throws SQLException {
        List<String> all = List.copyOf(ticketIds);
        Map<String, Link> links = new HashMap<>();
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            for (Link l : Rows.list(c, "SELECT ticket_id, expires_at, park_used, parked_until FROM mobile_ticket "
                    + "WHERE ticket_id IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")",
                    rs -> new Link(rs.getString(1), rs.getLong(2), rs.getInt(3) != 0,
                            Rows.nullableLong(rs, "parked_until")), chunk.toArray())) {
                links.put(l.ticketId(), l);
            }
        }
        return links;
    }

    void parked(Connection c, String ticketId, long until) throws SQLException {
        Rows.update(c, "UPDATE mobile_ticket SET park_used = 1, parked_until = ? WHERE ticket_id = ?", until,
                ticketId);
    }

    void unparked(Connection c, String ticketId) throws SQLException {
        Rows.update(c, "UPDATE mobile_ticket SET parked_until = NULL WHERE ticket_id = ?", ticketId);
    }

    /** Tickets whose park time is over at {@code now}. */
    List<String> parkOver(Connection c, long now) throws SQLException {
        return Rows.list(c, "SELECT ticket_id FROM mobile_ticket WHERE parked_until IS NOT NULL AND parked_until <= ?",
                rs -> rs.getString(1), now);
    }
}
