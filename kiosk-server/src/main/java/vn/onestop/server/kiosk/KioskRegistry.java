package vn.onestop.server.kiosk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.onestop.core.wire.EnrolRequest;
import vn.onestop.core.wire.EnrolResponse;
import vn.onestop.core.wire.Heartbeat;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.staff.AuditLog;
import vn.onestop.server.staff.Secrets;

/** Kiosk enrolment (one-time codes for tokens), token checks and revocation, heartbeats and device alerts. */
public final class KioskRegistry {
    private final Database db;
    private final Clock clock;
    private final Secrets secrets;
    private final AuditLog audit;
    private final EventBus events;
    private final ObjectMapper json;
    private final Duration codeLife;
    private final KioskOfflinePeriods offlinePeriods = new KioskOfflinePeriods();
    private final TokenCache tokens;

    public KioskRegistry(Database db, Clock clock, Secrets secrets, AuditLog audit, EventBus events, ObjectMapper json,
            Duration codeLife) {
        this.db = db;
        this.clock = clock;
        this.secrets = secrets;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.codeLife = codeLife;
        this.tokens = new TokenCache(clock);
    }

    /** Creates a one-time enrolment code for the centre 'main' (shown once; stored hashed). */
    public String createEnrolmentCode(String actor) {
        return createEnrolmentCode(actor, vn.onestop.server.centre.Centre.MAIN);
    }

    /**
     * Creates a one-time enrolment code for a centre (shown once to the technician; stored hashed): the kiosk
     * enrolled with it belongs to that centre and issues tickets there only.
     */
    public String createEnrolmentCode(String actor, String centreId) {
        String code = secrets.digits(3);
        storeCode(code, actor, centreId);
        return code;
    }

    /** Stores a given code for the centre 'main' (the demo passes one on the command line). */
    public void storeCode(String code, String actor) {
        storeCode(code, actor, vn.onestop.server.centre.Centre.MAIN);
    }

    /** Stores a given code for a centre. */
    public void storeCode(String code, String actor, String centreId) {
        if (code == null || code.length() < 6 || code.length() > 64) {
            throw Rejection.invalid("An enrolment code must be 6-64 characters");
        }
        long now = clock.millis();
        db.write(c -> {
            Rows.update(c, "DELETE FROM enrolment_code WHERE code_hash = ?", Secrets.sha256(code));
            Rows.update(c, "INSERT INTO enrolment_code (code_hash, created_at, expires_at, created_by, centre_id) "
                    + "VALUES (?, ?, ?, ?, ?)", Secrets.sha256(code), now, now + codeLife.toMillis(), actor, centreId);
            audit.record(c, actor, "kiosk.enrolment-code", null, null, centreId);
            return null;
        });
    }

    /** Exchanges a valid unused code for a new kiosk identity and token. */
    public EnrolResponse enrol(EnrolRequest request) {
        if (request == null || request.enrolmentCode() == null || request.enrolmentCode().isBlank()) {
            throw Rejection.invalid("enrolmentCode is required");
        }
        String name = request.kioskName();
        if (name == null || name.isBlank() || name.length() > 100) {
            throw Rejection.invalid("kioskName is required (1-100 characters)");
        }
        String id = UUID.randomUUID().toString();
        String token = secrets.token(32);
        long now = clock.millis();
        db.write(c -> {
            int used = Rows.update(c, "UPDATE enrolment_code SET used_at = ? WHERE code_hash = ? AND used_at IS NULL "
                    + "AND expires_at > ?", now, Secrets.sha256(request.enrolmentCode().trim()), now);
            if (used != 1) {
                throw new Rejection(Rejection.Kind.FORBIDDEN,
                        "The enrolment code is wrong, expired or already used: ask a technician for a new one");
            }
            // The kiosk belongs to the centre its code was made for (issue 21).
            String centre = Rows.one(c, "SELECT centre_id FROM enrolment_code WHERE code_hash = ?",
                    rs -> rs.getString(1), Secrets.sha256(request.enrolmentCode().trim())).orElseThrow();
            Rows.update(c, "INSERT INTO kiosk (id, name, token_hash, enrolled_at, centre_id) VALUES (?, ?, ?, ?, ?)",
                    id, name.trim(), Secrets.sha256(token), now, centre);
            audit.record(c, "kiosk:" + id, "kiosk.enrol", id, name.trim(), centre);
            return null;
        });
        return new EnrolResponse(id, token);
    }

    /** The kiosk id of a bearer token that is enrolled and not revoked. */
    public Optional<String> authenticate(String token) {
        if (token == null || token.isEmpty() || token.length() > 200) {
            return Optional.empty();
        }
        String hash = Secrets.sha256(token);
        Optional<String> known = tokens.kiosk(hash);
        if (known.isPresent()) {
            return known;
        }
        long revocations = tokens.revocations();
        Optional<String> found = db.read(c -> Rows.one(c,
                "SELECT id FROM kiosk WHERE token_hash = ? AND revoked_at IS NULL", rs -> rs.getString(1), hash));
        found.ifPresent(id -> tokens.valid(hash, id, revocations));
        return found;
    }

    public void revoke(String kioskId, String actor) {
        revoke(kioskId, actor, vn.onestop.server.centre.Centre.PROVINCE);
    }

    /**
     * Revokes a kiosk of the centre {@code centreId} ({@link vn.onestop.server.centre.Centre#PROVINCE}: any centre's);
     * another centre's kiosk is the same 404 as an unknown one (issue 21).
     */
    public void revoke(String kioskId, String actor, String centreId) {
        boolean any = vn.onestop.server.centre.Centre.PROVINCE.equals(centreId);
        db.write(c -> {
            if (Rows.update(c, "UPDATE kiosk SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"
                    + (any ? "" : " AND centre_id = ?"), any ? new Object[] {clock.millis(), kioskId}
                            : new Object[] {clock.millis(), kioskId, centreId}) != 1) {
                throw Rejection.notFound("No active kiosk " + kioskId);
            }
            audit.record(c, actor, "kiosk.revoke", kioskId, null, Rows.one(c, "SELECT centre_id FROM kiosk WHERE id = ?", rs -> rs.getString(1), kioskId).orElse(null));
            return null;
        });
        tokens.revoked(kioskId);
    }

    /** Stores a heartbeat and publishes a device alert when the printer or scanner needs a technician. */
    public void heartbeat(String kioskId, Heartbeat hb) {
        if (hb == null || hb.printer() == null || hb.appVersion() == null || hb.appVersion().length() > 40
                || hb.freeDiskBytes() < 0 || hb.outboxPending() < 0) {
            throw Rejection.invalid("heartbeat needs printer, scannerOk, freeDiskBytes >= 0, appVersion (<= 40 "
                    + "characters) and outboxPending >= 0");
        }
        String body;
        try {
            body = json.writeValueAsString(hb);
        } catch (JsonProcessingException e) {
            throw Rejection.invalid("heartbeat cannot be stored: " + e.getOriginalMessage());
        }
        String[] previous = db.write(c -> {
            String[] before = Rows.one(c, "SELECT last_heartbeat, centre_id FROM kiosk WHERE id = ?",
                    rs -> new String[] {rs.getString(1), rs.getString(2)}, kioskId).orElse(new String[2]);
            Long seen = Rows.one(c, "SELECT last_seen_at FROM kiosk WHERE id = ?",
                    rs -> Rows.nullableLong(rs, "last_seen_at"), kioskId).orElse(null);
            long now = clock.millis();
            offlinePeriods.heartbeat(c, kioskId, seen, now);
            Rows.update(c, "UPDATE kiosk SET last_seen_at = ?, last_heartbeat = ? WHERE id = ?", now, body,
                    kioskId);
            return before;
        });
        List<String> problems = problems(hb);
        List<String> before = previous[0] == null ? List.of() : problemsOf(previous[0]);
        // Alerts go out when the set of problems changes, not with every heartbeat; to the kiosk's centre only.
        if (!problems.equals(before)) {
            events.publish(problems.isEmpty() ? "device.recovered" : "device.alert", Map.of("kioskId", kioskId,
                    "problems", problems, "centreId", previous[1] == null ? vn.onestop.server.centre.Centre.MAIN
                            : previous[1]));
        }
    }

    /** Device problems a technician must fix, in words. */
    static List<String> problems(Heartbeat hb) {
        List<String> p = new ArrayList<>();
        if (!hb.printer().online()) {
            p.add("printer offline");
        }
        if (hb.printer().paperOut()) {
            p.add("paper out");
        } else if (hb.printer().paperLow()) {
            p.add("paper low");
        }
        if (hb.printer().coverOpen()) {
            p.add("printer cover open");
        }
        if (hb.printer().cutterError()) {
            p.add("cutter error");
        }
        if (!hb.scannerOk()) {
            p.add("scanner silent");
        }
        if (hb.freeDiskBytes() < 200L * 1024 * 1024) {
            p.add("disk almost full");
        }
        return p;
    }

    /**
     * Every kiosk with its last heartbeat, current problems and latest offline periods ({@code offlinePeriods}:
     * from, to, lateTickets; newest first).
     */
    public List<KioskView> list() {
        return list(vn.onestop.server.centre.Centre.PROVINCE);
    }

    /** The kiosks of the centre {@code centreId} as {@link #list()} ({@code "*"}: every centre's). */
    public List<KioskView> list(String centreId) {
        return db.read(c -> {
            List<KioskView> all = new ArrayList<>();
            for (KioskView k : listKiosks(c, centreId)) {
                all.add(k.withOfflinePeriods(offlinePeriods.latest(c, k.id(), 5)));
            }
            return all;
        });
    }

    /** Whether the kiosk {@code kioskId} is one of the centre {@code centreId}'s ({@code "*"}: of any centre). */
    public boolean isIn(String kioskId, String centreId) {
        boolean any = vn.onestop.server.centre.Centre.PROVINCE.equals(centreId);
        return db.read(c -> Rows.one(c, "SELECT id FROM kiosk WHERE id = ?" + (any ? "" : " AND centre_id = ?"),
                rs -> rs.getString(1), any ? new Object[] {kioskId} : new Object[] {kioskId, centreId})).isPresent();
    }

    private List<KioskView> listKiosks(Connection c, String centreId) throws SQLException {
        boolean any = vn.onestop.server.centre.Centre.PROVINCE.equals(centreId);
        return Rows.list(c, "SELECT id, name, enrolled_at, revoked_at, last_seen_at, last_heartbeat "
                + "FROM kiosk" + (any ? "" : " WHERE centre_id = ?") + " ORDER BY name", rs -> {
                    Long seen = Rows.nullableLong(rs, "last_seen_at");
                    return new KioskView(rs.getString("id"), rs.getString("name"),
                            Instant.ofEpochMilli(rs.getLong("enrolled_at")).toString(),
                            rs.getObject("revoked_at") != null, seen == null ? null : Instant.ofEpochMilli(seen).toString(),
                            problemsOf(rs.getString("last_heartbeat")), List.of());
                }, any ? new Object[0] : new Object[] {centreId});
    }

    private List<String> problemsOf(String heartbeatJson) {
        if (heartbeatJson == null) {
            return List.of("no heartbeat yet");
        }
        try {
            return problems(json.readValue(heartbeatJson, Heartbeat.class));
        } catch (JsonProcessingException e) {
            return List.of("unreadable heartbeat");
        }
    }
}
