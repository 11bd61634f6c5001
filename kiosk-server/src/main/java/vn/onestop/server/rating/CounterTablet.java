package vn.onestop.server.rating;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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

    /** The service just finished at the counter, with who served it. */
    public record Served(String ticketId, String number, String serviceCode, String official,
                         String officialName, String photo) {}

    private record Last(String id, String number, String service, long finishedAt) {}

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

    /** The counter's last served ticket, when its rating window is open and it is neither rated nor missed. */
    public Optional<Served> current(String counterId) {
        long since = clock.millis() - timeout.plus(GRACE).toMillis();
        Optional<Served> found = db.read(c -> {
            Optional<Last> last = Rows.one(c, "SELECT id, issue_service, number, offline_number, service_code, "
                    + "finished_at FROM ticket WHERE counter_id = ? AND status = 'done' AND finished_at IS NOT NULL "
                    + "ORDER BY finished_at DESC, called_at DESC, id DESC LIMIT 1", rs -> new Last(rs.getString(1),
                            TicketNumber.display(rs.getString(2), rs.getInt(3), rs.getString(4)), rs.getString(5),
                            rs.getLong(6)), counterId);
            if (last.isEmpty() || last.get().finishedAt() < since
                    || Rows.count(c, "SELECT COUNT(*) FROM rating WHERE ticket_id = ?", last.get().id()) > 0
                    || Rows.count(c, "SELECT COUNT(*) FROM rating_missed WHERE ticket_id = ?", last.get().id()) > 0) {
                return Optional.empty();
            }
            String official = Officials.whoServed(c, last.get().id(), counterId, null);
            String name = official == null ? null : Rows.one(c, "SELECT display_name FROM staff WHERE username = ?",
                    rs -> rs.getString(1), official).orElse(null);
            return Optional.of(new Served(last.get().id(), last.get().number(), last.get().service(), official,
                    name, null));
        });
        return found.map(s -> new Served(s.ticketId(), s.number(), s.serviceCode(), s.official(), s.officialName(),
                photos.find(s.official()).map(OfficialPhotos.Photo::dataUrl).orElse(null)));
    }

    /** Rates {@code ticketId}, which must be the counter's current one (refused clearly otherwise). */
    public void rate(RatingDevices.Tablet tablet, String ticketId, int score, List<String> reasons) {
        checkCurrent(tablet, ticketId);
        ratings.rate(null, tablet.id(), new RatingRequest(ticketId, null, score, reasons, null));
    }

    /** Records that the rating window of {@code ticketId} ran out on the tablet without a rating. */
    public void notRated(RatingDevices.Tablet tablet, String ticketId) {
        Served s = checkCurrent(tablet, ticketId);
        db.write(c -> {
            Rows.update(c, "INSERT INTO rating_missed (ticket_id, counter_id, service_code, official, device_id, "
                    + "created_at) VALUES (?, ?, ?, ?, ?, ?)", s.ticketId(), tablet.counterId(), s.serviceCode(),
                    s.official(), tablet.id(), clock.millis());
            return null;
        });
    }

    private Served checkCurrent(RatingDevices.Tablet tablet, String ticketId) {
        if (ticketId == null || ticketId.isBlank()) {
            throw Rejection.invalid("ticketId is required");
        }
        boolean rated = db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM rating WHERE ticket_id = ?", ticketId)) > 0;
        if (rated) {
            throw Rejection.conflict("Dịch vụ này đã được đánh giá / This service was already rated");
        }
        Served s = current(tablet.counterId()).orElse(null);
        if (s == null || !s.ticketId().equals(ticketId)) {
            throw Rejection.conflict("Quầy " + tablet.counterId() + " không có lượt phục vụ nào đang chờ đánh giá / "
                    + "This is not counter " + tablet.counterId() + "'s last served ticket, or its rating time ran out");
        }
        return s;
    }
}
