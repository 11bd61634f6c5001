package vn.onestop.kiosk.flow;

/**
 * What the kiosk tells a citizen who checked a booking in (issue 24): on time (called before walk-ins) or why the
 * ticket is a normal one ({@code reason}: early, late, other_day, no_class), with the slot as local "HH:mm".
 */
public record BookingNote(boolean onTime, String reason, String day, String start, String end) {}
