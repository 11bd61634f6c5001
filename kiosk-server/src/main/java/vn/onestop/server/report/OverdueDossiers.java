package vn.onestop.server.report;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/**
 * Dossiers whose appointment (return date) has passed while they are still open, for the supervisor. Read-only over
 * the dossier table; lists code, procedure, appointment and status only (no applicant data).
 */
public final class OverdueDossiers {
    /** Statuses after which a dossier no longer waits for the centre. */
    static final List<String> CLOSED = List.of("done", "refused", "handed_to_post", "delivered", "returned",
            "cancelled");
    private final Database db;
    private final ServerConfig config;
    private final Clock clock;

    public OverdueDossiers(Database db, ServerConfig config, Clock clock) {
        this.db = db;
        this.config = config;
        this.clock = clock;
    }

    /** At most {@code limit} overdue dossiers, the longest overdue first. */
    /** An open dossier past its appointment: code, procedure, appointment (local date-time) and status. */
    public record Overdue(String code, String procedureCode, String appointmentAt, String status) {}

    /** The centre {@code centreId}'s overdue dossiers ({@code "*"}: every centre's). */
    public List<Overdue> list(String centreId, int limit) {
        boolean any = vn.onestop.server.centre.Centre.PROVINCE.equals(centreId);
        String now = LocalDateTime.ofInstant(clock.instant(), config.zone()).withNano(0).toString();
        String closed = String.join(",", CLOSED.stream().map(s -> "?").toList());
        Object[] params = new Object[CLOSED.size() + (any ? 2 : 3)];
        params[0] = now;
        for (int i = 0; i < CLOSED.size(); i++) {
            params[i + 1] = CLOSED.get(i);
        }
        if (!any) {
            params[params.length - 2] = centreId;
        }
        params[params.length - 1] = limit;
        return db.read(c -> Rows.list(c, "SELECT code, procedure_code, appointment_at, status FROM dossier "
                + "WHERE appointment_at < ? AND status NOT IN (" + closed + ")" + (any ? "" : " AND centre_id = ?")
                + " ORDER BY appointment_at LIMIT ?", rs -> new Overdue(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4)), params));
    }
}
