package vn.onestop.server.admin;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.onestop.server.Rejection;
import vn.onestop.server.centre.Centre;
import vn.onestop.server.centre.CentreKind;
import vn.onestop.server.centre.Centres;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.StaffSession;

/**
 * Centres on the admin pages: a province admin creates, edits, disables and enables them; a centre admin edits their
 * own centre's names, address and opening hours. A new centre gets its first services and priority classes from the
 * {@link CentreSeeder} in the same transaction.
 */
public final class CentreAdmin {
    /** New centres' ids leave room for their counters' ids {@code <centre>-<n>} (counter.id is VARCHAR(20)). */
    static final int MAX_NEW_ID = 16;
    private static final Pattern PROVINCE_CODE = Pattern.compile("[0-9]{2}");
    private static final Pattern AGENCY_CODE = Pattern.compile("[A-Za-z0-9.\\-]{1,40}");
    private final Database db;
    private final Clock clock;
    private final Centres centres;
    private final CentreSeeder seeder;
    private final Changes changes;

    /** A centre as the admin page sends it; on an edit, a field left out (null) keeps its value. */
    public record CentreBody(String id, String nameVi, String nameEn, String kind, String provinceCode,
            String agencyCode, String address, String timeZone, String openingHours) {}

    CentreAdmin(Database db, Clock clock, Centres centres, CentreSeeder seeder, Changes changes) {
        this.db = db;
        this.clock = clock;
        this.centres = centres;
        this.seeder = seeder;
        this.changes = changes;
    }

    /** Every centre for a province admin; their own centres for anyone else. */
    public List<Map<String, Object>> list(StaffSession s) {
        return centres.all().stream().filter(c -> Scope.province(s) || s.grants().containsKey(c.id()))
                .map(CentreAdmin::view).toList();
    }

    public Map<String, Object> create(StaffSession s, CentreBody b) {
        if (b == null || b.id() == null || !Centres.ID.matcher(b.id()).matches() || b.id().length() > MAX_NEW_ID) {
            throw Rejection.invalid("id must be 2-" + MAX_NEW_ID + " characters: lower-case letters, digits and '-'");
        }
        Centre c = validated(new Centre(b.id(), b.nameVi(), b.nameEn(), kind(b.kind(), CentreKind.COMMUNE),
                blankToNull(b.provinceCode()), b.agencyCode(), blankToNull(b.address()),
                b.timeZone() == null || b.timeZone().isBlank() ? "Asia/Ho_Chi_Minh" : b.timeZone().strip(),
                blankToNull(b.openingHours()), false));
        Scope.requireProvince(s, "create a centre");
        return db.write(conn -> {
            if (centres.find(conn, c.id()).isPresent()) {
                throw Rejection.conflict("A centre '" + c.id() + "' exists already");
            }
            long now = clock.millis();
            Rows.update(conn, "INSERT INTO centre (id, name_vi, name_en, kind, province_code, agency_code, address, "
                    + "time_zone, opening_hours, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    c.id(), c.nameVi(), c.nameEn(), c.kind().code(), c.provinceCode(), c.agencyCode(), c.address(),
                    c.timeZone(), c.openingHours(), now, now);
            seeder.seed(conn, c.id());
            changes.record(conn, s.username(), "centre.create", c.id(), c.id(), "centre", null, view(c));
            return view(c);
        });
    }

    public Map<String, Object> update(StaffSession s, String id, CentreBody b) {
        Centre before = existing(id);
        Scope.requireCentre(s, id);
        if (b == null) {
            throw Rejection.invalid("A JSON body with the fields to change is required");
        }
        if (b.id() != null && !b.id().equals(id)) {
            throw Rejection.invalid("A centre's id cannot change (was '" + id + "', body says '" + b.id() + "')");
        }
        Centre after = validated(new Centre(id, or(b.nameVi(), before.nameVi()), or(b.nameEn(), before.nameEn()),
                b.kind() == null ? before.kind() : kind(b.kind(), before.kind()),
                b.provinceCode() == null ? before.provinceCode() : blankToNull(b.provinceCode()),
                or(b.agencyCode(), before.agencyCode()), b.address() == null ? before.address()
                        : blankToNull(b.address()), or(b.timeZone(), before.timeZone()),
                b.openingHours() == null ? before.openingHours() : blankToNull(b.openingHours()), before.disabled()));
        if (!Scope.province(s) && (after.kind() != before.kind()
                || !Objects.equals(after.provinceCode(), before.provinceCode())
                || !after.agencyCode().equals(before.agencyCode()) || !after.timeZone().equals(before.timeZone()))) {
            throw new Rejection(Rejection.Kind.FORBIDDEN, "A centre admin may change the names, address and opening "
                    + "hours only; the kind, province, agency code and time zone are the province admin's");
        }
        return db.write(conn -> {
            Rows.update(conn, "UPDATE centre SET name_vi = ?, name_en = ?, kind = ?, province_code = ?, "
                    + "agency_code = ?, address = ?, time_zone = ?, opening_hours = ?, updated_at = ? WHERE id = ?",
                    after.nameVi(), after.nameEn(), after.kind().code(), after.provinceCode(), after.agencyCode(),
                    after.address(), after.timeZone(), after.openingHours(), clock.millis(), id);
            changes.record(conn, s.username(), "centre.update", id, id, "centre", view(before), view(after));
            return view(after);
        });
    }

    /** Disables (or enables again) a centre: a province admin's decision; 'main' stays enabled. */
    public Map<String, Object> setDisabled(StaffSession s, String id, boolean disabled) {
        Centre before = existing(id);
        Scope.requireProvince(s, (disabled ? "disable" : "enable") + " a centre");
        if (disabled && Centre.MAIN.equals(id)) {
            throw Rejection.conflict("The centre 'main' cannot be disabled: accounts without another centre act in it");
        }
        return db.write(conn -> {
            long now = clock.millis();
            Rows.update(conn, "UPDATE centre SET disabled_at = ?, updated_at = ? WHERE id = ?", disabled ? now : null,
                    now, id);
            Centre after = centres.find(conn, id).orElseThrow();
            changes.record(conn, s.username(), disabled ? "centre.disable" : "centre.enable", id, id, "centre",
                    view(before), view(after));
            return view(after);
        });
    }

    private Centre existing(String id) {
        return centres.find(id).orElseThrow(() -> Rejection.notFound("No centre '" + id + "'"));
    }

    private static Centre validated(Centre c) {
        text("nameVi", c.nameVi(), 200);
        text("nameEn", c.nameEn(), 200);
        if (c.provinceCode() != null && !PROVINCE_CODE.matcher(c.provinceCode()).matches()) {
            throw Rejection.invalid("provinceCode must be the province's two-digit code (e.g. 01), or empty");
        }
        if (c.agencyCode() == null || !AGENCY_CODE.matcher(c.agencyCode()).matches()) {
            throw Rejection.invalid("agencyCode is required: the receiving unit's code (letters, digits, '.', '-'; "
                    + "at most 40), the first part of its dossier codes");
        }
        if (c.address() != null && c.address().length() > 500) {
            throw Rejection.invalid("address is at most 500 characters");
        }
        if (c.openingHours() != null && c.openingHours().length() > 200) {
            throw Rejection.invalid("openingHours is at most 200 characters");
        }
        try {
            ZoneId.of(c.timeZone());
        } catch (DateTimeException e) {
            throw Rejection.invalid("timeZone must be a zone id such as Asia/Ho_Chi_Minh (was '" + c.timeZone() + "')");
        }
        return new Centre(c.id(), c.nameVi().strip(), c.nameEn().strip(), c.kind(), c.provinceCode(), c.agencyCode(),
                c.address() == null ? null : c.address().strip(), c.timeZone(), c.openingHours(), c.disabled());
    }

    static void text(String field, String value, int max) {
        if (value == null || value.isBlank() || value.strip().length() > max) {
            throw Rejection.invalid(field + " is required (1-" + max + " characters)");
        }
    }

    private static CentreKind kind(String code, CentreKind otherwise) {
        return code == null || code.isBlank() ? otherwise : CentreKind.of(code.strip());
    }

    private static String or(String value, String otherwise) {
        return value == null ? otherwise : value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** A centre as the admin page and the audit log show it. */
    static Map<String, Object> view(Centre c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("nameVi", c.nameVi());
        m.put("nameEn", c.nameEn());
        m.put("kind", c.kind().code());
        m.put("provinceCode", c.provinceCode());
        m.put("agencyCode", c.agencyCode());
        m.put("address", c.address());
        m.put("timeZone", c.timeZone());
        m.put("openingHours", c.openingHours());
        m.put("disabled", c.disabled());
        return m;
    }
}
