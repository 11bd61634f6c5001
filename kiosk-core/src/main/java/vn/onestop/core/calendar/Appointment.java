package vn.onestop.core.calendar;

import java.time.LocalDateTime;

/**
 * When the result of a dossier is due, in the centre's local time.
 *
 * @param at          the appointment date and time (hour and minute printed on the receipt slip)
 * @param provisional true if a day counted lies in a year without an official holiday schedule, or on an
 *                    unverified entry: staff should confirm the date
 */
public record Appointment(LocalDateTime at, boolean provisional) {
}
