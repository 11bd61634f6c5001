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
import vn.onestop.server.staff.AuditLog;
import vn.onestop.server.staff.Secrets;

/**
 * The rating tablets at the counters: a centre admin creates a one-time code for one counter, the tablet trades it
 * for a bearer token (stored hashed) that is locked to that counter, and a technician or admin revokes it.
 */
public final class RatingDevices {
    private final Database db;
    private final Clock clock;
    private final Secrets secrets;
    private final AuditLog audit;
    private final Duration codeLife;

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
        this.secrets = secrets;
        this.audit = audit;
        this.codeLife = codeLife;
    }

    /**
     * A one-time enrolment code for a tablet at {@code counterId}, a counter of {@code centreId} (the admin's acting
     * centre; another centre's counter is the same 404 as an unknown one).
     */
    public Code createCode(String counterId, String actor, String centreId) {
        if (counterId == null || counterId.isBlank()) {
            throw Rejection.invalid("counterId is required: the counter the tablet stands at");
        }
        String code = secrets.digits(3);
        long now = clock.millis();
        long expires = now + codeLife.toMillis();
        db.write(c -> {
            if (Rows.count(c, "SELECT COUNT(*) FROM counter WHERE id = ? AND centre_id = ?", counterId,
                    centreId) == 0) {
                throw Rejection.notFound("No counter " + counterId);
            }
            Rows.update(c, "INSERT INTO rating_device_code (code_hash, counter_id, created_at, expires_at, "
                    + "created_by) VALUES (?, ?, ?, ?, ?)", Secrets.sha256(code), counterId, now, expires, actor);
            audit.record(c, actor, "rating-device.enrolment-code", counterId, null, centreId);
            return null;
        });
        return new Code(code, counterId, Instant.ofEpochMilli(expires).toString());
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
        String token = secrets.token(32);
        long now = clock.millis();
        String hash = Secrets.sha256(code.trim());
        String counter = db.write(c -> {
            Optional<String> counterId = Rows.one(c, "SELECT counter_id FROM rating_device_code WHERE code_hash = ? "
                    + "AND used_at IS NULL AND expires_at > ?", rs -> rs.getString(1), hash, now);
            if (counterId.isEmpty() || Rows.update(c, "UPDATE rating_device_code SET used_at = ? WHERE code_hash = ? "
                    + "AND used_at IS NULL", now, hash) != 1) {
                throw new Rejection(Rejection.Kind.FORBIDDEN,
                        "The enrolment code is wrong, expired or already used: ask the centre admin for a new one");
            }
            Rows.update(c, "INSERT INTO rating_device (id, counter_id, name, token_hash, enrolled_at) VALUES "
                    + "(?, ?, ?, ?, ?)", id, counterId.get(), label, Secrets.sha256(token), now);
            audit.record(c, "rating-device:" + id, "rating-device.enrol", counterId.get(), label,
                    Rows.one(c, "SELECT centre_id FROM counter WHERE id = ?", rs -> rs.getString(1), counterId.get()).orElse(null));
            return counterId.get();
        });
        return new Enrolled(id, token, counter);
    }

    /** The tablet of a bearer token that is enrolled and not revoked. */
    public Optional<Tablet> authenticate(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        return db.read(c -> Rows.one(c, "SELECT id, counter_id FROM rating_device WHERE token_hash = ? AND "
                + "revoked_at IS NULL", rs -> new Tablet(rs.getString(1), rs.getString(2)), Secrets.sha256(token)));
    }

    /** Revokes a tablet of a counter of {@code centreId}; another centre's tablet is the same 404 as none. */
    public void revoke(String id, String actor, String centreId) {
        db.write(c -> {
            if (Rows.update(c, "UPDATE rating_device SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL AND "
                    + "counter_id IN (SELECT k.id FROM counter k WHERE k.centre_id = ?)", clock.millis(), id,
                    centreId) != 1) {
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
