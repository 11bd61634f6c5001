package vn.onestop.server.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.calendar.AnnualHoliday;
import vn.onestop.core.calendar.DayOff;
import vn.onestop.core.calendar.WorkingCalendar;
import vn.onestop.core.catalogue.CatalogueException;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/**
 * The procedure catalogue, the working-day calendar and the kiosk texts as kept in the database (issue 21): seeded
 * from the configuration files at the first start, then changed only through this class (the staff pages). Each
 * change is checked by the same reader that checks {@code procedures.json}, written with its before and after, and
 * bumps one version number; every server process re-reads when the version moved (checked at most once a second),
 * so an edit takes effect at once here and within a second in the other processes of a province. Thread-safe.
 */
public final class CatalogueStore implements LiveCatalogue {
    private static final Logger LOG = LogManager.getLogger(CatalogueStore.class);
    private static final long RECHECK_NANOS = 1_000_000_000L;
    /** The name error messages give the catalogue kept in the database. */
    static final String SOURCE = "catalogue";
    private static final int AUDIT_DETAIL = 480;

    private final Database db;
    private final Clock clock;
    private final ObjectMapper json;
    private final List<AnnualHoliday> annual;
    private volatile Snapshot snapshot;
    private volatile long checkedAt;

    /** One consistent copy of everything, read at {@code version}. */
    record Snapshot(long version, ObjectNode document, Map<String, ObjectNode> procedures,
            ProcedureCatalogue catalogue, WorkingCalendar calendar, List<CalendarDay> days,
            Map<String, KioskTexts> texts) {}

    /** Seeds the database from {@code seed} when it holds no catalogue yet (first start); never overwrites. */
    public CatalogueStore(Database db, Clock clock, ObjectMapper json, CatalogueSeed seed) {
        this.db = db;
        this.clock = clock;
        this.json = json;
        this.annual = seed.annual();
        try {
            db.write(c -> {
                seed(c, seed);
                return null;
            });
        } catch (RuntimeException e) {
            // Two processes of a province started at once: the other one seeded first.
            if (!db.read(CatalogueStore::seeded)) {
                throw e;
            }
        }
        this.snapshot = load();
        this.checkedAt = System.nanoTime();
    }

    private static boolean seeded(Connection c) throws SQLException {
        return Rows.count(c, "SELECT COUNT(*) FROM catalogue_document WHERE id = 1") > 0;
    }

    private void seed(Connection c, CatalogueSeed seed) throws SQLException {
        if (seeded(c)) {
            return;
        }
        ObjectNode document = (ObjectNode) tree(seed.catalogueJson());
        ArrayNode procedures = (ArrayNode) document.remove("procedures");
        long now = clock.millis();
        Rows.update(c, "INSERT INTO catalogue_document (id, body, version, updated_at) VALUES (1, ?, 1, ?)",
                write(document), now);
        for (int i = 0; i < procedures.size(); i++) {
            Rows.update(c, "INSERT INTO catalogue_procedure (code, position, body, updated_at) VALUES (?, ?, ?, ?)",
                    procedures.get(i).get("code").asText(), i, write(procedures.get(i)), now);
        }
        List<CalendarDay> days = new ArrayList<>(seed.daysOff());
        days.addAll(seed.makeupDays());
        for (CalendarDay d : days) {
            insertDay(c, d, now);
        }
        LOG.info("Catalogue ({} procedures) and calendar ({} listed days) copied into the database from the "
                + "configuration files; from now on they are edited on the staff pages", procedures.size(),
                days.size());
    }

    // ---- reading ----

    @Override
    public ProcedureCatalogue catalogue() {
        return current().catalogue();
    }

    @Override
    public WorkingCalendar calendar() {
        return current().calendar();
    }

    /** The version of the catalogue, calendar and kiosk texts (the kiosk configuration's ETag follows it). */
    public long version() {
        return current().version();
    }

    /** The kiosk texts set for {@code centreId} (empty values when none). */
    public KioskTexts texts(String centreId) {
        return current().texts().getOrDefault(centreId, KioskTexts.NONE);
    }

    /** The procedures as entries of {@code procedures.json}, in catalogue order (copies). */
    public List<ObjectNode> procedures() {
        return current().procedures().values().stream().map(ObjectNode::deepCopy).toList();
    }

    /** One procedure's entry, or a 404. */
    public ObjectNode procedure(String code) {
        ObjectNode p = current().procedures().get(code);
        if (p == null) {
            throw Rejection.notFound("No procedure with code '" + code + "' in the catalogue");
        }
        return p.deepCopy();
    }

    /** The whole catalogue as a {@code procedures.json} document (export; import takes it back unchanged). */
    public ObjectNode document() {
        Snapshot s = current();
        return withProcedures(s.document(), s.procedures());
    }

    /** The listed days of {@code year}; when the year lists none, its computed days off (provisional). */
    public List<CalendarDay> days(int year) {
        Snapshot s = current();
        List<CalendarDay> listed = s.days().stream().filter(d -> d.date().getYear() == year).toList();
        if (listed.stream().anyMatch(d -> d.kind().equals(CalendarDay.DAY_OFF))) {
            return listed;
        }
        List<CalendarDay> all = new ArrayList<>(computedDaysOff(s.calendar(), year));
        all.addAll(listed);
        all.sort(java.util.Comparator.comparing(CalendarDay::date));
        return all;
    }

    /** Whether {@code year}'s days off are listed (else computed from the lunar calendar, provisional). */
    public boolean isListedYear(int year) {
        return current().calendar().isListedYear(year);
    }

    Snapshot current() {
        Snapshot s = snapshot;
        long now = System.nanoTime();
        if (now - checkedAt > RECHECK_NANOS) {
            checkedAt = now;
            long version = db.read(c -> Rows.one(c, "SELECT version FROM catalogue_document WHERE id = 1",
                    rs -> rs.getLong(1)).orElse(0L));
            if (version != s.version()) {
                s = reload();
            }
        }
        return s;
    }

    private synchronized Snapshot reload() {
        Snapshot s = load();
        snapshot = s;
        checkedAt = System.nanoTime();
        return s;
    }

    private Snapshot load() {
        return db.read(c -> {
            ObjectNode document = Rows.one(c, "SELECT body FROM catalogue_document WHERE id = 1",
                    rs -> (ObjectNode) tree(rs.getString(1))).orElseThrow();
            long version = Rows.one(c, "SELECT version FROM catalogue_document WHERE id = 1",
                    rs -> rs.getLong(1)).orElseThrow();
            Map<String, ObjectNode> procedures = new LinkedHashMap<>();
            for (String[] row : Rows.list(c, "SELECT code, body FROM catalogue_procedure ORDER BY position, code",
                    rs -> new String[] {rs.getString(1), rs.getString(2)})) {
                procedures.put(row[0], (ObjectNode) tree(row[1]));
            }
            List<CalendarDay> days = Rows.list(c, "SELECT day, kind, name_vi, name_en, status FROM calendar_day "
                    + "ORDER BY day", rs -> new CalendarDay(LocalDate.parse(rs.getString(1)), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5)));
            Map<String, KioskTexts> texts = new HashMap<>();
            for (String[] row : Rows.list(c, "SELECT centre_id, text_key, value_vi, value_en FROM kiosk_text",
                    rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})) {
                texts.put(row[0], texts.getOrDefault(row[0], KioskTexts.NONE).with(row[1], row[2], row[3]));
            }
            ProcedureCatalogue catalogue = ProcedureCatalogue.parse(write(withProcedures(document, procedures)),
                    SOURCE);
            return new Snapshot(version, document, procedures, catalogue, calendarOf(days), days, Map.copyOf(texts));
        });
    }

    private WorkingCalendar calendarOf(List<CalendarDay> days) {
        List<DayOff> off = days.stream().filter(d -> d.kind().equals(CalendarDay.DAY_OFF)).map(CalendarDay::toDayOff)
                .toList();
        List<DayOff> makeup = days.stream().filter(d -> d.kind().equals(CalendarDay.WORKDAY))
                .map(CalendarDay::toDayOff).toList();
        return WorkingCalendar.of(off, makeup, annual);
    }

    private static List<CalendarDay> computedDaysOff(WorkingCalendar calendar, int year) {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            calendar.dayOff(d).ifPresent(off -> days.add(new CalendarDay(off.date(), CalendarDay.DAY_OFF,
                    off.nameVi(), off.nameEn(), "unverified")));
        }
        return days;
    }

    // ---- procedures ----

    /**
     * Creates or changes a procedure: the fields of {@code patch} (entry fields of {@code procedures.json}) replace
     * the procedure's, the others stay. Checked as the whole catalogue before anything is written.
     *
     * @return the procedure's entry after the change
     */
    public ObjectNode putProcedure(Change who, String code, JsonNode patch) {
        Snapshot s = reload();
        ObjectNode before = s.procedures().get(code);
        ObjectNode after = merged(before, code, patch, "");
        check(s, Map.of(code, after), "");
        if (before != null && before.equals(after)) {
            return after;
        }
        write(who, s, Map.of(code, after), "catalogue.procedure");
        return after;
    }

    /** Removes a procedure from the catalogue (its dossiers keep their code; the kiosk no longer offers it). */
    public void deleteProcedure(Change who, String code) {
        Snapshot s = reload();
        ObjectNode before = s.procedures().get(code);
        if (before == null) {
            throw Rejection.notFound("No procedure with code '" + code + "' in the catalogue");
        }
        if (s.procedures().size() == 1) {
            throw Rejection.conflict("The catalogue must keep at least one procedure");
        }
        db.write(c -> {
            Rows.update(c, "DELETE FROM catalogue_procedure WHERE code = ?", code);
            bump(c);
            record(c, who, "catalogue.procedure.delete", code, before, null, "removed " + code);
            return null;
        });
        reload();
    }

    /**
     * Imports entries (created or changed by code): each line is checked against the catalogue with the lines
     * before it; the first bad line is refused with its line number and nothing is written.
     *
     * @return how many procedures were created and changed
     */
    public ImportResult importEntries(Change who, List<ImportLine> lines) {
        if (lines.isEmpty()) {
            throw Rejection.invalid("The import holds no procedure");
        }
        Snapshot s = reload();
        Map<String, ObjectNode> changes = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (ImportLine line : lines) {
            String where = "line " + line.line() + ": ";
            JsonNode code = line.entry().get("code");
            if (code == null || !code.isTextual() || code.asText().isBlank()) {
                throw Rejection.invalid(where + "field 'code' is missing: every line names its procedure's code");
            }
            String c = code.asText().strip();
            Integer earlier = lineOf.putIfAbsent(c, line.line());
            if (earlier != null) {
                throw Rejection.invalid(where + "procedure " + c + " is already on line " + earlier
                        + " of this import: nothing was imported");
            }
            ObjectNode base = changes.containsKey(c) ? changes.get(c) : s.procedures().get(c);
            ObjectNode after = merged(base, c, line.entry(), where);
            Map<String, ObjectNode> next = new LinkedHashMap<>(changes);
            next.put(c, after);
            check(s, next, where + "procedure " + c + ": ");
            changes.put(c, after);
        }
        changes.entrySet().removeIf(e -> e.getValue().equals(s.procedures().get(e.getKey())));
        int created = (int) changes.keySet().stream().filter(c -> !s.procedures().containsKey(c)).count();
        if (!changes.isEmpty()) {
            write(who, s, changes, "catalogue.import");
        }
        return new ImportResult(lines.size(), created, changes.size() - created);
    }

    /** One line of an import: its line number in the upload and its entry (fields of {@code procedures.json}). */
    public record ImportLine(int line, ObjectNode entry) {}

    /** What an import did. */
    public record ImportResult(int lines, int created, int changed) {}

    /** Who changes something, acting in which centre. */
    public record Change(String actor, String centreId) {}

    private ObjectNode merged(ObjectNode before, String code, JsonNode patch, String where) {
        if (patch == null || !patch.isObject()) {
            throw Rejection.invalid(where + "send the procedure as a JSON object with the fields of procedures.json");
        }
        JsonNode named = patch.get("code");
        if (named != null && !code.equals(named.asText().strip())) {
            throw Rejection.invalid(where + "field 'code': '" + named.asText() + "' differs from the procedure '"
                    + code + "' being changed");
        }
        ObjectNode after = before == null ? json.createObjectNode() : before.deepCopy();
        after.put("code", code);
        patch.fields().forEachRemaining(f -> {
            // null for a field the entry does not have changes nothing (a CSV's empty cell of an unset field)
            boolean unsetStaysUnset = f.getValue().isNull() && !after.has(f.getKey());
            if (!f.getKey().equals("code") && !unsetStaysUnset) {
                after.set(f.getKey(), f.getValue());
            }
        });
        return (ObjectNode) tree(write(after));
    }

    /** Checks the catalogue with {@code changes} applied; a 400 with the reader's message otherwise. */
    private void check(Snapshot s, Map<String, ObjectNode> changes, String where) {
        Map<String, ObjectNode> all = new LinkedHashMap<>(s.procedures());
        all.putAll(changes);
        try {
            ProcedureCatalogue.parse(write(withProcedures(s.document(), all)), SOURCE);
        } catch (CatalogueException e) {
            throw Rejection.invalid(where + e.getMessage() + " (nothing was changed)");
        }
    }

    private void write(Change who, Snapshot s, Map<String, ObjectNode> changes, String action) {
        db.write(c -> {
            long now = clock.millis();
            int position = Rows.one(c, "SELECT MAX(position) FROM catalogue_procedure", rs -> rs.getInt(1))
                    .orElse(0);
            for (var e : changes.entrySet()) {
                ObjectNode before = s.procedures().get(e.getKey());
                if (before == null) {
                    Rows.update(c, "INSERT INTO catalogue_procedure (code, position, body, updated_at) "
                            + "VALUES (?, ?, ?, ?)", e.getKey(), ++position, write(e.getValue()), now);
                } else {
                    Rows.update(c, "UPDATE catalogue_procedure SET body = ?, updated_at = ? WHERE code = ?",
                            write(e.getValue()), now, e.getKey());
                }
                record(c, who, action, e.getKey(), before, e.getValue(), summary(e.getKey(), before, e.getValue()));
            }
            bump(c);
            return null;
        });
        reload();
    }

    /** Which fields changed, before -> after, short enough for the audit log's detail. */
    private String summary(String code, ObjectNode before, ObjectNode after) {
        if (before == null) {
            return "created " + code + ": " + after.path("name_vi").asText();
        }
        StringBuilder b = new StringBuilder(code).append(':');
        java.util.Set<String> fields = new java.util.LinkedHashSet<>();
        before.fieldNames().forEachRemaining(fields::add);
        after.fieldNames().forEachRemaining(fields::add);
        for (String f : fields) {
            JsonNode x = before.get(f);
            JsonNode y = after.get(f);
            if (x == null ? y != null : !x.equals(y)) {
                b.append(' ').append(f).append(' ').append(shortText(x)).append(" -> ").append(shortText(y))
                        .append(';');
            }
        }
        return b.length() > AUDIT_DETAIL ? b.substring(0, AUDIT_DETAIL) + "..." : b.toString();
    }

    private static String shortText(JsonNode n) {
        String t = n == null ? "(none)" : n.isTextual() ? n.asText() : n.toString();
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }

    // ---- calendar ----

    /**
     * Lists a day off or a make-up working day (replacing what the date was). The first day off listed in a year
     * whose days off were computed lists the computed ones too (unverified), so that year keeps its Tết.
     */
    public CalendarDay putDay(Change who, CalendarDay day) {
        Snapshot s = reload();
        Optional<CalendarDay> before = s.days().stream().filter(d -> d.date().equals(day.date())).findFirst();
        int year = day.date().getYear();
        boolean unlisted = day.kind().equals(CalendarDay.DAY_OFF) && !s.calendar().isListedYear(year);
        db.write(c -> {
            long now = clock.millis();
            if (unlisted) {
                for (CalendarDay computed : computedDaysOff(s.calendar(), year)) {
                    if (!computed.date().equals(day.date()) && s.days().stream()
                            .noneMatch(d -> d.date().equals(computed.date()))) {
                        insertDay(c, computed, now);
                    }
                }
            }
            Rows.update(c, "DELETE FROM calendar_day WHERE day = ?", day.date().toString());
            insertDay(c, day, now);
            bump(c);
            record(c, who, "calendar.day", day.date().toString(), before.map(this::node).orElse(null), node(day),
                    day.date() + ": " + before.map(CatalogueStore::describe).orElse("(not listed)") + " -> "
                            + describe(day) + (unlisted ? "; the year's computed days off listed too" : ""));
            return null;
        });
        reload();
        return day;
    }

    /** Removes a listed day (a day off becomes a working day, a make-up Saturday a weekend again). */
    public void deleteDay(Change who, LocalDate date) {
        Snapshot s = reload();
        CalendarDay before = s.days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow(
                () -> Rejection.notFound(date + " is not listed in the calendar"));
        db.write(c -> {
            Rows.update(c, "DELETE FROM calendar_day WHERE day = ?", date.toString());
            bump(c);
            record(c, who, "calendar.day.delete", date.toString(), node(before), null,
                    date + ": " + describe(before) + " -> (not listed)");
            return null;
        });
        reload();
    }

    private static String describe(CalendarDay d) {
        return d.kind() + " " + d.status() + " " + d.nameEn();
    }

    private JsonNode node(CalendarDay d) {
        return json.valueToTree(d);
    }

    private static void insertDay(Connection c, CalendarDay d, long now) throws SQLException {
        Rows.update(c, "INSERT INTO calendar_day (day, kind, name_vi, name_en, status, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", d.date().toString(), d.kind(), d.nameVi(), d.nameEn(), d.status(), now);
    }

    // ---- kiosk texts ----

    /** Sets a centre's kiosk texts; an empty text is removed (the kiosk shows the centre's own name, no notice). */
    public KioskTexts putTexts(Change who, KioskTexts texts) {
        Snapshot s = reload();
        KioskTexts before = s.texts().getOrDefault(who.centreId(), KioskTexts.NONE);
        if (before.equals(texts)) {
            return texts;
        }
        db.write(c -> {
            long now = clock.millis();
            Rows.update(c, "DELETE FROM kiosk_text WHERE centre_id = ?", who.centreId());
            for (var e : texts.rows().entrySet()) {
                Rows.update(c, "INSERT INTO kiosk_text (centre_id, text_key, value_vi, value_en, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?)", who.centreId(), e.getKey(), e.getValue()[0], e.getValue()[1], now);
            }
            bump(c);
            record(c, who, "kiosk.texts", who.centreId(), json.valueToTree(before), json.valueToTree(texts),
                    "centre name '" + before.centreNameVi() + "' -> '" + texts.centreNameVi() + "'; notice "
                            + (before.noticeVi().equals(texts.noticeVi()) ? "unchanged" : "changed"));
            return null;
        });
        reload();
        return texts;
    }

    // ---- common ----

    private static void bump(Connection c) throws SQLException {
        Rows.update(c, "UPDATE catalogue_document SET version = version + 1 WHERE id = 1");
    }

    private void record(Connection c, Change who, String action, String target, JsonNode before, JsonNode after,
            String detail) throws SQLException {
        long now = clock.millis();
        Rows.update(c, "INSERT INTO catalogue_change (id, at, actor, centre_id, what, target, before_value, "
                + "after_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), now, who.actor(),
                who.centreId(), action, target, before == null ? null : write(before),
                after == null ? null : write(after));
        String shortDetail = detail.length() > AUDIT_DETAIL ? detail.substring(0, AUDIT_DETAIL) + "..." : detail;
        Rows.update(c, "INSERT INTO audit_log (id, at, actor, action, target, detail, centre_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID().toString(), now, who.actor(), action, target,
                shortDetail, who.centreId());
    }

    /** The changes of the catalogue, calendar and kiosk texts, newest first, with their whole before and after. */
    public List<Map<String, Object>> changes(int limit) {
        return db.read(c -> Rows.list(c, "SELECT at, actor, centre_id, what, target, before_value, after_value "
                + "FROM catalogue_change ORDER BY at DESC LIMIT ?", rs -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("at", java.time.Instant.ofEpochMilli(rs.getLong(1)).toString());
                    m.put("actor", rs.getString(2));
                    m.put("centreId", rs.getString(3));
                    m.put("what", rs.getString(4));
                    m.put("target", rs.getString(5));
                    m.put("before", rs.getString(6) == null ? null : tree(rs.getString(6)));
                    m.put("after", rs.getString(7) == null ? null : tree(rs.getString(7)));
                    return m;
                }, limit));
    }

    private ObjectNode withProcedures(ObjectNode document, Map<String, ObjectNode> procedures) {
        ObjectNode full = document.deepCopy();
        ArrayNode list = full.putArray("procedures");
        procedures.values().forEach(p -> list.add(p.deepCopy()));
        return full;
    }

    private JsonNode tree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The catalogue in the database is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
