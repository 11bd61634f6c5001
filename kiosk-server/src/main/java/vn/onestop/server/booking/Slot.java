package vn.onestop.server.booking;

/**
 * A bookable slot of a queue service on a weekday (1 = Monday .. 7 = Sunday), {@code start}-{@code end} local
 * "HH:mm", with a capacity (people); with {@code free} places left on a given day when listed for a day.
 */
public record Slot(String serviceCode, int weekday, String start, String end, int capacity, Integer free) {}
