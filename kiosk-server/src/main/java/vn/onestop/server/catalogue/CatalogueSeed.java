package vn.onestop.server.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.onestop.core.calendar.AnnualHoliday;
import vn.onestop.core.config.CsvTable;

/**
 * What the database's live catalogue and calendar start from at the first start: the text of
 * {@code catalogue/procedures.json}, the rows of {@code calendar/holidays.csv} and {@code calendar/makeup-workdays.csv},
 * and the yearly rule of {@code calendar/annual-holidays.csv} (which stays a file: it is a rule, not a list).
 * The loader has checked the files already (the server does not start with a broken catalogue or calendar).
 */
public record CatalogueSeed(String catalogueJson, List<CalendarDay> daysOff, List<CalendarDay> makeupDays,
        List<AnnualHoliday> annual) {

    public CatalogueSeed {
        daysOff = List.copyOf(daysOff);
        makeupDays = List.copyOf(makeupDays);
        annual = List.copyOf(annual);
    }

    /** Reads the files of a configuration folder. */
    public static CatalogueSeed read(Path configDir) {
        Path calendar = configDir.resolve("calendar");
        Path annual = calendar.resolve("annual-holidays.csv");
        try {
            return new CatalogueSeed(Files.readString(configDir.resolve("catalogue").resolve("procedures.json")),
                    days(calendar.resolve("holidays.csv"), CalendarDay.DAY_OFF),
                    days(calendar.resolve("makeup-workdays.csv"), CalendarDay.WORKDAY),
                    Files.exists(annual) ? AnnualHoliday.load(annual) : List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CalendarDay> days(Path file, String kind) {
        List<CalendarDay> days = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(file, "date", "name_vi", "name_en", "status").rows()) {
            days.add(new CalendarDay(LocalDate.parse(row.get("date")), kind, row.get("name_vi"), row.get("name_en"),
                    row.get("status")));
        }
        return days;
    }
}
