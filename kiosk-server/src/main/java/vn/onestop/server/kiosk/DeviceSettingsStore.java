package vn.onestop.server.kiosk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.onestop.server.Rejection;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.AuditLog;

/**
 * Per-kiosk device settings edited remotely (printer port and profile, scanner mode, UI options...): a flat map of
 * {@code kiosk.properties} keys to values with a version that grows at every edit. The kiosk fetches the map on
 * its next contact and reports which version it applied (or why it could not).
 */
public final class DeviceSettingsStore {
    /** Keys a technician may set remotely: kiosk.properties keys of the devices and the screen. */
    static final Pattern KEY = Pattern.compile("(printer|scanner|ui|display)\\.[a-z][A-Za-z0-9.]{0,60}");
    static final int MAX_ENTRIES = 50;
    static final int MAX_VALUE = 200;
    private static final TypeReference<TreeMap<String, String>> MAP = new TypeReference<>() {};
    private final Database db;
    private final Clock clock;
    private final AuditLog audit;
    private final ObjectMapper json;

    public DeviceSettingsStore(Database db, Clock clock, AuditLog audit, ObjectMapper json) {
        this.db = db;
        this.clock = clock;
        this.audit = audit;
        this.json = json;
    }

    /** The settings of a kiosk: version 0 and an empty map when none were ever set. */
    public record Settings(String kioskId, int version, Map<String, String> settings, String updatedAt,
            String updatedBy, Integer appliedVersion, String appliedAt, String applyError) {}

    public Settings get(String kioskId) {
        return db.read(c -> Rows.one(c, "SELECT settings, version, updated_at, updated_by, applied_version, "
                + "applied_at, apply_error FROM kiosk_device_settings WHERE kiosk_id = ?", rs -> new Settings(kioskId,
                        rs.getInt(2), parse(rs.getString(1)), Instant.ofEpochMilli(rs.getLong(3)).toString(),
                        rs.getString(4), (Integer) rs.getObject(5), instant(Rows.nullableLong(rs, "applied_at")),
                        rs.getString(7)), kioskId))
                .orElse(new Settings(kioskId, 0, Map.of(), null, null, null, null, null));
    }

    /** Replaces a kiosk's settings with {@code settings} (validated) and returns the new version. */
    public Settings put(String kioskId, Map<String, String> settings, String actor) {
        String body = write(validate(settings));
        db.write(c -> {
            if (Rows.count(c, "SELECT COUNT(*) FROM kiosk WHERE id = ? AND revoked_at IS NULL", kioskId) == 0) {
                throw Rejection.notFound("No active kiosk " + kioskId);
            }
            long now = clock.millis();
            if (Rows.update(c, "UPDATE kiosk_device_settings SET settings = ?, version = version + 1, updated_at = ?, "
                    + "updated_by = ? WHERE kiosk_id = ?", body, now, actor, kioskId) == 0) {
                Rows.update(c, "INSERT INTO kiosk_device_settings (kiosk_id, settings, version, updated_at, "
                        + "updated_by) VALUES (?, ?, 1, ?, ?)", kioskId, body, now, actor);
            }
            audit.record(c, actor, "kiosk.device-settings", kioskId, String.join(",", new TreeMap<>(settings)
                    .keySet()), Rows.one(c, "SELECT centre_id FROM kiosk WHERE id = ?", rs -> rs.getString(1), kioskId).orElse(null));
            return null;
        });
        return get(kioskId);
    }

    /** Records what the kiosk reported after fetching: the version it applied, or the error it met. */
    public void applied(String kioskId, int version, String error) {
        if (error != null && error.length() > 500) {
            throw Rejection.invalid("error must be at most 500 characters");
        }
        db.write(c -> {
            int current = (int) Rows.count(c, "SELECT version FROM kiosk_device_settings WHERE kiosk_id = ?", kioskId);
            if (version < 1 || version > current) {
                throw Rejection.invalid("version " + version + " was never sent to this kiosk (latest is " + current
                        + ")");
            }
            if (error == null) {
                Rows.update(c, "UPDATE kiosk_device_settings SET applied_version = ?, applied_at = ?, "
                        + "apply_error = NULL WHERE kiosk_id = ?", version, clock.millis(), kioskId);
            } else {
                Rows.update(c, "UPDATE kiosk_device_settings SET applied_at = ?, apply_error = ? WHERE kiosk_id = ?",
                        clock.millis(), error, kioskId);
            }
            audit.record(c, "kiosk:" + kioskId, error == null ? "kiosk.settings-applied" : "kiosk.settings-failed",
                    kioskId, "version " + version, Rows.one(c, "SELECT centre_id FROM kiosk WHERE id = ?", rs -> rs.getString(1), kioskId).orElse(null));
            return null;
        });
    }

    private static Map<String, String> validate(Map<String, String> settings) {
        if (settings == null) {
            throw Rejection.invalid("settings is required (an object of kiosk.properties keys to values)");
        }
        if (settings.size() > MAX_ENTRIES) {
            throw Rejection.invalid("At most " + MAX_ENTRIES + " settings");
        }
        settings.forEach((k, v) -> {
            if (k == null || !KEY.matcher(k).matches()) {
                throw Rejection.invalid("Setting '" + k + "' is not a device key (printer.*, scanner.*, ui.*, "
                        + "display.*)");
            }
            if (v == null || v.length() > MAX_VALUE || v.chars().anyMatch(ch -> ch < 0x20)) {
                throw Rejection.invalid("Value of " + k + " must be 0-" + MAX_VALUE + " characters on one line");
            }
        });
        return settings;
    }

    private String write(Map<String, String> settings) {
        try {
            return json.writeValueAsString(new TreeMap<>(settings));
        } catch (JsonProcessingException e) {
            throw Rejection.invalid("settings cannot be stored: " + e.getOriginalMessage());
        }
    }

    private Map<String, String> parse(String body) {
        try {
            return new LinkedHashMap<>(json.readValue(body, MAP));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored device settings are not JSON", e);
        }
    }

    private static String instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis).toString();
    }
}
