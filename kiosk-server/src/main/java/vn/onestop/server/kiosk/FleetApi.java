package vn.onestop.server.kiosk;

import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;
import vn.onestop.server.staff.AuditLog;

/** The technician's read-only views over HTTP: the {@link Fleet} and the audit log. */
public final class FleetApi {
    private final Fleet fleet;
    private final AuditLog audit;

    public FleetApi(Fleet fleet, AuditLog audit) {
        this.fleet = fleet;
        this.audit = audit;
    }

    public void register(RouteTable r) {
        r.get("/api/v1/technician/fleet", ctx -> ctx.json(fleet.kiosks(vn.onestop.server.http.Guard.centre(ctx))), Access.TECHNICIAN);
        r.get("/api/v1/technician/audit", ctx -> ctx.json(vn.onestop.server.centre.Centre.PROVINCE.equals(
                vn.onestop.server.http.Guard.centre(ctx)) ? audit.latest(200)
                : audit.latest(vn.onestop.server.http.Guard.centre(ctx), 200)), Access.TECHNICIAN);
    }
}
