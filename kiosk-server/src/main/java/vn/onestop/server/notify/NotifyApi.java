package vn.onestop.server.notify;

import io.javalin.http.Context;
import java.util.Map;
import vn.onestop.server.Rejection;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;
import vn.onestop.server.staff.AuditLog;

/** HTTP I/O of notifications: the technicians' view of the outbox (addresses masked) and "retry now" (audited). */
public final class NotifyApi {
    private final Notifications notifications;
    private final AuditLog audit;

    public NotifyApi(Notifications notifications, AuditLog audit) {
        this.notifications = notifications;
        this.audit = audit;
    }

    public void register(RouteTable r) {
        r.get("/api/v1/technician/notifications/outbox", ctx -> ctx.json(notifications.backlog()), Access.TECHNICIAN);
        r.post("/api/v1/technician/notifications/outbox/{id}/retry", this::retry, Access.TECHNICIAN);
    }

    private void retry(Context ctx) {
        String id = ctx.pathParam("id");
        if (!notifications.retryNow(id)) {
            throw Rejection.notFound("No undelivered notification " + id + " (or its address was erased)");
        }
        audit.record(Guard.staff(ctx).username(), "notification.retry", id, null, Guard.centre(ctx));
        ctx.json(Map.of("retried", true));
    }
}
