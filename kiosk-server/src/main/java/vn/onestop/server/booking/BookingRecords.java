package vn.onestop.server.booking;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import vn.onestop.core.wire.ServiceInfo;
import vn.onestop.server.Rejection;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.centre.Centre;
import vn.onestop.server.centre.Centres;
import vn.onestop.server.db.Rows;
import vn.onestop.server.events.EventBus;

/**
 * The booking rows as the public, the kiosk and staff see them (table booking), found by their code on the caller's
 * connection, and the events their changes publish.
 */
final class BookingRecords {
    private static final String COLUMNS = "code, qr_payload, centre_id, service_code, procedure_code, service_day, "
            + "start_minute, end_minute, status, ticket_id, checked_in_at, in_window";
    private final ServerConfig config;
    private final Centres centres;
    private final EventBus events;

    /** The phone and e-mail a booking was made with (either may be null; both once erased). */
    record Contact(String phone, String email) {}

    BookingRecords(ServerConfig config, Centres centres, EventBus events) {
        this.config = config;
        this.centres = centres;
        this.events = events;
    }

    /** The canonical code of a typed or scanned text, or the same 404 as an unknown code. */
    static String normalized(String code) {
        return BookingCode.normalize(code).orElseThrow(BookingRecords::unknown);
    }

    static Rejection unknown() {
        return Rejection.notFound("No booking with this code: check the code (10 letters and digits)");
    }

    Optional<BookingView> find(Connection c, String code) throws SQLException {
        return Rows.one(c, "SELECT " + COLUMNS + " FROM booking WHERE code = ?", this::map, code);
    }

    Optional<Contact> contact(Connection c, String code) throws SQLException {
        return Rows.one(c, "SELECT phone, email FROM booking WHERE code = ?",
                rs -> new Contact(rs.getString(1), rs.getString(2)), code);
    }

    void publish(Connection c, String type, String centreId, String code) throws SQLException {
        events.publish(c, type, Map.of("centreId", centreId, "code", code));
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
}
