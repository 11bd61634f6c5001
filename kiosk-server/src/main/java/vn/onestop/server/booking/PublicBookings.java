package vn.onestop.server.booking;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.wire.ServiceInfo;
import vn.onestop.server.Rejection;
import vn.onestop.server.catalogue.LiveCatalogue;
import vn.onestop.server.centre.Centre;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.queue.QueueService;
import vn.onestop.server.staff.Secrets;

/**
 * The public booking page's work (issue 24): what can be booked, a day's free places, and booking, viewing,
 * cancelling and moving by code, with the daily limits per contact and per network. Capacity is counted under the
 * slot row's lock, so a slot is never overbooked by concurrent requests of any process.
 */
final class PublicBookings {
    private static final Logger LOG = LogManager.getLogger(PublicBookings.class);
    private final Database db;
    private final Clock clock;
    private final QueueService queue;
    private final LiveCatalogue catalogue;
    private final BookingSettings settings;
    private final BookingRules rules;
    private final BookingRecords records;
    private final BookingNotices notices;
    private final BookingSlots slots = new BookingSlots();
    private final BookingCode codes = new BookingCode();

    PublicBookings(Database db, Clock clock, QueueService queue, LiveCatalogue catalogue, BookingSettings settings,
            BookingRules rules, BookingRecords records, BookingNotices notices) {
        this.db = db;
        this.clock = clock;
        this.queue = queue;
        this.catalogue = catalogue;
        this.settings = settings;
        this.rules = rules;
        this.records = records;
        this.notices = notices;
    }

    /** A booking request from the public page; {@code procedureCode} or {@code serviceCode} names what for. */
    record BookRequest(String serviceCode, String procedureCode, String day, String start, String phone,
            String email, String idNumber) {}

    /** Moves a booking to another day and/or slot. */
    record MoveRequest(String day, String start) {}

    /** What the booking page offers: the centre, its bookable services and procedures, and the working days. */
    record Options(String centreId, String nameVi, String nameEn, List<ServiceInfo> services,
            List<ProcedureOption> procedures, List<String> days) {}

    /** A procedure one can book, with the queue service it is served at. */
    record ProcedureOption(String code, String nameVi, String nameEn, String serviceCode) {}

    /** The services with at least one slot in the centre, their procedures, and the bookable working days. */
    Options options(String centreId) {
        Centre centre = rules.centre(centreId);
        List<String> offered = db.read(c -> slots.list(c, centre.id(), null)).stream()
                .filter(r -> r.capacity() > 0).map(BookingSlots.Row::serviceCode).distinct().toList();
        List<ServiceInfo> services = queue.settings().of(centre.id()).serviceInfos().stream()
                .filter(s -> offered.contains(s.code())).toList();
        List<ProcedureOption> procedures = catalogue.catalogue().all().stream()
                .filter(p -> p.serviceCode() != null && offered.contains(p.serviceCode()))
                .map(p -> new ProcedureOption(p.code(), p.nameVi(), p.nameEn(), p.serviceCode())).toList();
        List<String> days = new ArrayList<>();
        LocalDate today = rules.today(centre);
        for (int i = 0; i < settings.daysAhead(); i++) {
            LocalDate d = today.plusDays(i);
            if (catalogue.calendar().isWorkingDay(d)) {
                days.add(d.toString());
            }
        }
        return new Options(centre.id(), centre.nameVi(), centre.nameEn(), services, procedures, days);
    }

    /** A service's slots on a day with the places left; a day that is not bookable is a 400 saying why. */
    List<Slot> availability(String centreId, String serviceCode, String day) {
        Centre centre = rules.centre(centreId);
        String service = rules.service(centreId, serviceCode, null);
        LocalDate d = rules.bookableDay(centre, day);
        int nowMinute = d.equals(rules.today(centre)) ? rules.minuteNow(centre) : -1;
        return db.read(c -> slots.ofDay(c, centre.id(), service, d)).stream()
                .filter(s -> BookingSlots.minutes(s.end(), "end") > nowMinute).toList();
    }

    /** Books a slot; {@code clientAddress} identifies the requester for the daily limit (never stored raw). */
    BookingView book(String centreId, BookRequest r, String clientAddress) {
        if (r == null) {
            throw Rejection.invalid("A JSON body with serviceCode or procedureCode, day, start and a phone or e-mail "
                    + "is required");
        }
        Centre centre = rules.centre(centreId);
        String service = rules.service(centreId, r.serviceCode(), r.procedureCode());
        LocalDate day = rules.bookableDay(centre, r.day());
        int start = BookingSlots.minutes(r.start(), "start");
        String phone = BookingContact.phone(r.phone());
        String email = BookingContact.email(r.email());
        if (phone == null && email == null) {
            throw Rejection.invalid("Give a phone number or an e-mail address: the booking code is sent there");
        }
        String idNumber = BookingContact.idNumber(r.idNumber());
        String createdDay = rules.today(centre).toString();
        String contactKey = Secrets.sha256("contact|" + (phone != null ? phone : email));
        String clientKey = Secrets.sha256("client|" + createdDay + "|" + clientAddress);
        long now = clock.millis();
        String code = codes.next();
        BookingView made = db.write(c -> {
            if (Rows.count(c, "SELECT COUNT(*) FROM booking WHERE contact_key = ? AND created_day = ?", contactKey,
                    createdDay) >= settings.perContactPerDay()) {
                throw new Rejection(Rejection.Kind.TOO_MANY, "This phone number or e-mail address has made "
                        + settings.perContactPerDay() + " bookings today, the most allowed: try again tomorrow");
            }
            if (Rows.count(c, "SELECT COUNT(*) FROM booking WHERE client_key = ? AND created_day = ?", clientKey,
                    createdDay) >= settings.perAddressPerDay()) {
                throw new Rejection(Rejection.Kind.TOO_MANY, "Too many bookings from this network today: try again "
                        + "tomorrow or book at the centre");
            }
            BookingSlots.Row slot = placeIn(c, centre, service, day, start, null);
            Rows.update(c, "INSERT INTO booking (code, qr_payload, centre_id, service_code, procedure_code, "
                    + "service_day, start_minute, end_minute, phone, email, id_number, contact_key, client_key, status, "
                    + "created_day, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'booked', ?, "
                    + "?, ?)", code, BookingCode.qr(code), centre.id(), service, blankToNull(r.procedureCode()),
                    day.toString(), slot.start(), slot.end(), phone, email, idNumber, contactKey, clientKey,
                    createdDay, now, now);
            records.publish(c, "booking.made", centre.id(), code);
            return records.find(c, code).orElseThrow();
        });
        LOG.info("Booking {} made at centre {} for service {} on {} {}", code, centre.id(), service, made.day(),
                made.start());
        confirm(made, phone, email);
        return made;
    }

    /** A booking by its code (typed or scanned); 404 alike for unknown codes and malformed ones. */
    BookingView view(String code) {
        String c = BookingRecords.normalized(code);
        return db.read(conn -> records.find(conn, c)).orElseThrow(BookingRecords::unknown);
    }

    /** Cancels a booked booking: its place is free at once. */
    BookingView cancel(String code) {
        String c = BookingRecords.normalized(code);
        return db.write(conn -> {
            BookingView b = records.find(conn, c).orElseThrow(BookingRecords::unknown);
            if (!b.status().equals("booked")) {
                throw Rejection.conflict("This booking is " + b.status().replace('_', '-') + " and cannot be cancelled");
            }
            Rows.update(conn, "UPDATE booking SET status = 'cancelled', updated_at = ? WHERE code = ? AND status = "
                    + "'booked'", clock.millis(), c);
            records.publish(conn, "booking.cancelled", b.centreId(), c);
            return records.find(conn, c).orElseThrow();
        });
    }

    /** Moves a booked booking to another day and/or slot with a free place (the old place is freed). */
    BookingView move(String code, MoveRequest r) {
        if (r == null) {
            throw Rejection.invalid("A JSON body with day and start is required");
        }
        String c = BookingRecords.normalized(code);
        BookingView before = view(c);
        Centre centre = rules.centre(before.centreId());
        LocalDate day = rules.bookableDay(centre, r.day());
        int start = BookingSlots.minutes(r.start(), "start");
        BookingRecords.Contact[] contact = new BookingRecords.Contact[1];
        BookingView moved = db.write(conn -> {
            BookingView b = records.find(conn, c).orElseThrow(BookingRecords::unknown);
            if (!b.status().equals("booked")) {
                throw Rejection.conflict("This booking is " + b.status().replace('_', '-') + " and cannot be moved");
            }
            BookingSlots.Row slot = placeIn(conn, centre, b.serviceCode(), day, start, c);
            Rows.update(conn, "UPDATE booking SET service_day = ?, start_minute = ?, end_minute = ?, updated_at = ? "
                    + "WHERE code = ?", day.toString(), slot.start(), slot.end(), clock.millis(), c);
            contact[0] = records.contact(conn, c).orElse(new BookingRecords.Contact(null, null));
            records.publish(conn, "booking.moved", b.centreId(), c);
            return records.find(conn, c).orElseThrow();
        });
        confirm(moved, contact[0].phone(), contact[0].email());
        return moved;
    }

    /** The slot row at {@code start} on {@code day}, locked, with a free place (409 when full or absent). */
    private BookingSlots.Row placeIn(Connection c, Centre centre, String service, LocalDate day, int start,
            String except) throws SQLException {
        BookingSlots.Row slot = slots.lock(c, centre.id(), service, day.getDayOfWeek().getValue(), start);
        if (day.equals(rules.today(centre)) && slot.end() <= rules.minuteNow(centre)) {
            throw Rejection.conflict("The slot " + BookingSlots.hhmm(slot.start()) + " today is over: pick a later one");
        }
        if (slots.taken(c, centre.id(), service, day.toString(), start, except) >= slot.capacity()) {
            throw Rejection.conflict("The slot " + BookingSlots.hhmm(slot.start()) + " on " + day
                    + " is full: pick another slot or day");
        }
        return slot;
    }

    private void confirm(BookingView b, String phone, String email) {
        try {
            notices.confirmation(new BookingNotices.Notice(b, phone, email));
        } catch (RuntimeException e) {
            LOG.error("Booking {}: the confirmation could not be queued: {}", b.code(), e.getClass().getSimpleName());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
