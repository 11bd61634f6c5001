package vn.onestop.server.booking;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.onestop.server.db.Rows;
import vn.onestop.server.retention.PersonalDataRetention;
import vn.onestop.server.staff.AuditLog;

/**
 * The bookings' part of the personal data retention job (issue 24): contact, ID number and abuse-limit digests of
 * bookings whose day is over {@link BookingSettings#retentionDays()} ago are erased.
 */
final class BookingRetention implements PersonalDataRetention.Part {
    private final ZoneId zone;
    private final AuditLog audit;
    private final BookingSettings settings;

    BookingRetention(ZoneId zone, AuditLog audit, BookingSettings settings) {
        this.zone = zone;
        this.audit = audit;
        this.settings = settings;
    }

    /** Erases in the retention job's transaction; returns how many bookings. */
    @Override
    public int erase(Connection c, long now) throws SQLException {
        LocalDate cutoff = LocalDate.ofInstant(Instant.ofEpochMilli(now), zone).minusDays(settings.retentionDays());
        int n = Rows.update(c, "UPDATE booking SET phone = NULL, email = NULL, id_number = NULL, "
                + "contact_key = NULL, client_key = NULL, personal_data_erased_at = ? WHERE service_day < ? AND "
                + "personal_data_erased_at IS NULL", now, cutoff.toString());
        audit.record(c, "system:retention", "booking.personal-data.erase", null, n + " booking(s) erased, their day "
                + "over " + settings.retentionDays() + " days ago");
        return n;
    }

    @Override
    public String what() {
        return "booking contact(s)";
    }
}
