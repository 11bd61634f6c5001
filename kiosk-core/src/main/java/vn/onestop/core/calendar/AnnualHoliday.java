package vn.onestop.core.calendar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.onestop.core.config.ConfigException;
import vn.onestop.core.config.CsvTable;

/**
 * A fixed-date yearly day off beyond the Labour Code's list, from {@code calendar/annual-holidays.csv} (columns
 * {@code month_day,from_year,name_vi,name_en,status,source}), e.g. Vietnamese Culture Day on 24 November: the one
 * rule both the listed years ({@code holidays.csv}) and the computed years follow. {@code unverified} days count as
 * days off and make appointments across them provisional.
 *
 * @param day        month and day
 * @param fromYear   first year it applies
 * @param unverified whether its legal effect is not confirmed
 * @param source     where the rule comes from (kept with the data)
 */
public record AnnualHoliday(MonthDay day, int fromYear, String nameVi, String nameEn, boolean unverified,
                            String source) {

    /** Whether the rule gives a day off in {@code year}. */
    public boolean appliesIn(int year) {
        return year >= fromYear;
    }

    /** Its date in {@code year}. */
    public LocalDate in(int year) {
        return day.atYear(year);
    }

    /**
     * Reads the file; a missing file means no extra holiday (older configurations).
     *
     * @throws ConfigException naming the file and line of a malformed row
     */
    public static List<AnnualHoliday> load(Path file) {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<AnnualHoliday> days = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(file, "month_day", "from_year", "name_vi", "name_en", "status",
                "source").rows()) {
            String where = "line " + row.line() + ": ";
            MonthDay day;
            int from;
            try {
                day = MonthDay.parse("--" + row.get("month_day"));
                from = Integer.parseInt(row.get("from_year"));
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new ConfigException(file, where + "month_day must read MM-DD and from_year a year, found '"
                        + row.get("month_day") + "', '" + row.get("from_year") + "'", e);
            }
            String status = row.get("status");
            if (!status.equals(WorkingCalendar.OFFICIAL) && !status.equals(WorkingCalendar.UNVERIFIED)) {
                throw new ConfigException(file, where + "status must be 'official' or 'unverified', found '" + status
                        + "'");
            }
            if (row.get("source").isBlank()) {
                throw new ConfigException(file, where + "the source is empty: name the text the day comes from");
            }
            days.add(new AnnualHoliday(day, from, row.get("name_vi"), row.get("name_en"),
                    status.equals(WorkingCalendar.UNVERIFIED), row.get("source")));
        }
        return List.copyOf(days);
    }
}
