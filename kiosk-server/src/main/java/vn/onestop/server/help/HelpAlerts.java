package vn.onestop.server.help;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.onestop.core.wire.HelpAlertView;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.staff.AuditLog;

/**
 * Calls for help from kiosks: raised by a kiosk (its name and screen, no personal data), shown live on the staff
 * pages ({@code help.raised}), answered by one staff member ({@code help.acknowledged}, audited). A kiosk has at
 * most one open call: pressing again joins it. A call belongs to its kiosk's centre (issue 21): only that centre's
 * staff list and answer it (another centre's call is the same 404 as an unknown one), and its events carry
 * {@code centreId} so the live streams deliver them to that centre only.
 */
public final class HelpAlerts {
    /** Screen codes as the kiosk names its screens ("info", "filing-review"...). */
    static final Pattern SCREEN = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final String SELECT = "SELECT h.id, h.kiosk_id, k.name, h.screen, h.raised_at, h.acknowledged_at, "
            + "h.acknowledged_by FROM help_alert h JOIN kiosk k ON k.id = h.kiosk_id ";
    private final Database db;
    private final Clock clock;
    private final EventBus events;
    private final AuditLog audit;

    public HelpAlerts(Database db, Clock clock, EventBus events, AuditLog audit) {
        this.db = db;
        this.clock = clock;
        this.events = events;
        this.audit = audit;
    }

    /**
     * Raises a call for {@code kioskId} (of {@code centreId}) on {@code screen}, or returns its open call (repeated)
     * if it has one.
     */
    public HelpAlertView raise(String kioskId, String centreId, String screen) {
        if (screen == null || !SCREEN.matcher(screen).matches()) {
            throw Rejection.invalid("screen must be a screen code: a lowercase letter, then up to 39 lowercase "
                    + "letters, digits or dashes");
        }
        return db.write(c -> {
            Optional<HelpAlertView> open = Rows.one(c, SELECT + "WHERE h.kiosk_id = ? AND h.acknowledged_at IS NULL "
                    + "ORDER BY h.raised_at DESC", rs -> view(rs, true), kioskId);
            if (open.isPresent()) {
                return open.get();
            }
            String id = UUID.randomUUID().toString();
            Rows.update(c, "INSERT INTO help_alert (id, kiosk_id, screen, raised_at, centre_id) VALUES (?, ?, ?, ?, ?)",
                    id, kioskId, screen, clock.millis(), centreId);
            HelpAlertView raised = Rows.one(c, SELECT + "WHERE h.id = ?", rs -> view(rs, false), id).orElseThrow();
            events.publish(c, "help.raised", data(raised, centreId));
            return raised;
        });
    }

    /** The calls of {@code centreId} nobody has answered yet, oldest first. */
    public List<HelpAlertView> open(String centreId) {
        return db.read(c -> Rows.list(c, SELECT + "WHERE h.acknowledged_at IS NULL AND h.centre_id = ? "
                + "ORDER BY h.raised_at", rs -> view(rs, false), centreId));
    }

    /**
     * {@code actor} goes to the citizen: the call is closed on every page and the audit log records who answered.
     * A call already answered stays as it was (409 names who answered it).
     */
    public HelpAlertView acknowledge(String id, String actor, String centreId) {
        return db.write(c -> {
            HelpAlertView found = Rows.one(c, SELECT + "WHERE h.id = ? AND h.centre_id = ?", rs -> view(rs, false),
                    id, centreId).orElseThrow(() -> Rejection.notFound("No call for help " + id));
            if (found.acknowledgedAt() != null) {
                throw Rejection.conflict("This call was already answered by " + found.acknowledgedBy());
            }
            Rows.update(c, "UPDATE help_alert SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ?",
                    clock.millis(), actor, id);
            audit.record(c, actor, "help.acknowledge", found.kioskId(), found.screen(), centreId);
            HelpAlertView answered = Rows.one(c, SELECT + "WHERE h.id = ?", rs -> view(rs, false), id).orElseThrow();
            events.publish(c, "help.acknowledged", data(answered, centreId));
            return answered;
        });
    }

    private static Map<String, Object> data(HelpAlertView v, String centreId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("centreId", centreId);
        m.put("id", v.id());
        m.put("kioskId", v.kioskId());
        m.put("kioskName", v.kioskName());
        m.put("screen", v.screen());
        m.put("raisedAt", v.raisedAt());
        if (v.acknowledgedAt() != null) {
            m.put("acknowledgedAt", v.acknowledgedAt());
            m.put("acknowledgedBy", v.acknowledgedBy());
        }
        return m;
    }

    private static HelpAlertView view(ResultSet rs, boolean repeated) throws SQLException {
        Long acked = Rows.nullableLong(rs, "acknowledged_at");
        return new HelpAlertView(rs.getString("id"), rs.getString("kiosk_id"), rs.getString("name"),
                rs.getString("screen"), Instant.ofEpochMilli(rs.getLong("raised_at")).toString(),
                acked == null ? null : Instant.ofEpochMilli(acked).toString(), rs.getString("acknowledged_by"),
                repeated);
    }
}
