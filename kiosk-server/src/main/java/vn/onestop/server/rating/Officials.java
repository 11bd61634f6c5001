package vn.onestop.server.rating;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import vn.onestop.server.db.Rows;

/** Finds the official (staff user name) who served a ticket or received a dossier, for the rating. */
final class Officials {
    private Officials() {}

    /**
     * @param ticketId    the ticket rated, or the dossier's ticket; may be empty
     * @param counterId   its counter; may be empty
     * @param dossierCode the dossier rated, or null for a ticket
     * @return the staff user name, or null when no staff user is known (e.g. a dossier filed at the kiosk without
     *         a ticket and not yet handled)
     */
    static String whoServed(Connection c, String ticketId, String counterId, String dossierCode) throws SQLException {
        if (ticketId != null && !ticketId.isEmpty()) {
            Optional<String> served = Rows.one(c, "SELECT actor FROM ticket_history WHERE ticket_id = ? AND status IN "
                    + "('serving', 'done', 'called') AND actor IS NOT NULL AND actor NOT LIKE 'kiosk:%' ORDER BY "
                    + "CASE status WHEN 'serving' THEN 0 WHEN 'done' THEN 1 ELSE 2 END, at DESC LIMIT 1",
                    rs -> rs.getString(1), ticketId);
            if (served.isPresent()) {
                return served.get();
            }
            if (counterId != null && !counterId.isEmpty()) {
                Optional<String> atCounter = Rows.one(c, "SELECT staff_username FROM counter WHERE id = ? AND "
                        + "staff_username IS NOT NULL", rs -> rs.getString(1), counterId);
                if (atCounter.isPresent()) {
                    return atCounter.get();
                }
            }
        }
        if (dossierCode != null) {
            return Rows.one(c, "SELECT actor FROM dossier_status_history WHERE dossier_code = ? AND actor NOT LIKE "
                    + "'kiosk:%' ORDER BY at LIMIT 1", rs -> rs.getString(1), dossierCode).orElse(null);
        }
        return null;
    }
}
