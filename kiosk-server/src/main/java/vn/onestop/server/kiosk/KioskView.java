package vn.onestop.server.kiosk;

import java.util.List;

/**
 * A kiosk in the staff lists ({@code /technician/kiosks}, {@code /supervisor/kiosks} and alerts): its enrolment,
 * last contact, current device problems and latest offline periods, newest first. The JSON names are the record's
 * component names; the staff pages read them.
 */
public record KioskView(String id, String name, String enrolledAt, boolean revoked, String lastSeenAt,
        List<String> problems, List<OfflinePeriod> offlinePeriods) {

    /** A time the kiosk was cut off: from, to (ISO instants) and the tickets it delivered late. */
    public record OfflinePeriod(String from, String to, int lateTickets) {}

    KioskView withOfflinePeriods(List<OfflinePeriod> periods) {
        return new KioskView(id, name, enrolledAt, revoked, lastSeenAt, problems, periods);
    }
}
