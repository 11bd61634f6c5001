package vn.onestop.server.catalogue;

import java.time.LocalDate;
import vn.onestop.core.calendar.DayOff;
import vn.onestop.server.Rejection;

/**
 * One listed day of the working-day calendar: a weekday off ({@code day_off}) or a make-up working Saturday
 * ({@code workday}); status {@code official} or {@code unverified} (counted, but appointments across it are
 * provisional).
 */
public record CalendarDay(LocalDate date, String kind, String nameVi, String nameEn, String status) {
    public static final String DAY_OFF = "day_off";
    public static final String WORKDAY = "workday";

    /** Checks a day sent by staff; a clear 400 naming the field otherwise. */
    public CalendarDay {
        if (date == null) {
            throw Rejection.invalid("date: give the day as YYYY-MM-DD");
        }
        if (!DAY_OFF.equals(kind) && !WORKDAY.equals(kind)) {
            throw Rejection.invalid("kind: must be 'day_off' (a weekday off) or 'workday' (a make-up working day)");
        }
        if (!"official".equals(status) && !"unverified".equals(status)) {
            throw Rejection.invalid("status: must be 'official' or 'unverified'");
        }
        nameVi = text("nameVi", nameVi);
        nameEn = text("nameEn", nameEn);
    }

    /**
     * Checks a day staff list now: a day off is a weekday (a holiday on a weekend gives a compensatory weekday,
     * listed itself), a make-up working day a Saturday or Sunday. The files may list other days (a swap that the
     * schedule names); those are kept as they are.
     */
    CalendarDay checkedForStaff() {
        boolean weekend = date.getDayOfWeek().getValue() >= 6;
        if (DAY_OFF.equals(kind) && weekend) {
            throw Rejection.invalid(date + " is a " + date.getDayOfWeek() + ": weekends are never working days, "
                    + "only weekdays are listed as days off");
        }
        if (WORKDAY.equals(kind) && !weekend) {
            throw Rejection.invalid(date + " is a " + date.getDayOfWeek() + ", already a working day: a make-up "
                    + "working day is a Saturday or Sunday");
        }
        return this;
    }

    private static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Rejection.invalid(field + ": is missing (what the day is, in Vietnamese and English)");
        }
        if (value.length() > 200) {
            throw Rejection.invalid(field + ": at most 200 characters");
        }
        return value.strip();
    }

    DayOff toDayOff() {
        return new DayOff(date, nameVi, nameEn, "unverified".equals(status));
    }
}
