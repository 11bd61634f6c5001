package vn.onestop.server.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import vn.onestop.server.Rejection;
import vn.onestop.server.catalogue.CatalogueSnapshots.Snapshot;
import vn.onestop.server.db.Rows;

/** The working-day calendar's listed days (days off and make-up working days) as staff change them. */
final class CalendarEdits {
    private final CatalogueJson json;
    private final CatalogueChanges changes;

    CalendarEdits(CatalogueJson json, CatalogueChanges changes) {
        this.json = json;
        this.changes = changes;
    }

    /**
     * Lists a day off or a make-up working day (replacing what the date was). The first day off listed in a year
     * whose days off were computed lists the computed ones too (unverified), so that year keeps its Tết.
     */
    CalendarDay put(ChangedBy who, CalendarDay day) {
        Snapshot s = changes.fresh();
        Optional<CalendarDay> before = s.days().stream().filter(d -> d.date().equals(day.date())).findFirst();
        int year = day.date().getYear();
        boolean unlisted = day.kind().equals(CalendarDay.DAY_OFF) && !s.calendar().isListedYear(year);
        changes.commit((c, now) -> {
            if (unlisted) {
                for (CalendarDay computed : CatalogueSnapshots.computedDaysOff(s.calendar(), year)) {
                    if (!computed.date().equals(day.date()) && s.days().stream()
                            .noneMatch(d -> d.date().equals(computed.date()))) {
                        insertDay(c, computed, now);
                    }
                }
            }
            Rows.update(c, "DELETE FROM calendar_day WHERE day = ?", day.date().toString());
            insertDay(c, day, now);
            changes.record(c, who, "calendar.day", day.date().toString(), before.map(this::node).orElse(null), node(day),
                    day.date() + ": " + before.map(CalendarEdits::describe).orElse("(not listed)") + " -> "
                            + describe(day) + (unlisted ? "; the year's computed days off listed too" : ""));
        });
        return day;
    }

    /** Removes a listed day (a day off becomes a working day, a make-up Saturday a weekend again). */
    void delete(ChangedBy who, LocalDate date) {
        Snapshot s = changes.fresh();
        CalendarDay before = s.days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow(
                () -> Rejection.notFound(date + " is not listed in the calendar"));
        changes.commit((c, now) -> {
            Rows.update(c, "DELETE FROM calendar_day WHERE day = ?", date.toString());
            changes.record(c, who, "calendar.day.delete", date.toString(), node(before), null,
                    date + ": " + describe(before) + " -> (not listed)");
        });
    }

    /** Writes a listed day (seeding and edits). */
    static void insertDay(Connection c, CalendarDay d, long now) throws SQLException {
        Rows.update(c, "INSERT INTO calendar_day (day, kind, name_vi, name_en, status, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", d.date().toString(), d.kind(), d.nameVi(), d.nameEn(), d.status(), now);
    }

    private static String describe(CalendarDay d) {
        return d.kind() + " " + d.status() + " " + d.nameEn();
    }

    private JsonNode node(CalendarDay d) {
        return json.mapper().valueToTree(d);
    }
}
