package vn.onestop.server.booking;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.wire.BookingCheckIn;
import vn.onestop.core.wire.IssueTicketRequest;
import vn.onestop.core.wire.ServiceInfo;
import vn.onestop.server.Rejection;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.centre.Centre;
import vn.onestop.server.centre.Centres;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.queue.QueueService;
import vn.onestop.server.staff.AuditLog;
import vn.onestop.server.staff.Secrets;

/**
 * Appointments of a centre (issue 24): citizens book a slot of a queue service on a working day, cancel or move it
 * with its code, and check in at the kiosk, where a check-in within the slot window (grace before and after from
 * {@link BookingSettings}) gets the appointment priority class and any other a normal ticket. Capacity is counted
 * under the slot row's lock, so a slot is never overbooked by concurrent requests of any process.
 */
public final class Bookings {
    private static final Logger LOG = LogManager.getLogger(Bookings.class);
    private static final Pattern PHONE = Pattern.compile("(?:\\+?84|0)([35789][0-9]{8})");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9.-]{1,189}\\.[A-Za-z]{2,24}");
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{9}|[0-9]{12}");
    private static final String COLUMNS = "code, qr_payload, centre_id, service_code, procedure_code, service_day, "
            + "start_minute, end_minute, status, ticket_id, checked_in_at, in_window";
    private final Database db;
    private final ServerConfig config;
    private final Clock clock;
    private final Centres centres;
    private final QueueService queue;
    private final AuditLog audit;
    private final EventBus events;
    private final BookingSettings settings;
    private final BookingSlots slots = new BookingSlots();
    private final BookingCode codes = new BookingCode();
    private volatile BookingNotices notices = BookingNotices.NONE;

    private final vn.onestop.server.catalogue.LiveCatalogue catalogue;

    public Bookings(Database db, ServerConfig config, Clock clock, Centres centres, QueueService queue, AuditLog audit,
            EventBus events, vn.onestop.server.catalogue.LiveCatalogue catalogue) {
        this.catalogue = catalogue;
        this.db = db;
        this.config = config;
        this.clock = clock;
        this.centres = centres;
        this.queue = queue;
        this.audit = audit;
        this.events = events;
        this.settings = config.booking();
    }

    /** Where confirmations and reminders go (the notification outbox, when wired); none by default. */
    public void notices(BookingNotices value) {
        this.notices = value == null ? BookingNotices.NONE : value;
    }

    /** A booking request from the public page; {@code procedureCode} or {@code serviceCode} names what for. */
    public record BookRequest(String serviceCode, String procedureCode, String day, String start, String phone,
            String email, String idNumber) {}

    /** Moves a booking to another day and/or slot. */
    public record MoveRequest(String day, String start) {}

    /** What the booking page offers: the centre, its bookable services and procedures, and the working days. */
    public record Options(String centreId, String nameVi, String nameEn, List<ServiceInfo> services,
            List<ProcedureOption> procedures, List<String> days) {}

    /** A procedure one can book, with the queue service it is served at. */
    public record ProcedureOption(String code, String nameVi, String nameEn, String serviceCode) {}

    /** One of today's bookings as staff see it (no contact, no ID number). */
    public record StaffRow(String code, String serviceCode, String procedureCode, String start, String end,
            String status, boolean late, String ticketId, Boolean onTime) {}

    /** A centre that exists and is not disabled, or 404 (a public route names it). */
    public Centre centre(String id) {
        return centres.find(id).filter(c -> !c.disabled())
                .orElseThrow(() -> Rejection.notFound("No centre '" + id + "' takes bookings"));
    }

    /** The services with at least one slot in the centre, their procedures, and the bookable working days. */
    public Options options(String centreId) {
        Centre centre = centre(centreId);
        List<String> offered = db.read(c -> slots.list(c, centre.id(), null)).stream()
                .filter(r -> r.capacity() > 0).map(BookingSlots.Row::serviceCode).distinct().toList();
        List<ServiceInfo> services = queue.settings().of(centre.id()).serviceInfos().stream()
                .filter(s -> offered.contains(s.code())).toList();
        List<ProcedureOption> procedures = catalogue.catalogue().all().stream()
                .filter(p -> p.serviceCode() != null && offered.contains(p.serviceCode()))
                .map(p -> new ProcedureOption(p.code(), p.nameVi(), p.nameEn(), p.serviceCode())).toList();
        List<String> days = new ArrayList<>();
        LocalDate today = today(centre);
        for (int i = 0; i < settings.daysAhead(); i++) {
            LocalDate d = today.plusDays(i);
            if (catalogue.calendar().isWorkingDay(d)) {
                days.add(d.toString());
            }
        }
        return new Options(centre.id(), centre.nameVi(), centre.nameEn(), services, procedures, days);
    }

    /** A service's slots on a day with the places left; a day that is not bookable is a 400 saying why. */
    public List<Slot> availability(String centreId, String serviceCode, String day) {
        Centre centre = centre(centreId);
        String service = service(centreId, serviceCode, null);
        LocalDate d = bookableDay(centre, day);
        int nowMinute = d.equals(today(centre)) ? minuteNow(centre) : -1;
        return db.read(c -> slots.ofDay(c, centre.id(), service, d)).stream()
                .filter(s -> BookingSlots.minutes(s.end(), "end") > nowMinute).toList();
    }

    /** Books a slot; {@code clientKey} identifies the requesting address for the daily limit (never stored raw). */
    public BookingView book(String centreId, BookRequest r, String clientAddress) {
        if (r == null) {
            throw Rejection.invalid("A JSON body with serviceCode or procedureCode, day, start and a phone or e-mail "
                    + "is required");
        }
        Centre centre = centre(centreId);
        String service = service(centreId, r.serviceCode(), r.procedureCode());
        LocalDate day = bookableDay(centre, r.day());
        int start = BookingSlots.minutes(r.start(), "start");
        String phone = phone(r.phone());
        String email = email(r.email());
        if (phone == null && email == null) {
            throw Rejection.invalid("Give a phone number or an e-mail address: the booking code is sent there");
        }
        String idNumber = idNumber(r.idNumber());
        String createdDay = today(centre).toString();
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
            publish(c, "booking.made", centre.id(), code);
            return find(c, code).orElseThrow();
        });
        LOG.info("Booking {} made at centre {} for service {} on {} {}", code, centre.id(), service, made.day(),
                made.start());
        notify(made, phone, email);
        return made;
    }

    /** A booking by its code (typed or scanned); 404 alike for unknown codes and malformed ones. */
    public BookingView view(String code) {
        String c = normalized(code);
        return db.read(conn -> find(conn, c)).orElseThrow(Bookings::unknown);
    }

    /** Cancels a booked booking: its place is free at once. */
    public BookingView cancel(String code) {
        String c = normalized(code);
        return db.write(conn -> {
            BookingView b = find(conn, c).orElseThrow(Bookings::unknown);
            if (!b.status().equals("booked")) {
                throw Rejection.conflict("This booking is " + b.status().replace('_', '-') + " and cannot be cancelled");
            }
            Rows.update(conn, "UPDATE booking SET status = 'cancelled', updated_at = ? WHERE code = ? AND status = "
                    + "'booked'", clock.millis(), c);
            publish(conn, "booking.cancelled", b.centreId(), c);
            return find(conn, c).orElseThrow();
        });
    }

    /** Moves a booked booking to another day and/or slot with a free place (the old place is freed). */
    public BookingView move(String code, MoveRequest r) {
        if (r == null) {
            throw Rejection.invalid("A JSON body with day and start is required");
        }
        String c = normalized(code);
        BookingView before = view(c);
        Centre centre = centre(before.centreId());
        LocalDate day = bookableDay(centre, r.day());
        int start = BookingSlots.minutes(r.start(), "start");
        String[] contact = new String[2];
        BookingView moved = db.write(conn -> {
            BookingView b = find(conn, c).orElseThrow(Bookings::unknown);
            if (!b.status().equals("booked")) {
                throw Rejection.conflict("This booking is " + b.status().replace('_', '-') + " and cannot be moved");
            }
            BookingSlots.Row slot = placeIn(conn, centre, b.serviceCode(), day, start, c);
            Rows.update(conn, "UPDATE booking SET service_day = ?, start_minute = ?, end_minute = ?, updated_at = ? "
                    + "WHERE code = ?", day.toString(), slot.start(), slot.end(), clock.millis(), c);
            Rows.one(conn, "SELECT phone, email FROM booking WHERE code = ?", rs -> {
                contact[0] = rs.getString(1);
                contact[1] = rs.getString(2);
                return true;
            }, c);
            publish(conn, "booking.moved", b.centreId(), c);
            return find(conn, c).orElseThrow();
        });
        notify(moved, contact[0], contact[1]);
        return moved;
    }

    /**
     * Checks a booking in at a kiosk of {@code centreId}: a ticket of the booking's service, with the appointment
     * class when now is within the slot window, else a normal one and the reason. A booking already checked in gives
     * its ticket again; another centre's booking is the same 404 as an unknown code.
     */
    public CompletableFuture<BookingCheckIn> checkIn(String kioskId, String centreId, String code) {
        String c = normalized(code);
        BookingView b = db.read(conn -> find(conn, c)).filter(v -> v.centreId().equals(centreId))
                .orElseThrow(Bookings::unknown);
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
        Centre centre = centre(centreId);
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
                    publish(conn, "booking.checked-in", centre.id(), c);
                    return null;
                });
                // The citizen who booked hears when the ticket is near and called, as they gave their contact.
                db.read(conn -> Rows.one(conn, "SELECT phone, email FROM booking WHERE code = ?",
                        rs -> new String[] {rs.getString(1), rs.getString(2)}, c)).ifPresent(contact ->
                        notices.checkedIn(new BookingNotices.Notice(b, contact[0], contact[1]), ticket.id()));
            }
            LOG.info("Booking {} checked in at kiosk {}: ticket {} ({})", c, kioskId, ticket.displayNumber(),
                    onTime ? "in its window" : reason);
            return new BookingCheckIn(ticket, onTime, reason, b.day(), b.start(), b.end(), false);
        });
    }

    /** Why a check-in now gets a normal ticket, or null when it is within the window and the class exists. */
    private String reason(Centre centre, BookingView b) {
        String today = today(centre).toString();
        if (b.day().compareTo(today) < 0) {
            return "late"; // a past day's booking
        }
        if (!b.day().equals(today)) {
            return "other_day";
        }
        int now = minuteNow(centre);
        if (now < BookingSlots.minutes(b.start(), "start") - settings.graceBeforeMinutes()) {
            return "early";
        }
        if (now > BookingSlots.minutes(b.end(), "end") + settings.graceAfterMinutes()) {
            return "late";
        }
        return settings.priorityClass() == null ? "no_class" : null;
    }

    /** Today's bookings of a centre for staff, in slot order; {@code late}: the window passed without a check-in. */
    public List<StaffRow> today(String centreId) {
        Centre centre = centre(centreId);
        String day = today(centre).toString();
        int now = minuteNow(centre);
        return db.read(c -> Rows.list(c, "SELECT code, service_code, procedure_code, start_minute, end_minute, "
                + "status, ticket_id, in_window FROM booking WHERE centre_id = ? AND service_day = ? AND status <> "
                + "'cancelled' ORDER BY start_minute, code", rs -> new StaffRow(rs.getString(1), rs.getString(2),
                        rs.getString(3), BookingSlots.hhmm(rs.getInt(4)), BookingSlots.hhmm(rs.getInt(5)),
                        rs.getString(6), rs.getString(6).equals("booked")
                                && now > rs.getInt(5) + settings.graceAfterMinutes(), rs.getString(7),
                        rs.getObject(8) == null ? null : rs.getInt(8) == 1), centre.id(), day));
    }

    /** Staff mark a booked citizen as not come: the place is released (audited). */
    public BookingView noShow(String centreId, String code, String actor) {
        String c = normalized(code);
        return db.write(conn -> {
            BookingView b = find(conn, c).filter(v -> v.centreId().equals(centreId)).orElseThrow(Bookings::unknown);
            if (!b.status().equals("booked")) {
                throw Rejection.conflict("This booking is " + b.status().replace('_', '-')
                        + ": only a booked one can be marked as not come");
            }
            Rows.update(conn, "UPDATE booking SET status = 'no_show', updated_at = ? WHERE code = ?", clock.millis(), c);
            audit.record(conn, actor, "booking.no-show", c, "slot " + b.day() + " " + b.start() + " released");
            publish(conn, "booking.no-show", centreId, c);
            return find(conn, c).orElseThrow();
        });
    }

    /** A centre's weekly slots, of one service or all. */
    public List<Slot> slots(String centreId, String service) {
        Centre centre = centre(centreId);
        String s = service == null || service.isBlank() ? null : service(centreId, service, null);
        return db.read(c -> slots.list(c, centre.id(), s)).stream().map(r -> new Slot(r.serviceCode(), r.weekday(),
                BookingSlots.hhmm(r.start()), BookingSlots.hhmm(r.end()), r.capacity(), null)).toList();
    }

    /** Replaces a service's weekly slots (audited with the count); existing bookings keep their places. */
    public List<Slot> replaceSlots(String centreId, String service, List<Slot> list, String actor) {
        Centre centre = centre(centreId);
        String s = service(centreId, service, null);
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
        return slots(centre.id(), s);
    }

    /**
     * Erases contact, ID number and abuse-limit digests of bookings whose day is over {@code retentionDays} ago;
     * returns how many (the retention job calls this daily).
     */
    public int erasePersonalData() {
        return db.write(c -> erasePersonalData(c, clock.millis()));
    }

    /** The retention job's part (issue 24): erases in its transaction what {@link #erasePersonalData()} does. */
    public int erasePersonalData(java.sql.Connection c, long now) throws java.sql.SQLException {
        LocalDate cutoff = LocalDate.ofInstant(java.time.Instant.ofEpochMilli(now), config.zone())
                .minusDays(settings.retentionDays());
        int n = Rows.update(c, "UPDATE booking SET phone = NULL, email = NULL, id_number = NULL, "
                + "contact_key = NULL, client_key = NULL, personal_data_erased_at = ? WHERE service_day < ? AND "
                + "personal_data_erased_at IS NULL", now, cutoff.toString());
        audit.record(c, "system:retention", "booking.personal-data.erase", null, n + " booking(s) erased, their day "
                + "over " + settings.retentionDays() + " days ago");
        return n;
    }

    /** Bookings' contacts as a part of the retention job. */
    public vn.onestop.server.retention.PersonalDataRetention.Part retentionPart() {
        return new vn.onestop.server.retention.PersonalDataRetention.Part() {
            @Override
            public int erase(java.sql.Connection c, long now) throws java.sql.SQLException {
                return erasePersonalData(c, now);
            }

            @Override
            public String what() {
                return "booking contact(s)";
            }
        };
    }

    /**
     * Hands tomorrow's booked bookings not yet reminded to {@link BookingNotices#reminder} (each once: marked
     * first, so a crash loses a reminder rather than sending two); returns how many. Runs hourly once started.
     */
    public int remindTomorrow() {
        String tomorrow = LocalDate.ofInstant(clock.instant(), config.zone()).plusDays(1).toString();
        record Due(String code, String phone, String email) {}
        List<Due> due = db.write(c -> {
            List<Due> list = Rows.list(c, "SELECT code, phone, email FROM booking WHERE service_day = ? AND status = "
                    + "'booked' AND reminded_at IS NULL ORDER BY code", rs -> new Due(rs.getString(1),
                            rs.getString(2), rs.getString(3)), tomorrow);
            for (Due d : list) {
                Rows.update(c, "UPDATE booking SET reminded_at = ? WHERE code = ?", clock.millis(), d.code());
            }
            return list;
        });
        for (Due d : due) {
            try {
                notices.reminder(new BookingNotices.Notice(view(d.code()), d.phone(), d.email()));
            } catch (RuntimeException e) {
                LOG.error("Booking {}: the reminder could not be queued: {}", d.code(), e.getClass().getSimpleName());
            }
        }
        return due.size();
    }

    private final java.util.concurrent.ScheduledExecutorService reminders =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "booking-reminders");
                t.setDaemon(true);
                return t;
            });

    /** Sends the day-before reminders now and then every hour until closed. */
    public void start() {
        reminders.scheduleWithFixedDelay(() -> {
            try {
                remindTomorrow();
            } catch (RuntimeException e) {
                LOG.error("Booking reminders failed (tried again in an hour): {}", e.getMessage());
            }
        }, 0, 1, java.util.concurrent.TimeUnit.HOURS);
    }

    /** Stops the reminders. */
    public void close() {
        reminders.shutdownNow();
    }

    /** The slot row at {@code start} on {@code day}, locked, with a free place (409 when full or absent). */
    private BookingSlots.Row placeIn(Connection c, Centre centre, String service, LocalDate day, int start,
            String except) throws SQLException {
        BookingSlots.Row slot = slots.lock(c, centre.id(), service, day.getDayOfWeek().getValue(), start);
        if (day.equals(today(centre)) && slot.end() <= minuteNow(centre)) {
            throw Rejection.conflict("The slot " + BookingSlots.hhmm(slot.start()) + " today is over: pick a later one");
        }
        if (slots.taken(c, centre.id(), service, day.toString(), start, except) >= slot.capacity()) {
            throw Rejection.conflict("The slot " + BookingSlots.hhmm(slot.start()) + " on " + day
                    + " is full: pick another slot or day");
        }
        return slot;
    }

    private LocalDate bookableDay(Centre centre, String day) {
        LocalDate d;
        try {
            d = LocalDate.parse(day == null ? "" : day);
        } catch (DateTimeParseException e) {
            throw Rejection.invalid("day must be a date yyyy-MM-dd, not '" + day + "'");
        }
        LocalDate today = today(centre);
        if (d.isBefore(today) || !d.isBefore(today.plusDays(settings.daysAhead()))) {
            throw Rejection.invalid("Bookings are taken from today to " + today.plusDays(settings.daysAhead() - 1L)
                    + "; " + d + " is outside");
        }
        if (!catalogue.calendar().isWorkingDay(d)) {
            throw Rejection.invalid(d + " is not a working day of the centre"
                    + catalogue.calendar().dayOff(d).map(o -> " (" + o.nameVi() + " / " + o.nameEn() + ")").orElse("") + ": pick another day");
        }
        return d;
    }

    /** The service of a request: a procedure's service when a procedure is named, else the service code. */
    private String service(String centreId, String serviceCode, String procedureCode) {
        if (procedureCode != null && !procedureCode.isBlank()) {
            Procedure p = catalogue.catalogue().all().stream().filter(x -> x.code().equals(procedureCode.strip()))
                    .findFirst().orElseThrow(() -> Rejection.invalid("procedureCode '" + procedureCode
                            + "' is not in the catalogue"));
            if (p.serviceCode() == null) {
                throw Rejection.invalid("Procedure " + p.code() + " has no queue service to book");
            }
            return p.serviceCode();
        }
        List<ServiceInfo> here = queue.settings().of(centreId).serviceInfos();
        return here.stream().map(ServiceInfo::code).filter(s -> s.equals(serviceCode)).findFirst()
                .orElseThrow(() -> Rejection.invalid("serviceCode '" + serviceCode + "' is not one of the centre's "
                        + "services " + here.stream().map(ServiceInfo::code).toList()));
    }

    private static String phone(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        var m = PHONE.matcher(typed.replaceAll("[\\s.()-]", ""));
        if (!m.matches()) {
            throw Rejection.invalid("The phone number must be a Vietnamese mobile number such as 0912 345 678");
        }
        return "0" + m.group(1);
    }

    private static String email(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String e = typed.strip();
        if (e.length() > 254 || !EMAIL.matcher(e).matches()) {
            throw Rejection.invalid("The e-mail address is not valid: it looks like name@example.vn");
        }
        return e.toLowerCase(Locale.ROOT);
    }

    private static String idNumber(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String s = typed.replaceAll("\\s", "");
        if (!ID_NUMBER.matcher(s).matches()) {
            throw Rejection.invalid("The ID number must be the 12 digits of a citizen ID card (or 9 of an old one)");
        }
        return s;
    }

    private static String normalized(String code) {
        return BookingCode.normalize(code).orElseThrow(Bookings::unknown);
    }

    private static Rejection unknown() {
        return Rejection.notFound("No booking with this code: check the code (10 letters and digits)");
    }

    private Optional<BookingView> find(Connection c, String code) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM booking WHERE code = ?", this::map, code);
    }

    private BookingView map(ResultSet rs) throws SQLException {
        String centreId = rs.getString(3);
        Centre centre = centres.find(centreId).orElse(null);
        String service = rs.getString(4);
        ServiceInfo s = config.services().stream().filter(x -> x.code().equals(service)).findFirst().orElse(null);
        return new BookingView(rs.getString(1), rs.getString(2), centreId, centre == null ? centreId : centre.nameVi(),
                centre == null ? centreId : centre.nameEn(), service, s == null ? service : s.nameVi(),
                s == null ? service : s.nameEn(), rs.getString(5), rs.getString(6), BookingSlots.hhmm(rs.getInt(7)),
                BookingSlots.hhmm(rs.getInt(8)), rs.getString(9));
    }

    private void publish(Connection c, String type, String centreId, String code) throws SQLException {
        events.publish(c, type, Map.of("centreId", centreId, "code", code));
    }

    private void notify(BookingView b, String phone, String email) {
        try {
            notices.confirmation(new BookingNotices.Notice(b, phone, email));
        } catch (RuntimeException e) {
            LOG.error("Booking {}: the confirmation could not be queued: {}", b.code(), e.getClass().getSimpleName());
        }
    }

    private LocalDate today(Centre centre) {
        return LocalDate.ofInstant(clock.instant(), centre.zone());
    }

    private int minuteNow(Centre centre) {
        LocalTime t = ZonedDateTime.ofInstant(clock.instant(), centre.zone()).toLocalTime();
        return t.getHour() * 60 + t.getMinute();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
