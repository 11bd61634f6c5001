package vn.onestop.server.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.onestop.core.calendar.WorkingCalendar;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.server.Rejection;
import vn.onestop.server.catalogue.CatalogueSnapshots.Snapshot;
import vn.onestop.server.db.Database;

/**
 * The procedure catalogue, the working-day calendar and the kiosk texts as kept in the database (issue 21): seeded
 * from the configuration files at the first start ({@link CatalogueSeeding}), then changed only on the staff pages
 * ({@link ProcedureEdits}, {@link CalendarEdits}, {@link KioskTextEdits}). Each change is written with its before and
 * after and bumps one version number ({@link CatalogueChanges}); every server process re-reads when the version
 * moved ({@link CatalogueSnapshots}), so an edit takes effect at once here and within a second in the other
 * processes of a province. Thread-safe.
 */
public final class CatalogueStore implements LiveCatalogue {
    /** The name error messages give the catalogue kept in the database. */
    static final String SOURCE = "catalogue";

    private final CatalogueJson json;
    private final CatalogueSnapshots snapshots;
    private final CatalogueChanges changes;
    private final ProcedureEdits procedureEdits;
    private final CalendarEdits calendarEdits;
    private final KioskTextEdits textEdits;

    /** Seeds the database from {@code seed} when it holds no catalogue yet (first start); never overwrites. */
    public CatalogueStore(Database db, Clock clock, ObjectMapper json, CatalogueSeed seed) {
        this.json = new CatalogueJson(json);
        new CatalogueSeeding(db, clock, this.json).seedOnce(seed);
        this.snapshots = new CatalogueSnapshots(db, this.json, seed.annual());
        this.changes = new CatalogueChanges(db, clock, this.json, snapshots);
        this.procedureEdits = new ProcedureEdits(this.json, changes);
        this.calendarEdits = new CalendarEdits(this.json, changes);
        this.textEdits = new KioskTextEdits(json, changes);
    }

    @Override
    public ProcedureCatalogue catalogue() {
        return snapshots.current().catalogue();
    }

    @Override
    public WorkingCalendar calendar() {
        return snapshots.current().calendar();
    }

    /** The version of the catalogue, calendar and kiosk texts (the kiosk configuration's ETag follows it). */
    public long version() {
        return snapshots.current().version();
    }

    /** The kiosk texts set for {@code centreId} (empty values when none). */
    public KioskTexts texts(String centreId) {
        return snapshots.current().texts().getOrDefault(centreId, KioskTexts.NONE);
    }

    /** The procedures as entries of {@code procedures.json}, in catalogue order (copies). */
    public List<ObjectNode> procedures() {
        return snapshots.current().procedures().values().stream().map(ObjectNode::deepCopy).toList();
    }

    /** One procedure's entry, or a 404. */
    public ObjectNode procedure(String code) {
        ObjectNode p = snapshots.current().procedures().get(code);
        if (p == null) {
            throw Rejection.notFound("No procedure with code '" + code + "' in the catalogue");
        }
        return p.deepCopy();
    }

    /** The whole catalogue as a {@code procedures.json} document (export; import takes it back unchanged). */
    public ObjectNode document() {
        Snapshot s = snapshots.current();
        return json.withProcedures(s.document(), s.procedures());
    }

    /** The listed days of {@code year}; when the year lists none, its computed days off (provisional). */
    public List<CalendarDay> days(int year) {
        Snapshot s = snapshots.current();
        List<CalendarDay> listed = s.days().stream().filter(d -> d.date().getYear() == year).toList();
        if (listed.stream().anyMatch(d -> d.kind().equals(CalendarDay.DAY_OFF))) {
            return listed;
        }
        List<CalendarDay> all = new ArrayList<>(CatalogueSnapshots.computedDaysOff(s.calendar(), year));
        all.addAll(listed);
        all.sort(java.util.Comparator.comparing(CalendarDay::date));
        return all;
    }

    /** Whether {@code year}'s days off are listed (else computed from the lunar calendar, provisional). */
    public boolean isListedYear(int year) {
        return snapshots.current().calendar().isListedYear(year);
    }

    ProcedureEdits procedureEdits() {
        return procedureEdits;
    }

    CalendarEdits calendarEdits() {
        return calendarEdits;
    }

    KioskTextEdits textEdits() {
        return textEdits;
    }

    CatalogueChanges changes() {
        return changes;
    }
}
