package vn.onestop.server.admin;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.StaffSession;

/**
 * A centre's priority classes (elderly, disabled, pregnant, ...): code, names, rank (higher is called first). A class
 * waiting tickets still carry cannot be removed.
 */
public final class PriorityAdmin {
    private static final Pattern CODE = Pattern.compile("[a-z0-9_-]{1,20}");
    private final Database db;
    private final Changes changes;

    /** A priority class as the admin page sends it; on an edit, a field left out (null) keeps its value. */
    public record PriorityBody(String code, String nameVi, String nameEn, Integer rank) {}

    PriorityAdmin(Database db, Changes changes) {
        this.db = db;
        this.changes = changes;
    }

    public List<Map<String, Object>> list(String centreId) {
        return db.read(c -> Rows.list(c, "SELECT code, name_vi, name_en, rank FROM priority_class WHERE centre_id = ? "
                + "ORDER BY rank DESC, code", PriorityAdmin::view, centreId));
    }

    public Map<String, Object> create(StaffSession s, String centreId, PriorityBody b) {
        if (b == null || b.code() == null || !CODE.matcher(b.code()).matches()) {
            throw Rejection.invalid("code must be 1-20 characters: lower-case letters, digits, '_' and '-'");
        }
        PriorityBody v = validated(b, null);
        return db.write(c -> {
            if (find(c, centreId, b.code()).isPresent()) {
                throw Rejection.conflict("This centre has a priority class '" + b.code() + "' already");
            }
            Rows.update(c, "INSERT INTO priority_class (centre_id, code, name_vi, name_en, rank) "
                    + "VALUES (?, ?, ?, ?, ?)", centreId, b.code(), v.nameVi(), v.nameEn(), v.rank());
            Map<String, Object> after = find(c, centreId, b.code()).orElseThrow();
            changes.record(c, s.username(), "priority.create", b.code(), centreId, "priority", null, after);
            return after;
        });
    }

    public Map<String, Object> update(StaffSession s, String centreId, String code, PriorityBody b) {
        if (b == null) {
            throw Rejection.invalid("A JSON body with the fields to change is required");
        }
        return db.write(c -> {
            Map<String, Object> before = existing(c, centreId, code);
            PriorityBody v = validated(b, before);
            Rows.update(c, "UPDATE priority_class SET name_vi = ?, name_en = ?, rank = ? WHERE centre_id = ? AND "
                    + "code = ?", v.nameVi(), v.nameEn(), v.rank(), centreId, code);
            Map<String, Object> after = find(c, centreId, code).orElseThrow();
            changes.record(c, s.username(), "priority.update", code, centreId, "priority", before, after);
            return after;
        });
    }

    public void remove(StaffSession s, String centreId, String code) {
        db.write(c -> {
            Map<String, Object> before = existing(c, centreId, code);
            long live = Rows.count(c, "SELECT COUNT(*) FROM ticket WHERE centre_id = ? AND priority_class = ? AND "
                    + "status IN " + ServiceAdmin.LIVE, centreId, code);
            if (live > 0) {
                throw Rejection.conflict("Priority class '" + code + "' is on " + live + " ticket(s) waiting or being "
                        + "served: remove it when they are done");
            }
            Rows.update(c, "DELETE FROM priority_class WHERE centre_id = ? AND code = ?", centreId, code);
            changes.record(c, s.username(), "priority.remove", code, centreId, "priority", before, null);
            return null;
        });
    }

    private static Map<String, Object> existing(Connection c, String centreId, String code) throws SQLException {
        return find(c, centreId, code).orElseThrow(() -> Rejection.notFound("This centre has no priority class '"
                + code + "'"));
    }

    private static Optional<Map<String, Object>> find(Connection c, String centreId, String code)
            throws SQLException {
        return Rows.one(c, "SELECT code, name_vi, name_en, rank FROM priority_class WHERE centre_id = ? AND code = ?",
                PriorityAdmin::view, centreId, code);
    }

    private static PriorityBody validated(PriorityBody b, Map<String, Object> before) {
        String nameVi = b.nameVi() != null || before == null ? b.nameVi() : (String) before.get("nameVi");
        String nameEn = b.nameEn() != null || before == null ? b.nameEn() : (String) before.get("nameEn");
        CentreAdmin.text("nameVi", nameVi, 200);
        CentreAdmin.text("nameEn", nameEn, 200);
        Integer rank = b.rank() != null ? b.rank() : before == null ? null : (Integer) before.get("rank");
        if (rank == null || rank < 0 || rank > 99) {
            throw Rejection.invalid("rank is required: 0-99, a higher rank is called first (0: no priority)");
        }
        return new PriorityBody(null, nameVi.strip(), nameEn.strip(), rank);
    }

    private static Map<String, Object> view(ResultSet rs) throws SQLException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", rs.getString(1));
        m.put("nameVi", rs.getString(2));
        m.put("nameEn", rs.getString(3));
        m.put("rank", rs.getInt(4));
        return m;
    }
}
