package vn.onestop.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives the days off of a year without an official schedule, all provisional (Labour Code 2019 Art. 112):
 * New Year 1/1; Tết five days (the eve, then Mùng 1 to Mùng 4, as in the 2026 schedule); Hùng Kings lunar 10/3;
 * 30/4; 1/5; National Day 2/9 plus one adjacent day (1/9, or 3/9 when 2/9 is a Monday); and, per Art. 111(3), a
 * holiday falling on Saturday or Sunday gives a compensatory day on the next working day. The government's
 * swaps (a weekday off made up on a Saturday) cannot be predicted: the centre adds them to the CSV files
 * when they are published. Fixed-date days the centre configures ({@link AnnualHoliday}, e.g. Vietnamese Culture
 * Day on 24 November) are added from their first year, with the same weekend compensation.
 */
final class StatutoryHolidays {

    private final VietnameseLunarCalendar lunar;
    private final List<AnnualHoliday> annual;

    StatutoryHolidays(VietnameseLunarCalendar lunar) {
        this(lunar, List.of());
    }

    StatutoryHolidays(VietnameseLunarCalendar lunar, List<AnnualHoliday> annual) {
        this.lunar = lunar;
        this.annual = List.copyOf(annual);
    }

    /** The provisional weekdays off of {@code year}, sorted. */
    List<DayOff> daysOff(int year) {
        TreeMap<LocalDate, DayOff> holidays = new TreeMap<>();
        add(holidays, LocalDate.of(year, 1, 1), "Tết Dương lịch", "New Year's Day");
        LocalDate tet = lunar.tet(year);
        add(holidays, tet.minusDays(1), "Tết Nguyên đán (Giao thừa)", "Lunar New Year (Tet) - New Year's Eve");
        for (int day = 1; day <= 4; day++) {
            add(holidays, tet.plusDays(day - 1L), "Tết Nguyên đán (Mùng " + day + ")",
                    "Lunar New Year (Tet) - day " + day);
        }
        add(holidays, lunar.toSolar(new LunarDate(10, 3, year, false)), "Giỗ Tổ Hùng Vương (10/3 âm lịch)",
                "Hung Kings Commemoration Day");
        add(holidays, LocalDate.of(year, 4, 30), "Ngày Chiến thắng", "Reunification Day");
        add(holidays, LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động", "International Labour Day");
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        LocalDate adjacent = nationalDay.getDayOfWeek() == DayOfWeek.MONDAY ? nationalDay.plusDays(1)
                : nationalDay.minusDays(1);
        add(holidays, adjacent, "Quốc khánh (ngày nghỉ liền kề)", "National Day (adjacent day)");
        add(holidays, nationalDay, "Quốc khánh", "National Day");
        for (AnnualHoliday day : annual) {
            if (day.appliesIn(year)) {
                add(holidays, day.in(year), day.nameVi(), day.nameEn());
            }
        }
        return weekdaysWithCompensation(holidays);
    }

    private static void add(Map<LocalDate, DayOff> holidays, LocalDate date, String vi, String en) {
        holidays.putIfAbsent(date, new DayOff(date, vi + " (dự kiến)", en + " (provisional)", true));
    }

    private static List<DayOff> weekdaysWithCompensation(TreeMap<LocalDate, DayOff> holidays) {
        TreeMap<LocalDate, DayOff> result = new TreeMap<>();
        for (DayOff day : holidays.values()) {
            if (!isWeekend(day.date())) {
                result.put(day.date(), day);
            }
        }
        for (DayOff day : holidays.values()) {
            if (isWeekend(day.date())) {
                LocalDate compensation = day.date().plusDays(1);
                while (isWeekend(compensation) || result.containsKey(compensation)
                        || holidays.containsKey(compensation)) {
                    compensation = compensation.plusDays(1);
                }
                result.put(compensation, new DayOff(compensation, "Nghỉ bù " + day.nameVi(),
                        "Compensatory day off for " + day.nameEn(), true));
            }
        }
        return new ArrayList<>(result.values());
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
