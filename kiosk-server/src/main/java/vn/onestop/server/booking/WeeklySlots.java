package vn.onestop.server.booking;

import java.time.Clock;
import java.util.List;
import vn.onestop.server.Rejection;
import vn.onestop.server.centre.Centre;
import vn.onestop.server.db.Database;
import vn.onestop.server.staff.AuditLog;

/** A centre admin's weekly slots per service: what is bookable on each weekday, and how many places. */
final class WeeklySlots {
    private final Database db;
    private final Clock clock;
    private final AuditLog audit;
    private final BookingRules rules;
    private final BookingSlots slots = new BookingSlots();

    WeeklySlots(Database db, Clock clock, AuditLog audit, BookingRules rules) {
        this.db = db;
        this.clock = clock;
        this.audit = audit;
        this.rules = rules;
    }

    /** A centre's weekly slots, of one service or all. */
    List<Slot> list(String centreId, String service) {
        Centre centre = rules.centre(centreId);
        String s = service == null || service.isBlank() ? null : rules.service(centreId, service, null);
        return db.read(c -> slots.list(c, centre.id(), s)).stream().map(r -> new Slot(r.serviceCode(), r.weekday(),
                BookingSlots.hhmm(r.start()), BookingSlots.hhmm(r.end()), r.capacity(), null)).toList();
    }

    /** Replaces a service's weekly slots (audited with the count); existing bookings keep their places. */
    List<Slot> replace(String centreId, String service, List<Slot> list, String actor) {
        Centre centre = rules.centre(centreId);
        String s = rules.service(centreId, service, null);
        if (list == null) {
            throw Rejection.invalid("A JSON array of slots {weekday, start, end, capacity} is required");
        }
        if (list.size() > 500) {
            throw Rejection.invalid("At most 500 slots per service");
        }
        db.write(c -> {
            slots.replace(c, centre.id(), s, list, clock.millis());
            audit.record(c, actor, "booking.slots", centre.id() + "/" + s, list.size() + " weekly slot(s)");
            return null;
        });
        return list(centre.id(), s);
    }
}
