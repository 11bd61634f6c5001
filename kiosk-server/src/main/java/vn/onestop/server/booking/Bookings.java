package vn.onestop.server.booking;

import java.time.Clock;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.catalogue.LiveCatalogue;
import vn.onestop.server.centre.Centres;
import vn.onestop.server.db.Database;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.queue.QueueService;
import vn.onestop.server.retention.PersonalDataRetention;
import vn.onestop.server.staff.AuditLog;

/**
 * Appointments of a centre (issue 24), built from their parts: citizens book a slot of a queue service on a working
 * day, cancel or move it with its code ({@link PublicBookings}), and check in at the kiosk ({@link KioskCheckIn});
 * counter staff see today's bookings ({@link TodaysBookings}), the centre admin sets the weekly slots
 * ({@link WeeklySlots}); reminders go out the day before ({@link BookingReminders}) and contacts are erased by the
 * retention job ({@link BookingRetention}).
 */
public final class Bookings {
    private final BookingNoticeRelay notices = new BookingNoticeRelay();
    private final PublicBookings publicBookings;
    private final KioskCheckIn checkIn;
    private final TodaysBookings today;
    private final WeeklySlots slots;
    private final BookingReminders reminders;
    private final BookingRetention retention;

    public Bookings(Database db, ServerConfig config, Clock clock, Centres centres, QueueService queue, AuditLog audit,
            EventBus events, LiveCatalogue catalogue) {
        BookingSettings settings = config.booking();
        BookingRules rules = new BookingRules(clock, centres, queue, catalogue, settings);
        BookingRecords records = new BookingRecords(config, centres, events);
        this.publicBookings = new PublicBookings(db, clock, queue, catalogue, settings, rules, records, notices);
        this.checkIn = new KioskCheckIn(db, clock, queue, settings, rules, records, notices);
        this.today = new TodaysBookings(db, clock, audit, settings, rules, records);
        this.slots = new WeeklySlots(db, clock, audit, rules);
        this.reminders = new BookingReminders(db, clock, config.zone(), records, notices);
        this.retention = new BookingRetention(config.zone(), audit, settings);
    }

    /** Where confirmations and reminders go (the notification outbox, when wired); none by default. */
    public void notices(BookingNotices value) {
        notices.set(value);
    }

    PublicBookings publicBookings() {
        return publicBookings;
    }

    KioskCheckIn checkIn() {
        return checkIn;
    }

    TodaysBookings today() {
        return today;
    }

    WeeklySlots slots() {
        return slots;
    }

    BookingReminders reminders() {
        return reminders;
    }

    /** Bookings' contacts as a part of the retention job. */
    public PersonalDataRetention.Part retentionPart() {
        return retention;
    }

    /** Sends the day-before reminders now and then every hour until closed. */
    public void start() {
        reminders.start();
    }

    /** Stops the reminders. */
    public void close() {
        reminders.close();
    }
}
