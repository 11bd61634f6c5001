package vn.onestop.core.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * Appointment date and time for a complete dossier (Mẫu 01 receipt slip).
 *
 * <p>Rule: the dossier counts from its receipt day when received on a working day during office hours (and,
 * for procedures with the cut-off rule, before the cut-off); otherwise from the next working day at opening
 * time. With N working days the appointment is on the N-th working day after that day, at the same clock time
 * (so a citizen who came at 09:40 returns at 09:40; a dossier counted from a later day is due at opening time).
 * With 0 days (results within the day) it is the counting day at closing time. Thread-safe.
 */
public final class AppointmentCalculator {

    /** Ten years of working days: more is a configuration error. */
    static final int MAX_WORKING_DAYS = 2600;

    private final java.util.function.Supplier<WorkingCalendar> calendars;
    private final AppointmentRules rules;

    public AppointmentCalculator(WorkingCalendar calendar, AppointmentRules rules) {
        this(constant(Objects.requireNonNull(calendar, "calendar")), rules);
    }

    /** Asks {@code calendars} for the calendar at each appointment (a calendar edited live on the server). */
    public AppointmentCalculator(java.util.function.Supplier<WorkingCalendar> calendars, AppointmentRules rules) {
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    private static java.util.function.Supplier<WorkingCalendar> constant(WorkingCalendar calendar) {
        return () -> calendar;
    }

    public AppointmentCalculator(WorkingCalendar calendar) {
        this(calendar, AppointmentRules.defaults());
    }

    /**
     * @param receivedAt  when the complete dossier was received (any zone: converted to the centre's)
     * @param workingDays statutory processing time in working days, 0 for same-day results
     * @param cutoff15h   whether the procedure counts dossiers received after the cut-off from the next day
     * @throws IllegalArgumentException if {@code workingDays} is negative or absurdly large
     */
    public Appointment appointment(ZonedDateTime receivedAt, int workingDays, boolean cutoff15h) {
        WorkingCalendar calendar = calendars.get();
        if (workingDays < 0 || workingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("working days must be 0 to " + MAX_WORKING_DAYS + ", got "
                    + workingDays);
        }
        LocalDateTime local = receivedAt.withZoneSameInstant(rules.zone()).toLocalDateTime();
        LocalDate receivedDay = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        boolean countsToday = calendar.isWorkingDay(receivedDay) && time.isBefore(rules.officeCloses())
                && !(cutoff15h && !time.isBefore(rules.cutoff()));
        LocalDate day = countsToday ? receivedDay : calendar.nextWorkingDay(receivedDay);
        LocalTime clock = countsToday && time.isAfter(rules.officeOpens()) ? time : rules.officeOpens();
        if (workingDays == 0) {
            clock = rules.officeCloses();
        }
        for (int i = 0; i < workingDays; i++) {
            day = calendar.nextWorkingDay(day);
        }
        return new Appointment(LocalDateTime.of(day, clock.withSecond(0).withNano(0)),
                anyProvisional(calendar, receivedDay, day));
    }

    private static boolean anyProvisional(WorkingCalendar calendar, LocalDate from, LocalDate to) {
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isProvisional(d)) {
                return true;
            }
        }
        return false;
    }
}
