package vn.onestop.core.calendar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.config.ConfigException;
import vn.onestop.core.config.CsvTable;

/**
 * Working days of state agencies: Monday to Friday (Decision 188/1999), minus the days off, plus the make-up
 * Saturdays. Years present in {@code holidays.csv} use that official schedule only; for other years the
 * statutory holidays are computed from the lunar calendar and marked provisional. Thread-safe.
 */
public final class WorkingCalendar {

    /** Values of the {@code status} column. */
    static final String OFFICIAL = "official";
    static final String UNVERIFIED = "unverified";

    private static final Logger LOG = LogManager.getLogger(WorkingCalendar.class);

    private final Map<LocalDate, DayOff> listedDaysOff;
    private final Map<LocalDate, DayOff> makeupDays;
    private final Set<Integer> listedYears;
    private final StatutoryHolidays statutory;
    private final Map<Integer, Map<LocalDate, DayOff>> computed = new ConcurrentHashMap<>();

    WorkingCalendar(Map<LocalDate, DayOff> listedDaysOff, Map<LocalDate, DayOff> makeupDays,
                    VietnameseLunarCalendar lunar) {
        this(listedDaysOff, makeupDays, lunar, List.of());
    }

    WorkingCalendar(Map<LocalDate, DayOff> listedDaysOff, Map<LocalDate, DayOff> makeupDays,
                    VietnameseLunarCalendar lunar, List<AnnualHoliday> annual) {
        this.listedDaysOff = Map.copyOf(listedDaysOff);
        this.makeupDays = Map.copyOf(makeupDays);
        Set<Integer> years = new TreeSet<>();
        listedDaysOff.keySet().forEach(d -> years.add(d.getYear()));
        this.listedYears = Set.copyOf(years);
        this.statutory = new StatutoryHolidays(lunar, annual);
    }

    /**
     * Loads {@code calendar/holidays.csv}, {@code calendar/makeup-workdays.csv} and the yearly rule
     * {@code calendar/annual-holidays.csv} (optional) from a configuration folder.
     */
    public static WorkingCalendar load(Path configDir) {
        Path dir = configDir.resolve("calendar");
        return load(dir.resolve("holidays.csv"), dir.resolve("makeup-workdays.csv"),
                dir.resolve("annual-holidays.csv"));
    }

    /**
     * Loads the two lists and the yearly rule, and checks they agree: every listed year the rule applies to lists
     * the rule's day (when it falls on a weekday) with the same status, so listed and computed years follow one rule.
     *
     * @throws ConfigException naming the file when a listed year leaves out or re-labels a day of the rule
     */
    public static WorkingCalendar load(Path holidaysCsv, Path makeupCsv, Path annualCsv) {
        WorkingCalendar listed = load(holidaysCsv, makeupCsv);
        List<AnnualHoliday> annual = AnnualHoliday.load(annualCsv);
        for (AnnualHoliday rule : annual) {
            for (int year : listed.listedYears) {
                LocalDate date = rule.in(year);
                if (!rule.appliesIn(year) || StatutoryHolidays.isWeekend(date)) {
                    continue;
                }
                DayOff day = listed.listedDaysOff.get(date);
                if (day == null || day.provisional() != rule.unverified()) {
                    throw new ConfigException(holidaysCsv, date + " must be listed with status "
                            + (rule.unverified() ? UNVERIFIED : OFFICIAL) + ": " + annualCsv.getFileName()
                            + " makes " + rule.day() + " a day off from " + rule.fromYear());
                }
            }
        }
        return new WorkingCalendar(listed.listedDaysOff, listed.makeupDays, new VietnameseLunarCalendar(), annual);
    }

    /**
     * Loads the two CSV files (columns {@code date,name_vi,name_en,status}; status {@code official} or
     * {@code unverified}).
     *
     * @throws ConfigException naming the file and line of a bad date, status or duplicate
     */
    public static WorkingCalendar load(Path holidaysCsv, Path makeupCsv) {
        Map<LocalDate, DayOff> daysOff = readDays(holidaysCsv);
        Map<LocalDate, DayOff> makeup = readDays(makeupCsv);
        for (LocalDate date : makeup.keySet()) {
            if (daysOff.containsKey(date)) {
                throw new ConfigException(makeupCsv, date + " is listed both as a day off in " + holidaysCsv
                        + " and as a make-up working day");
            }
        }
        return new WorkingCalendar(daysOff, makeup, new VietnameseLunarCalendar());
    }

    /**
     * Builds a calendar in code (for other modules' tests): {@code daysOff} replace the computed holidays for
     * every year they touch, {@code makeupDays} are worked Saturdays.
     */
    public static WorkingCalendar of(java.util.Collection<DayOff> daysOff, java.util.Collection<DayOff> makeupDays) {
        Map<LocalDate, DayOff> off = new HashMap<>();
        daysOff.forEach(d -> off.put(d.date(), d));
        Map<LocalDate, DayOff> makeup = new HashMap<>();
        makeupDays.forEach(d -> makeup.put(d.date(), d));
        return new WorkingCalendar(off, makeup, new VietnameseLunarCalendar());
    }

    /**
     * Builds a calendar from lists kept elsewhere (the server's database): {@code daysOff} are the official schedule
     * of every year they touch, {@code makeupDays} worked Saturdays, {@code annual} the yearly rule for the years
     * computed from the lunar calendar.
     *
     * @throws IllegalArgumentException when a day is both a day off and a make-up working day
     */
    public static WorkingCalendar of(java.util.Collection<DayOff> daysOff, java.util.Collection<DayOff> makeupDays,
            List<AnnualHoliday> annual) {
        Map<LocalDate, DayOff> off = new HashMap<>();
        daysOff.forEach(d -> off.put(d.date(), d));
        Map<LocalDate, DayOff> makeup = new HashMap<>();
        for (DayOff d : makeupDays) {
            if (off.containsKey(d.date())) {
                throw new IllegalArgumentException(d.date() + " is both a day off and a make-up working day");
            }
            makeup.put(d.date(), d);
        }
        return new WorkingCalendar(off, makeup, new VietnameseLunarCalendar(), List.copyOf(annual));
    }

    /** Whether state agencies work on {@code date} (processing days for appointments). */
    public boolean isWorkingDay(LocalDate date) {
        if (makeupDays.containsKey(date)) {
            return true;
        }
        return !StatutoryHolidays.isWeekend(date) && dayOff(date).isEmpty();
    }

    /** The weekday off at {@code date}, if any (weekends are not listed). */
    public Optional<DayOff> dayOff(LocalDate date) {
        if (listedYears.contains(date.getYear())) {
            return Optional.ofNullable(listedDaysOff.get(date));
        }
        return Optional.ofNullable(computedYear(date.getYear()).get(date));
    }

    /** Whether the working status of {@code date} is provisional (computed year, or an unverified entry). */
    public boolean isProvisional(LocalDate date) {
        if (!listedYears.contains(date.getYear())) {
            return true;
        }
        DayOff day = listedDaysOff.containsKey(date) ? listedDaysOff.get(date) : makeupDays.get(date);
        return day != null && day.provisional();
    }

    /** Whether {@code year} has an official schedule in the configuration. */
    public boolean isListedYear(int year) {
        return listedYears.contains(year);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private Map<LocalDate, DayOff> computedYear(int year) {
        return computed.computeIfAbsent(year, y -> {
            LOG.warn("Year {} has no official holiday schedule in calendar/holidays.csv: using computed statutory"
                    + " holidays (Tết, Hùng Kings from the lunar calendar), marked provisional; add the official"
                    + " schedule when it is published", y);
            Map<LocalDate, DayOff> days = new HashMap<>();
            statutory.daysOff(y).forEach(d -> days.put(d.date(), d));
            return Map.copyOf(days);
        });
    }

    private static Map<LocalDate, DayOff> readDays(Path file) {
        CsvTable table = CsvTable.read(file, "date", "name_vi", "name_en", "status");
        Map<LocalDate, DayOff> days = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            LocalDate date;
            try {
                date = LocalDate.parse(row.get("date"));
            } catch (DateTimeParseException e) {
                throw new ConfigException(file, "line " + row.line() + ": the date must read YYYY-MM-DD, found '"
                        + row.get("date") + "'", e);
            }
            String status = row.get("status");
            if (!status.equals(OFFICIAL) && !status.equals(UNVERIFIED)) {
                throw new ConfigException(file, "line " + row.line() + ": status must be '" + OFFICIAL + "' or '"
                        + UNVERIFIED + "', found '" + status + "'");
            }
            DayOff day = new DayOff(date, row.get("name_vi"), row.get("name_en"), status.equals(UNVERIFIED));
            if (days.put(date, day) != null) {
                throw new ConfigException(file, "line " + row.line() + ": " + date + " is listed twice");
            }
        }
        return days;
    }
}
