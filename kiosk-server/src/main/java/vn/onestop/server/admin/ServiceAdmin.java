package vn.onestop.server.admin;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.StaffSession;

/**
 * A centre's services on the admin pages: the prefix letter its tickets carry (unique in the centre), names, priority
 * mode and interleave (empty: the centre's default), position on the kiosk. Removing one is refused while tickets of
 * it wait or are being served, or when a counter would be left without a service; a removed service is kept
 * (disabled) for its past tickets, and adding its letter again brings it back.
 */
public final class ServiceAdmin {
    private static final Pattern CODE = Pattern.compile("[A-Z]");
    private static final String COLUMNS = "code, name_vi, name_en, priority_mode, interleave, position, disabled_at";
    /** Ticket states that still need the service. */
    static final String LIVE = "('waiting', 'called', 'serving', 'parked')";
    private final Database db;
    private final Clock clock;
    private final Changes changes;

    /** A service as the admin page sends it; on an edit, a field left out (null) keeps its value. */
    public record ServiceBody(String code, String nameVi, String nameEn, String priorityMode, Integer interleave,
            Integer position) {}

    ServiceAdmin(Database db, Clock clock, Changes changes) {
        this.db = db;
        this.clock = clock;
        this.changes = changes;
    }

    /** The enabled services of {@code centreId}, in kiosk order. */
    public List<Map<String, Object>> list(String centreId) {
        return db.read(c -> Rows.list(c, "SELECT " + COLUMNS + " FROM service WHERE centre_id = ? AND disabled_at "
                + "IS NULL ORDER BY position, code", ServiceAdmin::view, centreId));
    }

    public Map<String, Object> create(StaffSession s, String centreId, ServiceBody b) {
        if (b == null || b.code() == null || !CODE.matcher(b.code().strip()).matches()) {
            throw Rejection.invalid("code must be the service's prefix letter: one capital letter A-Z");
        }
        String code = b.code().strip();
        ServiceBody v = validated(b, null);
        return db.write(c -> {
            Optional<Map<String, Object>> old = find(c, centreId, code);
            if (old.isPresent() && !Boolean.TRUE.equals(old.get().get("disabled"))) {
                throw Rejection.conflict("The prefix " + code + " is already used in this centre by the service '"
                        + old.get().get("nameVi") + "'");
            }
            int position = v.position() != null ? v.position() : (int) Rows.count(c,
                    "SELECT COUNT(*) FROM service WHERE centre_id = ?", centreId) + 1;
            if (old.isPresent()) {
                Rows.update(c, "UPDATE service SET name_vi = ?, name_en = ?, priority_mode = ?, interleave = ?, "
                        + "position = ?, disabled_at = NULL WHERE centre_id = ? AND code = ?", v.nameVi(), v.nameEn(),
                        v.priorityMode(), v.interleave(), position, centreId, code);
            } else {
                Rows.update(c, "INSERT INTO service (centre_id, code, name_vi, name_en, priority_mode, interleave, "
                        + "position) VALUES (?, ?, ?, ?, ?, ?, ?)", centreId, code, v.nameVi(), v.nameEn(),
                        v.priorityMode(), v.interleave(), position);
            }
            Map<String, Object> after = find(c, centreId, code).orElseThrow();
            changes.record(c, s.username(), "service.create", code, centreId, "services", old.orElse(null), after);
            return after;
        });
    }

    public Map<String, Object> update(StaffSession s, String centreId, String code, ServiceBody b) {
        if (b == null) {
            throw Rejection.invalid("A JSON body with the fields to change is required");
        }
        if (b.code() != null && !b.code().strip().equals(code)) {
            throw Rejection.invalid("A service's prefix letter cannot change: add a service with the new letter and "
                    + "remove this one");
        }
        return db.write(c -> {
            Map<String, Object> before = enabled(c, centreId, code);
            ServiceBody v = validated(b, before);
            Rows.update(c, "UPDATE service SET name_vi = ?, name_en = ?, priority_mode = ?, interleave = ?, "
                    + "position = ? WHERE centre_id = ? AND code = ?", v.nameVi(), v.nameEn(), v.priorityMode(),
                    v.interleave(), v.position() != null ? v.position() : before.get("position"), centreId, code);
            Map<String, Object> after = find(c, centreId, code).orElseThrow();
            changes.record(c, s.username(), "service.update", code, centreId, "services", before, after);
            return after;
        });
    }

    /** Removes a service no ticket needs any more; counters that also call from others lose it. */
    public void remove(StaffSession s, String centreId, String code) {
        db.write(c -> {
            Map<String, Object> before = enabled(c, centreId, code);
            long live = Rows.count(c, "SELECT COUNT(*) FROM ticket WHERE centre_id = ? AND service_code = ? "
                    + "AND status IN " + LIVE, centreId, code);
            if (live > 0) {
                throw Rejection.conflict("Service " + code + " still has " + live + " ticket(s) waiting or being "
                        + "served: remove it when they are done, or transfer them");
            }
            List<String[]> counters = Rows.list(c, "SELECT id, services FROM counter WHERE centre_id = ? "
                    + "AND disabled_at IS NULL", rs -> new String[] {rs.getString(1), rs.getString(2)}, centreId);
            for (String[] k : counters) {
                List<String> served = new ArrayList<>(Arrays.asList(k[1].split(",")));
                if (served.remove(code)) {
                    if (served.isEmpty()) {
                        throw Rejection.conflict("Counter " + k[0] + " calls from service " + code + " only: give it "
                                + "another service first (a counter needs at least one)");
                    }
                    Rows.update(c, "UPDATE counter SET services = ? WHERE id = ?", String.join(",", served), k[0]);
                }
            }
            Rows.update(c, "UPDATE service SET disabled_at = ? WHERE centre_id = ? AND code = ?", clock.millis(),
                    centreId, code);
            changes.record(c, s.username(), "service.remove", code, centreId, "services", before, null);
            return null;
        });
    }

    private static Map<String, Object> enabled(Connection c, String centreId, String code) throws SQLException {
        return find(c, centreId, code).filter(m -> !Boolean.TRUE.equals(m.get("disabled")))
                .orElseThrow(() -> Rejection.notFound("This centre has no service '" + code + "'"));
    }

    private static Optional<Map<String, Object>> find(Connection c, String centreId, String code)
            throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM service WHERE centre_id = ? AND code = ?", ServiceAdmin::view,
                centreId, code);
    }

    /** The body with its fields checked, and those left out taken from {@code before} (null: a new service). */
    private static ServiceBody validated(ServiceBody b, Map<String, Object> before) {
        String nameVi = b.nameVi() != null || before == null ? b.nameVi() : (String) before.get("nameVi");
        String nameEn = b.nameEn() != null || before == null ? b.nameEn() : (String) before.get("nameEn");
        CentreAdmin.text("nameVi", nameVi, 200);
        CentreAdmin.text("nameEn", nameEn, 200);
        String mode = b.priorityMode() != null ? b.priorityMode().strip().toLowerCase(Locale.ROOT)
                : before == null ? "" : (String) before.get("priorityMode");
        if (mode != null && !mode.isEmpty() && !mode.equals("strict") && !mode.equals("interleaved")) {
            throw Rejection.invalid("priorityMode must be strict, interleaved, or empty for the centre's default");
        }
        Integer interleave = b.interleave() != null ? b.interleave() : before == null ? null
                : (Integer) before.get("interleave");
        if (interleave != null && (interleave < 1 || interleave > 20)) {
            throw Rejection.invalid("interleave must be 1-20 priority calls before a normal ticket (was "
                    + interleave + ")");
        }
        if (b.position() != null && (b.position() < 0 || b.position() > 999)) {
            throw Rejection.invalid("position must be 0-999");
        }
        return new ServiceBody(null, nameVi.strip(), nameEn.strip(), mode == null || mode.isEmpty() ? null : mode,
                interleave, b.position());
    }

    private static Map<String, Object> view(ResultSet rs) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", rs.getString(1));
        m.put("nameVi", rs.getString(2));
        m.put("nameEn", rs.getString(3));
        m.put("priorityMode", rs.getString(4));
        int interleave = rs.getInt(5);
        m.put("interleave", rs.wasNull() ? null : interleave);
        m.put("position", rs.getInt(6));
        rs.getLong(7);
        m.put("disabled", !rs.wasNull());
        return m;
    }
}
