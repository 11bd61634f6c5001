package vn.onestop.server.kiosk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.Json;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;

/**
 * Remote device settings. Contract for the kiosk:
 * <ul>
 *   <li>every heartbeat reply (204) carries {@code X-Device-Settings-Version: N}, the latest version set for it
 *       (0 = none);</li>
 *   <li>when N differs from the version it applied, the kiosk calls {@code GET /api/v1/kiosk/device-settings}
 *       → 200 {@code {"version": N, "settings": {"printer.port": "/dev/ttyUSB0", ...}}} with {@code ETag: "vN"};
 *       {@code If-None-Match: "vN"} gives 304;</li>
 *   <li>it merges the map over its {@code kiosk.properties} (same keys), re-opens the devices, and reports
 *       {@code POST /api/v1/kiosk/device-settings/applied {"version": N}} → 204, or with {@code "error": "..."}
 *       when a value was refused (the technician sees it).</li>
 * </ul>
 */
public final class DeviceSettingsApi {
    public static final String VERSION_HEADER = "X-Device-Settings-Version";
    private final DeviceSettingsStore store;
    private final KioskRegistry kiosks;
    private final ObjectMapper json;

    /** Technician's edit: the complete new map. */
    public record Edit(Map<String, String> settings) {}

    /** Kiosk's report after applying. */
    public record Applied(int version, String error) {}

    public DeviceSettingsApi(DeviceSettingsStore store, KioskRegistry kiosks, ObjectMapper json) {
        this.kiosks = kiosks;
        this.store = store;
        this.json = json;
    }

    public void register(RouteTable r, RoutesConfig routes) {
        r.get("/api/v1/kiosk/device-settings", this::fetch, Access.KIOSK);
        r.post("/api/v1/kiosk/device-settings/applied", this::applied, Access.KIOSK);
        r.get("/api/v1/technician/kiosks/{id}/device-settings", ctx -> ctx.json(store.get(ownKiosk(ctx))),
                Access.TECHNICIAN);
        r.post("/api/v1/technician/kiosks/{id}/device-settings", this::edit, Access.TECHNICIAN);
        routes.after("/api/v1/kiosk/heartbeat", ctx -> {
            String kiosk = Guard.kioskId(ctx);
            if (kiosk != null && ctx.statusCode() < 300) {
                ctx.header(VERSION_HEADER, Integer.toString(store.get(kiosk).version()));
            }
        });
    }

    private void fetch(Context ctx) {
        DeviceSettingsStore.Settings s = store.get(Guard.kioskId(ctx));
        String etag = "\"v" + s.version() + "\"";
        ctx.header("ETag", etag);
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.json(Map.of("version", s.version(), "settings", s.settings()));
    }

    private void applied(Context ctx) {
        Applied a = Json.body(ctx, json, Applied.class);
        store.applied(Guard.kioskId(ctx), a.version(), a.error());
        ctx.status(204);
    }

    private void edit(Context ctx) {
        Edit e = Json.body(ctx, json, Edit.class);
        ctx.json(store.put(ownKiosk(ctx), e.settings(), Guard.staff(ctx).username()));
    }

    /** The kiosk the path names, when it is one of the acting centre's; another centre's is unknown (404). */
    private String ownKiosk(Context ctx) {
        String id = ctx.pathParam("id");
        if (!kiosks.isIn(id, Guard.centre(ctx))) {
            throw vn.onestop.server.Rejection.notFound("No kiosk " + id);
        }
        return id;
    }
}
