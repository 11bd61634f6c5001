package vn.onestop.server.booking;

/**
 * Appointment settings from {@code server.properties} (issue 24), every key optional so older files still load.
 *
 * @param priorityClass the queue priority class a check-in within its window gets ({@code booking.priorityClass},
 *     one of {@code queue.priority.classes}, ranked above normal); null when the centre has none (check-ins then
 *     get normal tickets)
 * @param graceBeforeMinutes how early before its slot's start a check-in still counts as on time
 * @param graceAfterMinutes how late after its slot's end a check-in still counts as on time
 * @param daysAhead how many days ahead a citizen may book (today included)
 * @param perContactPerDay bookings one phone number or e-mail address may make in a day
 * @param perAddressPerDay bookings one network address may make in a day
 * @param retentionDays days after its day a booking's contact and ID number are erased
 */
public record BookingSettings(String priorityClass, int graceBeforeMinutes, int graceAfterMinutes, int daysAhead,
        int perContactPerDay, int perAddressPerDay, int retentionDays) {

    /** The defaults: class "appointment", 15 min early, 10 min late, 30 days, 3 per contact, 20 per address. */
    public static BookingSettings defaults() {
        return new BookingSettings("appointment", 15, 10, 30, 3, 20, 30);
    }

    /** These settings with another priority class (null: none). */
    public BookingSettings withPriorityClass(String value) {
        return new BookingSettings(value, graceBeforeMinutes, graceAfterMinutes, daysAhead, perContactPerDay,
                perAddressPerDay, retentionDays);
    }
}
