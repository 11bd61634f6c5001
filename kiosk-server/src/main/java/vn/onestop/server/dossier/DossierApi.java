package vn.onestop.server.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Map;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.Json;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;
import vn.onestop.server.staff.AuditLog;

/** HTTP I/O for staff on dossiers: status changes (with audit), history with authors, the slip PDF download. */
public final class DossierApi {
    private final DossierService dossiers;
    private final AuditLog audit;
    private final ObjectMapper json;

    /** Status change body: the new status code, an optional note, and the tracking number when handed to post. */
    public record StatusChange(String status, String note, String trackingNumber) {}

    public DossierApi(DossierService dossiers, AuditLog audit, ObjectMapper json) {
        this.dossiers = dossiers;
        this.audit = audit;
        this.json = json;
    }

    public void register(RouteTable r) {
        String d = "/api/v1/staff/dossiers/{code}";
        r.post(d + "/status", this::changeStatus, Access.COUNTER);
        r.get(d + "/history", this::history, Access.COUNTER);
        r.get(d + "/slip.pdf", this::slip, Access.COUNTER);
    }

    private void changeStatus(Context ctx) {
        StatusChange b = Json.body(ctx, json, StatusChange.class);
        String user = Guard.staff(ctx).username();
        String code = ctx.pathParam("code");
        ctx.json(dossiers.changeStatus(code, b.status(), b.note(), b.trackingNumber(), user,
                Guard.centre(ctx)));
        audit.record(user, "dossier.status", code, b.status(), Guard.centre(ctx));
    }

    private void history(Context ctx) {
        ctx.json(dossiers.history(ctx.pathParam("code"), Guard.centre(ctx)).stream().map(h -> Map.of("status",
                h.status().code(), "statusVi", h.status().nameVi(), "at", Instant.ofEpochMilli(h.at()).toString(), "actor", h.actor(),
                "note", h.note() == null ? "" : h.note(), "trackingNumber",
                h.trackingNumber() == null ? "" : h.trackingNumber())).toList());
    }

    private void slip(Context ctx) {
        String code = ctx.pathParam("code");
        byte[] pdf = dossiers.slipPdf(code, Guard.centre(ctx));
        audit.record(Guard.staff(ctx).username(), "dossier.slip.download", code, null, Guard.centre(ctx));
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "attachment; filename=\"giay-hen-" + code + ".pdf\"");
        ctx.result(pdf);
    }
}
