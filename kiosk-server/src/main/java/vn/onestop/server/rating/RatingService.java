package vn.onestop.server.rating;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.onestop.core.rating.RatingLevel;
import vn.onestop.core.ticket.TicketNumber;
import vn.onestop.core.wire.RatingRequest;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.dossier.FilingSettings;

/**
 * Citizens' ratings (five levels, reasons from the configuration with a low level, optional answers to the
 * configured per-criterion questions), one per ticket and one per dossier, stored with the service, the counter, the
 * official who served and the time. A counter's rating page rates the ticket it serves now, or the one it finished
 * in the last {@value #RECENT_MINUTES} minutes.
 *
 * <p>The official is the staff user who served the ticket (the last serving, finishing or calling step recorded
 * by a staff user, else the user signed in at its counter); for a dossier, the official who received it, with the
 * counter open in their name at reception (else its ticket's counter). A kiosk may rate only a ticket served
 * (completed) and a dossier received by an official (not one only prepared, nor one filed at a kiosk before official
 * reception); a second rating of either is refused (409).
 */
public final class RatingService {
    static final int RECENT_MINUTES = 5;
    private final Database db;
    private final Clock clock;
    private final FilingSettings settings;
    private final java.util.function.UnaryOperator<String> ticketRefs;

    /** The ticket a counter's rating page is about. */
    public record Target(String ticketId, String displayNumber) {}

    public RatingService(Database db, Clock clock, FilingSettings settings) {
        this(db, clock, settings, java.util.function.UnaryOperator.identity());
    }

    /**
     * A rating service whose ticket references pass through {@code ticketRefs} first: a kiosk that scanned a
     * ticket's link for phones (issue 24) sends a reference the mobile tickets turn into the ticket's id.
     */
    public RatingService(Database db, Clock clock, FilingSettings settings,
            java.util.function.UnaryOperator<String> ticketRefs) {
        this.db = db;
        this.clock = clock;
        this.settings = settings;
        this.ticketRefs = ticketRefs;
    }

    /**
     * Stores a rating sent by a kiosk (or by a counter page when {@code kioskId} is null). A kiosk rates only its own
     * centre's tickets and dossiers: another centre's is the same 404 as an unknown one.
     */
    public void rate(String kioskId, RatingRequest r) {
        rate(kioskId, null, r);
    }

    /**
     * Stores a rating from a kiosk ({@code kioskId}), a counter's rating tablet ({@code deviceId}) or a counter page
     * (both null). A rating replaces a "not rated" record of the same ticket (the citizen rated later at the kiosk).
     */
    void rate(String kioskId, String deviceId, RatingRequest request) {
        RatingRequest r = request.ticketId() == null ? request : new RatingRequest(ticketRefs.apply(request.ticketId()),
                request.dossierCode(), request.score(), request.reasons(), request.comment(), request.criteria());
        RatingLevel level = check(r);
        boolean hasTicket = r.ticketId() != null && !r.ticketId().isBlank();
        db.write(c -> {
            String kioskAt = kioskId == null ? null : kioskCentre(c, kioskId);
            Map<String, String> where;
            String ref;
            String official;
            if (hasTicket) {
                ref = r.ticketId();
                where = Rows.one(c, "SELECT service_code, counter_id, id, status, centre_id FROM ticket WHERE id = ?",
                        rs -> Map.of("service", nz(rs.getString(1)), "counter", nz(rs.getString(2)),
                                "ticket", nz(rs.getString(3)), "status", nz(rs.getString(4)),
                                "centre", nz(rs.getString(5))), ref)
                        .filter(t -> kioskAt == null || t.get("centre").equals(kioskAt))
                        .orElseThrow(() -> Rejection.notFound("No ticket " + r.ticketId()));
                if (Rows.count(c, "SELECT COUNT(*) FROM rating WHERE ticket_id = ?", ref) > 0) {
                    throw Rejection.conflict("Số thứ tự này đã được đánh giá / This ticket was already rated");
                }
                if (kioskId != null && !"done".equals(where.get("status"))) {
                    throw Rejection.conflict("Số thứ tự này chưa được phục vụ xong: chỉ đánh giá sau khi cán bộ phục vụ "
                            + "/ This ticket has not been served yet: a ticket is rated after the official served it");
                }
                official = Officials.whoServed(c, where.get("ticket"), where.get("counter"), null);
            } else {
                Dossier d = dossier(c, r.dossierCode()).filter(x -> kioskAt == null || x.centre().equals(kioskAt))
                        .orElseThrow(() -> Rejection.notFound("No dossier " + r.dossierCode()));
                ref = d.code();
                if (Rows.count(c, "SELECT COUNT(*) FROM rating WHERE dossier_code = ?", ref) > 0) {
                    throw Rejection.conflict("Hồ sơ này đã được đánh giá / This dossier was already rated");
                }
                if (!d.receivedByOfficial()) {
                    throw Rejection.conflict("Hồ sơ này chưa được cán bộ tiếp nhận: chỉ đánh giá sau khi cán bộ tiếp "
                            + "nhận / This dossier has not been received by an official yet: it is rated after "
                            + "reception");
                }
                where = Map.of("service", nz(d.service()), "counter", nz(d.counter()), "ticket", nz(d.ticket()),
                        "centre", d.centre());
                official = d.receivedBy() != null ? d.receivedBy()
                        : Officials.whoServed(c, d.ticket(), d.counter(), ref);
            }
            insert(c, r, level, ref, hasTicket, where, kioskId, official);
            if (deviceId != null) {
                Rows.update(c, "UPDATE rating SET device_id = ? WHERE " + (hasTicket ? "ticket_id" : "dossier_code")
                        + " = ?", deviceId, ref);
            }
            if (hasTicket) {
                Rows.update(c, "DELETE FROM rating_missed WHERE ticket_id = ?", ref);
            } else {
                Rows.update(c, "DELETE FROM rating_missed_dossier WHERE dossier_code = ?", ref);
            }
            return null;
        });
    }

    /** A dossier as rating sees it: who received it, at which counter, for which service. */
    record Dossier(String code, String displayCode, String service, String counter, String ticket,
                   String receivedBy, boolean receivedByOfficial, String centre) {}

    /** The centre a kiosk was enrolled at ("" for an unknown kiosk). */
    private static String kioskCentre(Connection c, String kioskId) throws SQLException {
        return Rows.one(c, "SELECT centre_id FROM kiosk WHERE id = ?", rs -> rs.getString(1), kioskId).orElse("");
    }

    /**
     * The dossier of a typed or scanned code: its key, its preparation code (any spelling) or its official code. Only
     * a dossier received by an official may be rated (not one only prepared, nor one filed at a kiosk before
     * official reception existed).
     */
    static Optional<Dossier> dossier(Connection c, String text) throws SQLException {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip();
        String prepared = vn.onestop.core.dossier.PreparationCode.normalize(typed).orElse(typed);
        return Rows.one(c, "SELECT d.code, d.official_code, d.preparation_code, d.service_code, "
                + "COALESCE(d.received_counter_id, t.counter_id), t.id, d.received_by, d.reception, d.status, "
                + "d.centre_id FROM "
                + "dossier d LEFT JOIN ticket t ON t.id = d.ticket_id WHERE d.code = ? OR d.code = ? OR "
                + "d.official_code = ? ORDER BY d.code LIMIT 1", rs -> {
                    String official = rs.getString(2);
                    String prep = rs.getString(3);
                    String display = official != null ? official : prep != null
                            ? vn.onestop.core.dossier.PreparationCode.display(prep) : rs.getString(1);
                    return new Dossier(rs.getString(1), display, rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), "official".equals(rs.getString(8)) && rs.getObject(7) != null,
                            rs.getString(10));
                }, typed, prepared, typed);
    }

    /**
     * Whether a dossier whose slip a citizen scanned (or whose code was typed) at a kiosk of {@code centreId} may be
     * rated now; another centre's dossier is the same 404 as an unknown one.
     */
    public vn.onestop.core.wire.TicketRatingCheck checkDossier(String text, String centreId) {
        return db.read(c -> {
            Dossier d = dossier(c, text).filter(x -> x.centre().equals(centreId))
                    .orElseThrow(() -> Rejection.notFound("No dossier " + text));
            String state = Rows.count(c, "SELECT COUNT(*) FROM rating WHERE dossier_code = ?", d.code()) > 0
                    ? vn.onestop.core.wire.TicketRatingCheck.ALREADY_RATED : d.receivedByOfficial()
                    ? vn.onestop.core.wire.TicketRatingCheck.RATABLE
                    : vn.onestop.core.wire.TicketRatingCheck.NOT_RECEIVED;
            return new vn.onestop.core.wire.TicketRatingCheck(d.code(), d.displayCode(), state);
        });
    }

    /**
     * Whether a ticket scanned at a kiosk of {@code centreId} may be rated: served and not yet rated (issue 27);
     * {@code ticketRef} is the ticket id or a phone link's reference (issue 24); another centre's ticket is the same
     * 404 as an unknown one.
     */
    public vn.onestop.core.wire.TicketRatingCheck check(String ticketRef, String centreId) {
        String ticketId = ticketRef == null ? null : ticketRefs.apply(ticketRef);
        return db.read(c -> {
            var t = Rows.one(c, "SELECT issue_service, number, offline_number, status FROM ticket WHERE id = ? "
                    + "AND centre_id = ?", rs -> new String[] {TicketNumber.display(rs.getString(1), rs.getInt(2),
                            rs.getString(3)), rs.getString(4)}, ticketId == null ? "" : ticketId, centreId)
                    .orElseThrow(() -> Rejection.notFound("No ticket " + ticketId));
            String state = Rows.count(c, "SELECT COUNT(*) FROM rating WHERE ticket_id = ?", ticketId) > 0
                    ? vn.onestop.core.wire.TicketRatingCheck.ALREADY_RATED : "done".equals(t[1])
                    ? vn.onestop.core.wire.TicketRatingCheck.RATABLE : vn.onestop.core.wire.TicketRatingCheck.NOT_SERVED;
            return new vn.onestop.core.wire.TicketRatingCheck(ticketId, t[0], state);
        });
    }

    /** The ticket the rating page of counter {@code counterId} of {@code centreId} should show, if any. */
    public Optional<Target> target(String counterId, String centreId) {
        long since = clock.millis() - RECENT_MINUTES * 60_000L;
        return db.read(c -> Rows.one(c, "SELECT id, issue_service, number, offline_number FROM ticket "
                + "WHERE centre_id = ? AND counter_id = ? AND "
                + "(status = 'serving' OR (status = 'done' AND finished_at >= ?)) AND id NOT IN (SELECT ticket_id "
                + "FROM rating WHERE ticket_id IS NOT NULL) ORDER BY CASE WHEN status = 'serving' THEN 0 ELSE 1 END, "
                + "finished_at DESC", rs -> new Target(rs.getString(1),
                        TicketNumber.display(rs.getString(2), rs.getInt(3), rs.getString(4))),
                        centreId, counterId, since));
    }

    /** Rates the counter's current target ticket. */
    public Target rateAtCounter(String counterId, String centreId, RatingRequest r) {
        Target t = target(counterId, centreId).orElseThrow(() -> Rejection.notFound("Counter " + counterId
                + " serves no ticket now and finished none in the last " + RECENT_MINUTES + " minutes"));
        rate(null, new RatingRequest(t.ticketId(), null, r.score(), r.reasons(), r.comment(), r.criteria()));
        return t;
    }

    private void insert(Connection c, RatingRequest r, RatingLevel level, String ref, boolean hasTicket,
            Map<String, String> where, String kioskId, String official) throws SQLException {
        List<String> reasons = r.reasons() == null ? List.of() : r.reasons();
        Rows.update(c, "INSERT INTO rating (id, ticket_id, dossier_code, score, comment, created_at, kiosk_id, "
                + "service_code, counter_id, reasons, official, criteria, centre_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), hasTicket ? ref : null, hasTicket ? null : ref, level.score(),
                r.comment(), clock.millis(), kioskId, blankToNull(where.get("service")),
                blankToNull(where.get("counter")), reasons.isEmpty() ? null : String.join(",", reasons), official,
                criteriaText(r.criteria()), where.get("centre"));
    }

    private static String criteriaText(Map<String, Integer> criteria) {
        if (criteria == null || criteria.isEmpty()) {
            return null;
        }
        return String.join(",", new java.util.TreeMap<>(criteria).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private RatingLevel check(RatingRequest r) {
        RatingLevel level = RatingLevel.ofScore(r == null ? 0 : r.score()).orElseThrow(() ->
                Rejection.invalid("score must be 1 (Rất không hài lòng) to 5 (Rất hài lòng)"));
        boolean hasTicket = r.ticketId() != null && !r.ticketId().isBlank();
        boolean hasDossier = r.dossierCode() != null && !r.dossierCode().isBlank();
        if (hasTicket == hasDossier) {
            throw Rejection.invalid("Give exactly one of ticketId or dossierCode");
        }
        if (r.comment() != null && r.comment().length() > 500) {
            throw Rejection.invalid("comment must be at most 500 characters");
        }
        List<String> reasons = r.reasons() == null ? List.of() : r.reasons();
        if (!reasons.isEmpty() && !level.isLow()) {
            throw Rejection.invalid("reasons are given only with a low score (1 or 2)");
        }
        if (r.criteria() != null) {
            for (Map.Entry<String, Integer> e : r.criteria().entrySet()) {
                if (e.getKey() == null || !settings.knowsCriterion(e.getKey())) {
                    throw Rejection.invalid("criteria: '" + e.getKey() + "' is not one of "
                            + settings.ratingCriteria().stream().map(x -> x.code()).toList());
                }
                if (e.getValue() == null || RatingLevel.ofScore(e.getValue()).isEmpty()) {
                    throw Rejection.invalid("criteria: '" + e.getKey() + "' must be answered 1 to 5");
                }
            }
        }
        for (String reason : reasons) {
            if (reason == null || !settings.knowsReason(reason)) {
                throw Rejection.invalid("reasons: '" + reason + "' is not one of " + settings.ratingReasons()
                        .stream().map(x -> x.code()).toList());
            }
        }
        return level;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
