package vn.onestop.core.wire;

/**
 * The answer to a kiosk checking a booking in (issue 24): the ticket to print, and whether it came within the slot
 * window (then it has the appointment priority class). {@code reason} says why a ticket is normal: "early", "late",
 * "other_day" (booked for another day), "no_class" (the centre has no appointment class); null when on time.
 * {@code slotStart}/{@code slotEnd} are local "HH:mm", {@code day} "yyyy-MM-dd". {@code repeated} is true when the
 * booking was already checked in (the same ticket again).
 */
public record BookingCheckIn(TicketView ticket, boolean onTime, String reason, String day, String slotStart,
        String slotEnd, boolean repeated) {}
