package vn.onestop.server.notify;

import io.javalin.http.Context;
import java.util.Map;
import vn.onestop.server.Rejection;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;
import vn.onestop.server.staff.AuditLog;

/**
 * HTTP I/O of notifications: the technicians' view of the outbox (addresses masked) and "retry now" (audited). The
 * outbox is one for the whole database: where the database holds several centres only a province-wide technician or
 * admin sees it (a centre's technician would otherwise see other centres' tickets).
 */
public final class NotifyApi {
    private final Notifications notifications;
    private final AuditLog audit;
    private final java.util.function.IntSupplier centreCount;

    /** {@code centreCount}: how many centres the database holds. */
    public NotifyApi(Notifications notifications, AuditLog audit, java.util.function.IntSupplier centreCount) {
        this.notifications = notifications;
        this.audit = audit;
        this.centreCount = centreCount;
    }

    public void register(RouteTable r) {
        r.get("/api/v1/technician/notifications/outbox", ctx -> {
            requireWholeView(ctx);
            ctx.json(notifications.backlog());
        }, Access.TECHNICIAN);
        r.post("/api/v1/technician/notifications/outbox/{id}/retry", this::retry, Access.TECHNICIAN);
    }

    private void requireWholeView(Context ctx) {
        if (!Guard.staff(ctx).provinceWide() && centreCount.getAsInt() > 1) {
            throw new Rejection(Rejection.Kind.FORBIDDEN, "The notification outbox serves every centre of the "
                    + "province: a province-wide technician or admin looks after it");
        }
    }

    private void retry(Context ctx) {
        requireWholeView(ctx);
        String id = ctx.pathParam("id");
        if (!notifications.retryNow(id)) {
            throw Rejection.notFound("No undelivered notification " + id + " (or its address was erased)");
        }
        audit.record(Guard.staff(ctx).username(), "notification.retry", id, null, Guard.centre(ctx));
        ctx.json(Map.of("retried", true));
    }
}
