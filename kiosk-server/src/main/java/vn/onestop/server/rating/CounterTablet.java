package vn.onestop.server.rating;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.onestop.core.dossier.PreparationCode;
import vn.onestop.core.ticket.TicketNumber;
import vn.onestop.core.wire.RatingRequest;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/**
 * What a counter's rating tablet may rate: only its counter's last served (completed) ticket, while the rating
 * window is open (the tablet's timeout plus a grace for the network), once; a ticket whose window ran out on the
 * tablet is recorded as "not rated" (not as a rating).
 */
public final class CounterTablet {
    /** Extra time the server allows after the tablet's own timeout (a slow network, a tap at the last second). */
    static final Duration GRACE = Duration.ofSeconds(30);
    private final Database db;
    private final Clock clock;
    private final RatingService ratings;
    private final OfficialPhotos photos;
    private final Duration timeout;

    /**
     * The service just finished at the counter, with who served it: a completed ticket ({@code ticketId}), or a
     * dossier the official received there ({@code dossierCode}, its key; {@code number} its official or preparation
     * code).
     */
    public record Served(String ticketId, String number, String serviceCode, String official,
                         String officialName, String photo, String dossierCode) {}

    private record Last(String id, String number, String service, long finishedAt, String official,
                        boolean dossier) {}

    public CounterTablet(Database db, Clock clock, RatingService ratings, OfficialPhotos photos, Duration timeout) {
        this.db = db;
        this.clock = clock;
        this.ratings = ratings;
        this.photos = photos;
        this.timeout = timeout;
    }

    /** The ratings service (the kiosk's check of a scanned ticket goes through it). */
    public RatingService ratings() {
        return ratings;
    }

    /** How long the tablet shows the rating screen before going back to idle. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * The counter's last served ticket or last dossier received there, whichever came last, when its rating window
     * is open and it is neither rated nor missed.
     */
    public Optional<Served> current(String counterId) {
        long since = clock.millis() - timeout.plus(GRACE).toMillis();
        Optional<Served> found = db.read(c -> {
            Optional<Last> ticket = Rows.one(c, "SELECT id, issue_service, number, offline_number, service_code, "
                    + "finished_at FROM ticket WHERE counter_id = ? AND status = 'done' AND finished_at IS NOT NULL "
                    + "ORDER BY finished_at DESC, called_at DESC, id DESC LIMIT 1", rs -> new Last(rs.getString(1),
                            TicketNumber.display(rs.getString(2), rs.getInt(3), rs.getString(4)), rs.getString(5),
                            rs.getLong(6), null, false), counterId);
            Optional<Last> dossier = Rows.one(c, "SELECT code, official_code, preparation_code, service_code, "
                    + "received_at, received_by FROM dossier WHERE received_counter_id = ? AND reception = 'official' "
                    + "AND received_at IS NOT NULL ORDER BY received_at DESC, code DESC LIMIT 1",
                    rs -> new Last(rs.getString(1), rs.getString(2) != null ? rs.getString(2)
                            : rs.getString(3) != null ? PreparationCode.display(rs.getString(3)) : rs.getString(1),
                            rs.getString(4), rs.getLong(5), rs.getString(6), true), counterId);
            Optional<Last> last = dossier.isPresent() && (ticket.isEmpty()
                    || dossier.get().finishedAt() >= ticket.get().finishedAt()) ? dossier : ticket;
            if (last.isEmpty() || last.get().finishedAt() < since || done(c, last.get())) {
                return Optional.empty();
            }
            Last l = last.get();
            String official = l.dossier() ? l.official() : Officials.whoServed(c, l.id(), counterId, null);
            String name = official == null ? null : Rows.one(c, "SELECT display_name FROM staff WHERE username = ?",
                    rs -> rs.getString(1), official).orElse(null);
            return Optional.of(new Served(l.dossier() ? null : l.id(), l.number(), l.service(), official, name,
                    null, l.dossier() ? l.id() : null));
        });
        return found.map(s -> new Served(s.ticketId(), s.number(), s.serviceCode(), s.official(), s.officialName(),
                photos.find(s.official()).map(OfficialPhotos.Photo::dataUrl).orElse(null), s.dossierCode()));
    }

    /** Whether the service was already rated or recorded "not rated". */
    private static boolean done(java.sql.Connection c, Last l) throws java.sql.SQLException {
        return l.dossier()
                ? Rows.count(c, "SELECT COUNT(*) FROM rating WHERE dossier_code = ?", l.id()) > 0
                        || Rows.count(c, "SELECT COUNT(*) FROM rating_missed_dossier WHERE dossier_code = ?", l.id()) > 0
                : Rows.count(c, "SELECT COUNT(*) FROM rating WHERE ticket_id = ?", l.id()) > 0
                        || Rows.count(c, "SELECT COUNT(*) FROM rating_missed WHERE ticket_id = ?", l.id()) > 0;
    }

    /** Rates {@code ticketId} or {@code dossierCode}, which must be the counter's current one (refused otherwise). */
    public void rate(RatingDevices.Tablet tablet, String ticketId, String dossierCode, int score,
            List<String> reasons) {
        Served s = checkCurrent(tablet, ticketId, dossierCode);
        ratings.rate(null, tablet.id(), new RatingRequest(s.ticketId(), s.dossierCode(), score, reasons, null));
    }

    /** Records that the rating window of the ticket or dossier ran out on the tablet without a rating. */
    public void notRated(RatingDevices.Tablet tablet, String ticketId, String dossierCode) {
        Served s = checkCurrent(tablet, ticketId, dossierCode);
        db.write(c -> {
            Rows.update(c, "INSERT INTO " + (s.ticketId() != null ? "rating_missed (ticket_id" : "rating_missed_dossier "
                    + "(dossier_code") + ", counter_id, service_code, official, device_id, created_at) VALUES (?, ?, ?, "
                    + "?, ?, ?)", s.ticketId() != null ? s.ticketId() : s.dossierCode(), tablet.counterId(),
                    s.serviceCode(), s.official(), tablet.id(), clock.millis());
            return null;
        });
    }

    private Served checkCurrent(RatingDevices.Tablet tablet, String ticketId, String dossierCode) {
        boolean hasTicket = ticketId != null && !ticketId.isBlank();
        boolean hasDossier = dossierCode != null && !dossierCode.isBlank();
        if (hasTicket == hasDossier) {
            throw Rejection.invalid("Give exactly one of ticketId or dossierCode");
        }
        boolean rated = db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM rating WHERE " + (hasTicket ? "ticket_id"
                : "dossier_code") + " = ?", hasTicket ? ticketId : dossierCode)) > 0;
        if (rated) {
            throw Rejection.conflict("Dịch vụ này đã được đánh giá / This service was already rated");
        }
        Served s = current(tablet.counterId()).orElse(null);
        if (s == null || (hasTicket ? !ticketId.equals(s.ticketId()) : !dossierCode.equals(s.dossierCode()))) {
            throw Rejection.conflict("Quầy " + tablet.counterId() + " không có lượt phục vụ nào đang chờ đánh giá / "
                    + "This is not counter " + tablet.counterId() + "'s last served ticket or received dossier, or "
                    + "its rating time ran out");
        }
        return s;
    }
}
