package vn.onestop.server.booking;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/** The day-before reminders of bookings: each booking is reminded once, checked every hour once started. */
final class BookingReminders {
    private static final Logger LOG = LogManager.getLogger(BookingReminders.class);
    private final Database db;
    private final Clock clock;
    private final ZoneId zone;
    private final BookingRecords records;
    private final BookingNotices notices;
    private final ScheduledExecutorService reminders = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "booking-reminders");
        t.setDaemon(true);
        return t;
    });

    BookingReminders(Database db, Clock clock, ZoneId zone, BookingRecords records, BookingNotices notices) {
        this.db = db;
        this.clock = clock;
        this.zone = zone;
        this.records = records;
        this.notices = notices;
    }

    /**
     * Hands tomorrow's booked bookings not yet reminded to {@link BookingNotices#reminder} (each once: marked
     * first, so a crash loses a reminder rather than sending two); returns how many.
     */
    int remindTomorrow() {
        String tomorrow = LocalDate.ofInstant(clock.instant(), zone).plusDays(1).toString();
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
                BookingView booking = db.read(c -> records.find(c, d.code())).orElseThrow(BookingRecords::unknown);
                notices.reminder(new BookingNotices.Notice(booking, d.phone(), d.email()));
            } catch (RuntimeException e) {
                LOG.error("Booking {}: the reminder could not be queued: {}", d.code(), e.getClass().getSimpleName());
            }
        }
        return due.size();
    }

    /** Sends the day-before reminders now and then every hour until closed. */
    void start() {
        reminders.scheduleWithFixedDelay(() -> {
            try {
                remindTomorrow();
            } catch (RuntimeException e) {
                LOG.error("Booking reminders failed (tried again in an hour): {}", e.getMessage());
            }
        }, 0, 1, TimeUnit.HOURS);
    }

    /** Stops the reminders. */
    void close() {
        reminders.shutdownNow();
    }
}
