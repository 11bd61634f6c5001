package vn.onestop.core.calendar;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The centre's settings for appointment times.
 *
 * @param zone         the centre's time zone
 * @param cutoff       for procedures with the cut-off rule, a dossier received at or after this time counts
 *                     from the next working day (15:00 in Decree 63/2024 Art. 7 and Decree 23/2015)
 * @param officeOpens  start of the working day
 * @param officeCloses end of the working day; dossiers received at or after it count from the next working day
 */
public record AppointmentRules(ZoneId zone, LocalTime cutoff, LocalTime officeOpens, LocalTime officeCloses) {

    public AppointmentRules {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(cutoff, "cutoff");
        Objects.requireNonNull(officeOpens, "officeOpens");
        Objects.requireNonNull(officeCloses, "officeCloses");
        if (!officeOpens.isBefore(officeCloses)) {
            throw new IllegalArgumentException("the office must open (" + officeOpens + ") before it closes ("
                    + officeCloses + ")");
        }
    }

    /** Asia/Ho_Chi_Minh, cut-off 15:00, office 07:30 to 17:00. */
    public static AppointmentRules defaults() {
        return new AppointmentRules(ZoneId.of("Asia/Ho_Chi_Minh"), LocalTime.of(15, 0), LocalTime.of(7, 30),
                LocalTime.of(17, 0));
    }
}
