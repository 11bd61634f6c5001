package vn.onestop.core.calendar;

import java.time.LocalDate;

/**
 * A weekday on which state agencies do not work.
 *
 * @param date        the day
 * @param nameVi      what it is, in Vietnamese
 * @param nameEn      what it is, in English
 * @param provisional true if not from an official schedule: marked unverified in the configuration, or
 *                    computed for a year the configuration does not list
 */
public record DayOff(LocalDate date, String nameVi, String nameEn, boolean provisional) {
}
