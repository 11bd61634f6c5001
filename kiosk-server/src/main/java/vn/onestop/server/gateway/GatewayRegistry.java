package vn.onestop.server.gateway;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.enrolment.DeviceTokens;
import vn.onestop.server.staff.AuditLog;
import vn.onestop.server.staff.Secrets;

/**
 * Device gateways: a technician makes a one-time code for a list of counters; the gateway trades it for one device
 * token per counter (a new enrolment for a counter revokes the older token of that counter). Tokens are stored as
 * SHA-256 hashes (the shared {@link DeviceTokens}, in this registry's tables {@code gateway_enrolment_code} and
 * {@code gateway_token}); a token names its counter and nothing else, so it can never act for another counter.
 */
public final class GatewayRegistry {
    private static final int MAX_COUNTERS = 50;
    private final Database db;
    private final Clock clock;
    private final AuditLog audit;
    private final DeviceTokens tokens;

    /** The answer to an enrolment: the gateway's id and a token for each of its counters. */
    public record Enrolment(String gatewayId, Map<String, String> tokens) {}

    /** Enrolment body. */
    public record EnrolRequest(String enrolmentCode, String gatewayName) {}

    public GatewayRegistry(Database db, Clock clock, Secrets secrets, AuditLog audit, Duration codeLife) {
        this.db = db;
        this.clock = clock;
        this.audit = audit;
        this.tokens = new DeviceTokens(secrets, codeLife, "gateway_enrolment_code", "counters", "gateway_token");
    }

    /**
     * A one-time code for the given counters (each must exist in {@code centreId}, the technician's acting centre:
     * another centre's counter is refused as unknown), shown once to the technician.
     */
    public String createCode(List<String> counters, String actor, String centreId) {
        if (counters == null || counters.isEmpty() || counters.size() > MAX_COUNTERS) {
            throw Rejection.invalid("counters: list 1-" + MAX_COUNTERS + " counter ids this gateway serves");
        }
        List<String> ids = counters.stream().map(c -> c == null ? "" : c.trim()).distinct().toList();
        long now = clock.millis();
        return db.write(c -> {
            for (String id : ids) {
                if (Rows.count(c, "SELECT COUNT(*) FROM counter WHERE id = ? AND centre_id = ?", id, centreId) == 0) {
                    throw Rejection.invalid("No counter '" + id + "'");
                }
            }
            DeviceTokens.Code code = tokens.newCode(c, String.join(",", ids), actor, now);
            audit.record(c, actor, "gateway.enrolment-code", String.join(",", ids), null, centreId);
            return code.code();
        });
    }

    /** Trades a valid unused code for a gateway id and one token per counter of the code. */
    public Enrolment enrol(EnrolRequest request) {
        if (request == null || request.enrolmentCode() == null || request.enrolmentCode().isBlank()) {
            throw Rejection.invalid("enrolmentCode is required");
        }
        String name = request.gatewayName();
        if (name == null || name.isBlank() || name.length() > 100) {
            throw Rejection.invalid("gatewayName is required (1-100 characters)");
        }
        String id = UUID.randomUUID().toString();
        long now = clock.millis();
        return db.write(c -> {
            String counters = tokens.redeem(c, request.enrolmentCode(), now,
                    "The gateway enrolment code is wrong, expired or already used: ask a technician for a new one");
            Rows.update(c, "INSERT INTO gateway (id, name, enrolled_at) VALUES (?, ?, ?)", id, name.trim(), now);
            Map<String, String> issued = new LinkedHashMap<>();
            for (String counter : Arrays.asList(counters.split(","))) {
                DeviceTokens.Token token = tokens.newToken();
                tokens.revoke(c, now, "counter_id = ?", counter);
                Rows.update(c, "INSERT INTO gateway_token (token_hash, gateway_id, counter_id, created_at) VALUES "
                        + "(?, ?, ?, ?)", token.hash(), id, counter, now);
                issued.put(counter, token.value());
            }
            audit.record(c, "gateway:" + id, "gateway.enrol", counters, name.trim(),
                    Rows.one(c, "SELECT centre_id FROM counter WHERE id = ?", rs -> rs.getString(1), counters.split(",")[0]).orElse(null));
            return new Enrolment(id, issued);
        });
    }

    /** The counter (and gateway) of a live device token. */
    public Optional<Device> authenticate(String token) {
        return tokens.authenticate(db, token, "gateway_id, counter_id", rs -> new Device(rs.getString(1),
                rs.getString(2)));
    }

    /** A gateway acting for one counter. */
    public record Device(String gatewayId, String counterId) {}

    /** What a gateway says about a counter's display. */
    public record DisplayReport(Boolean connected, String shown, String error, String display) {}

    /** Stores the last report of a counter's display. */
    public void report(Device device, DisplayReport r) {
        if (r == null || r.connected() == null) {
            throw Rejection.invalid("connected (true/false) is required; shown, error and display are optional");
        }
        if (r.shown() != null && r.shown().length() > 20 || r.error() != null && r.error().length() > 500
                || r.display() != null && r.display().length() > 200) {
            throw Rejection.invalid("shown is at most 20 characters, error 500, display 200");
        }
        db.write(c -> {
            Rows.update(c, "DELETE FROM counter_display_state WHERE counter_id = ?", device.counterId());
            Rows.update(c, "INSERT INTO counter_display_state (counter_id, gateway_id, display, connected, shown, "
                    + "last_error, reported_at) VALUES (?, ?, ?, ?, ?, ?, ?)", device.counterId(), device.gatewayId(),
                    r.display(), r.connected() ? 1 : 0, r.shown(), r.error(), clock.millis());
            return null;
        });
    }

    /** A counter's display as the technician page lists it. */
    public record DisplayView(String counterId, String gateway, String display, boolean connected, String shown,
            String lastError, String reportedAt) {}

    /** Every counter of {@code centreId} with a gateway token, with its display's last report (if any). */
    public List<DisplayView> displays(String centreId) {
        return db.read(c -> {
            List<DisplayView> all = new ArrayList<>();
            all.addAll(Rows.list(c, "SELECT t.counter_id, g.name, s.display, s.connected, s.shown, s.last_error, "
                    + "s.reported_at FROM gateway_token t JOIN gateway g ON g.id = t.gateway_id "
                    + "LEFT JOIN counter_display_state s ON s.counter_id = t.counter_id AND s.gateway_id = t.gateway_id "
                    + "JOIN counter k ON k.id = t.counter_id "
                    + "WHERE t.revoked_at IS NULL AND k.centre_id = ? ORDER BY t.counter_id", rs -> {
                        Long at = Rows.nullableLong(rs, "reported_at");
                        return new DisplayView(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getInt(4) == 1, rs.getString(5), at == null ? "no report yet" : rs.getString(6),
                                at == null ? null : java.time.Instant.ofEpochMilli(at).toString());
                    }, centreId));
            return all;
        });
    }
}
