package vn.onestop.server.booking;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.wire.BookingCheckIn;
import vn.onestop.core.wire.IssueTicketRequest;
import vn.onestop.server.Rejection;
import vn.onestop.server.centre.Centre;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.queue.QueueService;

/**
 * A booking checked in at a kiosk: a check-in within the slot window (grace before and after from
 * {@link BookingSettings}) gets a ticket of the appointment priority class, any other a normal ticket and the
 * reason.
 */
final class KioskCheckIn {
    private static final Logger LOG = LogManager.getLogger(KioskCheckIn.class);
    private final Database db;
    private final Clock clock;
    private final QueueService queue;
    private final BookingSettings settings;
    private final BookingRules rules;
    private final BookingRecords records;
    private final BookingNotices notices;

    KioskCheckIn(Database db, Clock clock, QueueService queue, BookingSettings settings, BookingRules rules,
            BookingRecords records, BookingNotices notices) {
        this.db = db;
        this.clock = clock;
        this.queue = queue;
        this.settings = settings;
        this.rules = rules;
        this.records = records;
        this.notices = notices;
    }

    /**
     * Checks a booking in at a kiosk of {@code centreId}: a ticket of the booking's service, with the appointment
     * class when now is within the slot window, else a normal one and the reason. A booking already checked in gives
     * its ticket again; another centre's booking is the same 404 as an unknown code.
     */
    CompletableFuture<BookingCheckIn> checkIn(String kioskId, String centreId, String code) {
        String c = BookingRecords.normalized(code);
        BookingView b = db.read(conn -> records.find(conn, c)).filter(v -> v.centreId().equals(centreId))
                .orElseThrow(BookingRecords::unknown);
        String voided = null;
        if (b.status().equals("checked_in")) {
            String ticketId = db.read(conn -> Rows.one(conn, "SELECT ticket_id FROM booking WHERE code = ?",
                    rs -> rs.getString(1), c)).orElseThrow();
            boolean onTime = db.read(conn -> Rows.one(conn, "SELECT in_window FROM booking WHERE code = ?",
                    rs -> rs.getInt(1) == 1, c)).orElse(false);
            var ticket = queue.find(ticketId);
            if (!ticket.status().equals("voided")) {
                return CompletableFuture.completedFuture(new BookingCheckIn(ticket, onTime, onTime ? null : "late",
                        b.day(), b.start(), b.end(), true));
            }
            voided = ticketId; // its print failed and the kiosk voided it: the citizen checks in again
        } else if (!b.status().equals("booked")) {
            throw Rejection.conflict("This booking was " + (b.status().equals("cancelled") ? "cancelled"
                    : "marked as not come") + ": take a normal ticket");
        }
        Centre centre = rules.centre(centreId);
        String reason = reason(centre, b);
        boolean onTime = reason == null;
        String cls = onTime ? settings.priorityClass() : "normal";
        IssueTicketRequest request = new IssueTicketRequest("booking-" + c + "-" + (onTime ? "in" : "out")
                + (voided == null ? "" : "-" + clock.millis()), b.serviceCode(), cls);
        String replaced = voided;
        return (onTime ? queue.issueBooked(centreId, kioskId, request) : queue.issue(centreId, kioskId, request)).thenApply(ticket -> {
            boolean today = reason == null || !reason.equals("other_day");
            if (today) {
                db.write(conn -> {
                    Rows.update(conn, "UPDATE booking SET status = 'checked_in', checked_in_at = ?, ticket_id = ?, "
                            + "in_window = ?, updated_at = ? WHERE code = ? AND (status = 'booked' OR ticket_id = ?)",
                            clock.millis(), ticket.id(), onTime ? 1 : 0, clock.millis(), c,
                            replaced == null ? "" : replaced);
                    records.publish(conn, "booking.checked-in", centre.id(), c);
                    return null;
                });
                // The citizen who booked hears when the ticket is near and called, as they gave their contact.
                db.read(conn -> records.contact(conn, c)).ifPresent(contact -> notices.checkedIn(
                        new BookingNotices.Notice(b, contact.phone(), contact.email()), ticket.id()));
            }
            LOG.info("Booking {} checked in at kiosk {}: ticket {} ({})", c, kioskId, ticket.displayNumber(),
                    onTime ? "in its window" : reason);
            return new BookingCheckIn(ticket, onTime, reason, b.day(), b.start(), b.end(), false);
        });
    }

    /** Why a check-in now gets a normal ticket, or null when it is within the window and the class exists. */
    private String reason(Centre centre, BookingView b) {
        String today = rules.today(centre).toString();
        if (b.day().compareTo(today) < 0) {
            return "late"; // a past day's booking
        }
        if (!b.day().equals(today)) {
            return "other_day";
        }
        int now = rules.minuteNow(centre);
        if (now < BookingSlots.minutes(b.start(), "start") - settings.graceBeforeMinutes()) {
            return "early";
        }
        if (now > BookingSlots.minutes(b.end(), "end") + settings.graceAfterMinutes()) {
            return "late";
        }
        return settings.priorityClass() == null ? "no_class" : null;
    }
}
