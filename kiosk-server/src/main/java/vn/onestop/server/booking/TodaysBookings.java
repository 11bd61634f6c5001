package vn.onestop.server.booking;

import java.time.Clock;
import java.util.List;
import vn.onestop.server.Rejection;
import vn.onestop.server.centre.Centre;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.AuditLog;

/** A centre's bookings of today as counter staff see them (no contact, no ID number), and marking a no-show. */
final class TodaysBookings {
    private final Database db;
    private final Clock clock;
    private final AuditLog audit;
    private final BookingSettings settings;
    private final BookingRules rules;
    private final BookingRecords records;

    TodaysBookings(Database db, Clock clock, AuditLog audit, BookingSettings settings, BookingRules rules,
            BookingRecords records) {
        this.db = db;
        this.clock = clock;
        this.audit = audit;
        this.settings = settings;
        this.rules = rules;
        this.records = records;
    }

    /** One of today's bookings as staff see it (no contact, no ID number). */
    record StaffRow(String code, String serviceCode, String procedureCode, String start, String end,
            String status, boolean late, String ticketId, Boolean onTime) {}

    /** Today's bookings of a centre for staff, in slot order; {@code late}: the window passed without a check-in. */
    List<StaffRow> list(String centreId) {
        Centre centre = rules.centre(centreId);
        String day = rules.today(centre).toString();
        int now = rules.minuteNow(centre);
        return db.read(c -> Rows.list(c, "SELECT code, service_code, procedure_code, start_minute, end_minute, "
                + "status, ticket_id, in_window FROM booking WHERE centre_id = ? AND service_day = ? AND status <> "
                + "'cancelled' ORDER BY start_minute, code", rs -> new StaffRow(rs.getString(1), rs.getString(2),
                        rs.getString(3), BookingSlots.hhmm(rs.getInt(4)), BookingSlots.hhmm(rs.getInt(5)),
                        rs.getString(6), rs.getString(6).equals("booked")
                                && now > rs.getInt(5) + settings.graceAfterMinutes(), rs.getString(7),
                        rs.getObject(8) == null ? null : rs.getInt(8) == 1), centre.id(), day));
    }

    /** Staff mark a booked citizen as not come: the place is released (audited). */
    BookingView noShow(String centreId, String code, String actor) {
        String c = BookingRecords.normalized(code);
        return db.write(conn -> {
            BookingView b = records.find(conn, c).filter(v -> v.centreId().equals(centreId))
                    .orElseThrow(BookingRecords::unknown);
            if (!b.status().equals("booked")) {
                throw Rejection.conflict("This booking is " + b.status().replace('_', '-')
                        + ": only a booked one can be marked as not come");
            }
            Rows.update(conn, "UPDATE booking SET status = 'no_show', updated_at = ? WHERE code = ?", clock.millis(), c);
            audit.record(conn, actor, "booking.no-show", c, "slot " + b.day() + " " + b.start() + " released");
            records.publish(conn, "booking.no-show", centreId, c);
            return records.find(conn, c).orElseThrow();
        });
    }
}
