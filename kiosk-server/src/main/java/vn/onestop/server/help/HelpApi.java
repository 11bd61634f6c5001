package vn.onestop.server.help;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import vn.onestop.core.wire.HelpRequest;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.Json;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;

/** HTTP I/O of the calls for help: raised by kiosks, listed and answered by counter staff and supervisors. */
public final class HelpApi {
    private final HelpAlerts alerts;
    private final ObjectMapper json;

    public HelpApi(HelpAlerts alerts, ObjectMapper json) {
        this.alerts = alerts;
        this.json = json;
    }

    public void register(RouteTable r) {
        r.post("/api/v1/kiosk/help", this::raise, Access.KIOSK);
        r.get("/api/v1/help-alerts", ctx -> ctx.json(alerts.open(Guard.centre(ctx))), Access.COUNTER);
        r.post("/api/v1/help-alerts/{id}/acknowledge", this::acknowledge, Access.COUNTER);
    }

    private void raise(Context ctx) {
        HelpRequest request = Json.body(ctx, json, HelpRequest.class);
        ctx.status(201).json(alerts.raise(Guard.kioskId(ctx), Guard.centre(ctx),
                request == null ? null : request.screen()));
    }

    private void acknowledge(Context ctx) {
        ctx.json(alerts.acknowledge(ctx.pathParam("id"), Guard.staff(ctx).username(),
                Guard.centre(ctx)));
    }
}
