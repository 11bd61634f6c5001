package vn.onestop.server.kiosk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
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

    /** The kiosks of the centre {@code centreId} ({@code "*"}: every centre's). */
    public List<FleetView> kiosks(String centreId) {
        Map<String, Extra> extra = db.read(c -> {
            Map<String, Extra> m = new HashMap<>();
            Rows.list(c, "SELECT k.id, k.last_heartbeat, s.version, s.applied_version, s.apply_error FROM kiosk k "
                    + "LEFT JOIN kiosk_device_settings s ON s.kiosk_id = k.id", rs -> {
                        Extra e = new Extra(heartbeat(rs.getString(2)), rs.getObject(3) == null ? 0 : rs.getInt(3),
                                rs.getObject(4) == null ? null : rs.getInt(4), rs.getString(5));
                        m.put(rs.getString(1), e);
                        return e;
                    });
            return m;
        });
        return kiosks.list(centreId).stream().map(k -> {
            Extra e = extra.getOrDefault(k.id(), Extra.NONE);
            return new FleetView(k, e.heartbeat(), e.settingsVersion(), e.appliedVersion(), e.applyError());
        }).toList();
    }

    /** The heartbeat and device settings columns of one kiosk. */
    private record Extra(JsonNode heartbeat, int settingsVersion, Integer appliedVersion, String applyError) {
        static final Extra NONE = new Extra(null, 0, null, null);
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
