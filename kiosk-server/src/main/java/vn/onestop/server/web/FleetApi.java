package vn.onestop.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.kiosk.KioskRegistry;
import vn.onestop.server.staff.Access;
import vn.onestop.server.staff.AuditLog;

/**
 * The technician's fleet view (each kiosk's version, last heartbeat with device status, settings version sent and
 * applied) and the audit log, read-only.
 */
public final class FleetApi {
    private final Database db;
    private final KioskRegistry kiosks;
    private final AuditLog audit;
    private final ObjectMapper json;

    public FleetApi(Database db, KioskRegistry kiosks, AuditLog audit, ObjectMapper json) {
        this.db = db;
        this.kiosks = kiosks;
        this.audit = audit;
        this.json = json;
    }

    public void register(RouteTable r) {
        r.get("/api/v1/technician/fleet", ctx -> ctx.json(fleet()), Access.TECHNICIAN);
        r.get("/api/v1/technician/audit", ctx -> ctx.json(audit.latest(200)), Access.TECHNICIAN);
    }

    List<Map<String, Object>> fleet() {
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
