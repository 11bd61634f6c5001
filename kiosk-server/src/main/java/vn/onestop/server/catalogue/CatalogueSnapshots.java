package vn.onestop.server.catalogue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.onestop.core.calendar.AnnualHoliday;
import vn.onestop.core.calendar.DayOff;
import vn.onestop.core.calendar.WorkingCalendar;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/**
 * The copy of the catalogue, calendar and kiosk texts this process works with: re-read when the version in the
 * database moved (checked at most once a second), and at once after an edit of this process. Thread-safe.
 */
final class CatalogueSnapshots {
    private static final long RECHECK_NANOS = 1_000_000_000L;
    private final Database db;
    private final CatalogueJson json;
    private final List<AnnualHoliday> annual;
    private volatile Snapshot snapshot;
    private volatile long checkedAt;

    /** One consistent copy of everything, read at {@code version}. */
    record Snapshot(long version, ObjectNode document, Map<String, ObjectNode> procedures,
            ProcedureCatalogue catalogue, WorkingCalendar calendar, List<CalendarDay> days,
            Map<String, KioskTexts> texts) {}

    /** Reads the seeded catalogue; {@code annual}: the holidays every year has (from the seed). */
    CatalogueSnapshots(Database db, CatalogueJson json, List<AnnualHoliday> annual) {
        this.db = db;
        this.json = json;
        this.annual = annual;
        this.snapshot = load();
        this.checkedAt = System.nanoTime();
    }

    /** The copy in force: the one held, or a new one when another process changed the catalogue. */
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

    /** Reads the catalogue again now (before and after an edit). */
    synchronized Snapshot reload() {
        Snapshot s = load();
        snapshot = s;
        checkedAt = System.nanoTime();
        return s;
    }

    private Snapshot load() {
        return db.read(c -> {
            ObjectNode document = Rows.one(c, "SELECT body FROM catalogue_document WHERE id = 1",
                    rs -> (ObjectNode) json.tree(rs.getString(1))).orElseThrow();
            long version = Rows.one(c, "SELECT version FROM catalogue_document WHERE id = 1",
                    rs -> rs.getLong(1)).orElseThrow();
            Map<String, ObjectNode> procedures = new LinkedHashMap<>();
            for (String[] row : Rows.list(c, "SELECT code, body FROM catalogue_procedure ORDER BY position, code",
                    rs -> new String[] {rs.getString(1), rs.getString(2)})) {
                procedures.put(row[0], (ObjectNode) json.tree(row[1]));
            }
            List<CalendarDay> days = Rows.list(c, "SELECT day, kind, name_vi, name_en, status FROM calendar_day "
                    + "ORDER BY day", rs -> new CalendarDay(LocalDate.parse(rs.getString(1)), rs.getString(2),
                            rs.getString(3), rs.getString(4), rs.getString(5)));
            Map<String, KioskTexts> texts = new HashMap<>();
            for (String[] row : Rows.list(c, "SELECT centre_id, text_key, value_vi, value_en FROM kiosk_text",
                    rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)})) {
                texts.put(row[0], texts.getOrDefault(row[0], KioskTexts.NONE).with(row[1], row[2], row[3]));
            }
            ProcedureCatalogue catalogue = ProcedureCatalogue.parse(json.write(json.withProcedures(document,
                    procedures)), CatalogueStore.SOURCE);
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

    /** The days off of {@code year} computed from the lunar calendar (unverified), for a year that lists none. */
    static List<CalendarDay> computedDaysOff(WorkingCalendar calendar, int year) {
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            calendar.dayOff(d).ifPresent(off -> days.add(new CalendarDay(off.date(), CalendarDay.DAY_OFF,
                    off.nameVi(), off.nameEn(), "unverified")));
        }
        return days;
    }
}
