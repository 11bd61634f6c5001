package vn.onestop.server.booking;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Rows;

/**
 * JDBC access to a centre's bookable slots (table booking_slot) and the places taken in them; every method runs on
 * the caller's connection. Times are minutes after local midnight here, "HH:mm" outside.
 */
final class BookingSlots {
    /** Statuses that hold a place in their slot (cancelled and no-show ones release it). */
    static final String HOLDING = "('booked', 'checked_in')";

    /** A slot row: start and end in minutes after midnight. */
    record Row(String serviceCode, int weekday, int start, int end, int capacity) {}

    List<Row> list(Connection c, String centre, String service) throws SQLException {
        return Rows.list(c, "SELECT service_code, weekday, start_minute, end_minute, capacity FROM booking_slot "
                + "WHERE centre_id = ?" + (service == null ? "" : " AND service_code = ?")
                + " ORDER BY service_code, weekday, start_minute", rs -> new Row(rs.getString(1), rs.getInt(2),
                        rs.getInt(3), rs.getInt(4), rs.getInt(5)),
                service == null ? new Object[] {centre} : new Object[] {centre, service});
    }

    /** The slots of a service on a day's weekday, each with the places already taken that day. */
    List<Slot> ofDay(Connection c, String centre, String service, LocalDate day) throws SQLException {
        List<Slot> out = new ArrayList<>();
        int weekday = day.getDayOfWeek().getValue();
        Map<Integer, Long> taken = new java.util.HashMap<>();
        Rows.list(c, "SELECT start_minute, COUNT(*) FROM booking WHERE centre_id = ? AND service_code = ? "
                + "AND service_day = ? AND status IN " + HOLDING + " GROUP BY start_minute",
                rs -> taken.put(rs.getInt(1), rs.getLong(2)), centre, service, day.toString());
        for (Row r : list(c, centre, service)) {
            if (r.weekday() == weekday) {
                int free = (int) Math.max(0, r.capacity() - taken.getOrDefault(r.start(), 0L));
                out.add(new Slot(service, weekday, hhmm(r.start()), hhmm(r.end()), r.capacity(), free));
            }
        }
        return out;
    }

    /**
     * Locks the slot row of a service, weekday and start (so concurrent bookings of any process count places one
     * at a time) and returns it; 409 when no such slot exists.
     */
    Row lock(Connection c, String centre, String service, int weekday, int start) throws SQLException {
        // An UPDATE that changes nothing takes the row lock on PostgreSQL; SQLite has a single writer anyway.
        Rows.update(c, "UPDATE booking_slot SET capacity = capacity WHERE centre_id = ? AND service_code = ? "
                + "AND weekday = ? AND start_minute = ?", centre, service, weekday, start);
        return Rows.one(c, "SELECT service_code, weekday, start_minute, end_minute, capacity FROM booking_slot "
                + "WHERE centre_id = ? AND service_code = ? AND weekday = ? AND start_minute = ?",
                rs -> new Row(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)), centre,
                service, weekday, start).orElseThrow(() -> Rejection.conflict("There is no slot at " + hhmm(start)
                        + " for this service on that day: pick one of the listed slots"));
    }

    /** Places taken in a slot on a day, leaving out {@code except} (a booking being moved), or none. */
    long taken(Connection c, String centre, String service, String day, int start, String except) throws SQLException {
        return Rows.count(c, "SELECT COUNT(*) FROM booking WHERE centre_id = ? AND service_code = ? AND service_day = ? "
                + "AND start_minute = ? AND status IN " + HOLDING + " AND code <> ?", centre, service, day, start,
                except == null ? "" : except);
    }

    /** Replaces a service's weekly slots in a centre; refuses overlapping or malformed slots. */
    void replace(Connection c, String centre, String service, List<Slot> slots, long now) throws SQLException {
        Set<String> seen = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (Slot s : slots) {
            if (s == null) {
                throw Rejection.invalid("slots must be objects with weekday, start, end and capacity");
            }
            if (s.weekday() < 1 || s.weekday() > 7) {
                throw Rejection.invalid("weekday must be 1 (Monday) to 7 (Sunday), not " + s.weekday());
            }
            int start = minutes(s.start(), "start");
            int end = minutes(s.end(), "end");
            if (end <= start) {
                throw Rejection.invalid("slot " + s.start() + "-" + s.end() + " must end after it starts");
            }
            if (s.capacity() < 0 || s.capacity() > 1000) {
                throw Rejection.invalid("capacity must be 0 to 1000 people, not " + s.capacity());
            }
            for (Row other : rows) {
                if (other.weekday() == s.weekday() && start < other.end() && other.start() < end) {
                    throw Rejection.invalid("slots " + hhmm(other.start()) + "-" + hhmm(other.end()) + " and "
                            + s.start() + "-" + s.end() + " overlap on weekday " + s.weekday());
                }
            }
            if (!seen.add(s.weekday() + "@" + start)) {
                throw Rejection.invalid("two slots start at " + s.start() + " on weekday " + s.weekday());
            }
            rows.add(new Row(service, s.weekday(), start, end, s.capacity()));
        }
        Rows.update(c, "DELETE FROM booking_slot WHERE centre_id = ? AND service_code = ?", centre, service);
        for (Row r : rows) {
            Rows.update(c, "INSERT INTO booking_slot (centre_id, service_code, weekday, start_minute, end_minute, "
                    + "capacity, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)", centre, service, r.weekday(), r.start(),
                    r.end(), r.capacity(), now);
        }
    }

    /** "08:30" to 510; 400 naming {@code field} when it is not a time of day. */
    static int minutes(String hhmm, String field) {
        if (hhmm == null || !hhmm.matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
            throw Rejection.invalid(field + " must be a time of day HH:mm such as 08:30, not '" + hhmm + "'");
        }
        return Integer.parseInt(hhmm.substring(0, 2)) * 60 + Integer.parseInt(hhmm.substring(3));
    }

    static String hhmm(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
