package vn.onestop.server.kiosk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;

/**
 * The technician's fleet view: each kiosk as {@link KioskRegistry#list} describes it, with its last heartbeat
 * (device status) and the device settings version sent and applied.
 */
public final class Fleet {
    private final Database db;
    private final KioskRegistry kiosks;
    private final ObjectMapper json;

    public Fleet(Database db, KioskRegistry kiosks, ObjectMapper json) {
        this.db = db;
        this.kiosks = kiosks;
        this.json = json;
    }

    public List<Map<String, Object>> kiosks() {
        Map<String, Map<String, Object>> extra = db.read(c -> {
            Map<String, Map<String, Object>> m = new LinkedHashMap<>();
            Rows.list(c, "SELECT k.id, k.last_heartbeat, s.version, s.applied_version, s.apply_error FROM kiosk k "
                    + "LEFT JOIN kiosk_device_settings s ON s.kiosk_id = k.id", rs -> {
                        Map<String, Object> e = new LinkedHashMap<>();
                        e.put("heartbeat", heartbeat(rs.getString(2)));
                        e.put("settingsVersion", rs.getObject(3) == null ? 0 : rs.getInt(3));
                        e.put("appliedVersion", rs.getObject(4));
                        e.put("applyError", rs.getString(5));
                        m.put(rs.getString(1), e);
                        return e;
                    });
            return m;
        });
        return kiosks.list().stream().map(k -> {
            Map<String, Object> m = new LinkedHashMap<>(k);
            m.putAll(extra.getOrDefault((String) k.get("id"), Map.of()));
            return m;
        }).toList();
    }

    private JsonNode heartbeat(String body) {
        if (body == null) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }
}
