package vn.onestop.server.rating;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.enrolment.DeviceTokens;
import vn.onestop.server.staff.AuditLog;
import vn.onestop.server.staff.Secrets;

/**
 * The rating tablets at the counters: a centre admin creates a one-time code for one counter, the tablet trades it
 * for a bearer token (stored hashed) that is locked to that counter, and a technician or admin revokes it. Codes and
 * tokens are the shared {@link DeviceTokens}'s, in this registry's tables {@code rating_device_code} and
 * {@code rating_device}.
 */
public final class RatingDevices {
    private final Database db;
    private final Clock clock;
    private final AuditLog audit;
    private final DeviceTokens tokens;

    /** An enrolled tablet as the technician sees it. */
    public record Device(String id, String counterId, String name, String enrolledAt, boolean revoked,
                         String lastSeenAt) {}

    /** A new code, shown once. */
    public record Code(String code, String counterId, String expiresAt) {}

    /** What the tablet keeps after enrolling. */
    public record Enrolled(String deviceId, String token, String counterId) {}

    /** The tablet behind a valid token. */
    public record Tablet(String id, String counterId) {}

    public RatingDevices(Database db, Clock clock, Secrets secrets, AuditLog audit, Duration codeLife) {
        this.db = db;
        this.clock = clock;
        this.audit = audit;
        this.tokens = new DeviceTokens(secrets, codeLife, "rating_device_code", "counter_id", "rating_device");
    }

    /**
     * A one-time enrolment code for a tablet at {@code counterId}, a counter of {@code centreId} (the admin's acting
     * centre; another centre's counter is the same 404 as an unknown one).
     */
    public Code createCode(String counterId, String actor, String centreId) {
        if (counterId == null || counterId.isBlank()) {
            throw Rejection.invalid("counterId is required: the counter the tablet stands at");
        }
        long now = clock.millis();
        DeviceTokens.Code code = db.write(c -> {
            if (Rows.count(c, "SELECT COUNT(*) FROM counter WHERE id = ? AND centre_id = ?", counterId,
                    centreId) == 0) {
                throw Rejection.notFound("No counter " + counterId);
            }
            DeviceTokens.Code made = tokens.newCode(c, counterId, actor, now);
            audit.record(c, actor, "rating-device.enrolment-code", counterId, null, centreId);
            return made;
        });
        return new Code(code.code(), counterId, Instant.ofEpochMilli(code.expiresAt()).toString());
    }

    /** Trades a valid unused code for a tablet identity and token locked to the code's counter. */
    public Enrolled enrol(String code, String name) {
        if (code == null || code.isBlank() || code.length() > 64) {
            throw Rejection.invalid("code is required (the enrolment code a centre admin created)");
        }
        String label = name == null || name.isBlank() ? "Tablet" : name.trim();
        if (label.length() > 100) {
            throw Rejection.invalid("name must be at most 100 characters");
        }
        String id = UUID.randomUUID().toString();
        DeviceTokens.Token token = tokens.newToken();
        long now = clock.millis();
        String counter = db.write(c -> {
            String counterId = tokens.redeem(c, code, now,
                    "The enrolment code is wrong, expired or already used: ask the centre admin for a new one");
            Rows.update(c, "INSERT INTO rating_device (id, counter_id, name, token_hash, enrolled_at) VALUES "
                    + "(?, ?, ?, ?, ?)", id, counterId, label, token.hash(), now);
            audit.record(c, "rating-device:" + id, "rating-device.enrol", counterId, label,
                    Rows.one(c, "SELECT centre_id FROM counter WHERE id = ?", rs -> rs.getString(1), counterId).orElse(null));
            return counterId;
        });
        return new Enrolled(id, token.value(), counter);
    }

    /** The tablet of a bearer token that is enrolled and not revoked. */
    public Optional<Tablet> authenticate(String token) {
        return tokens.authenticate(db, token, "id, counter_id", rs -> new Tablet(rs.getString(1), rs.getString(2)));
    }

    /** Revokes a tablet of a counter of {@code centreId}; another centre's tablet is the same 404 as none. */
    public void revoke(String id, String actor, String centreId) {
        db.write(c -> {
            if (tokens.revoke(c, clock.millis(), "id = ? AND counter_id IN (SELECT k.id FROM counter k WHERE "
                    + "k.centre_id = ?)", id, centreId) != 1) {
                throw Rejection.notFound("No active rating tablet " + id);
            }
            audit.record(c, actor, "rating-device.revoke", id, null, centreId);
            return null;
        });
    }

    /** Notes that the tablet called the server (the technician sees when it was last seen). */
    public void seen(String id) {
        db.write(c -> Rows.update(c, "UPDATE rating_device SET last_seen_at = ? WHERE id = ?", clock.millis(), id));
    }

    /** The tablets of {@code centreId}'s counters. */
    public List<Device> list(String centreId) {
        return db.read(c -> Rows.list(c, "SELECT id, counter_id, name, enrolled_at, revoked_at, last_seen_at FROM "
                + "rating_device WHERE counter_id IN (SELECT k.id FROM counter k WHERE k.centre_id = ?) "
                + "ORDER BY counter_id, enrolled_at", rs -> {
                    Long seen = Rows.nullableLong(rs, "last_seen_at");
                    return new Device(rs.getString("id"), rs.getString("counter_id"), rs.getString("name"),
                            Instant.ofEpochMilli(rs.getLong("enrolled_at")).toString(),
                            rs.getObject("revoked_at") != null,
                            seen == null ? null : Instant.ofEpochMilli(seen).toString());
                }, centreId));
    }
}
