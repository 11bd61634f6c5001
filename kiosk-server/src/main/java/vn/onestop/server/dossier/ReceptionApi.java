package vn.onestop.server.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import vn.onestop.server.Rejection;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.Json;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;
import vn.onestop.server.staff.AuditLog;

/**
 * HTTP I/O of prepared dossiers (issue 22): the kiosk's upload of each scanned checklist document, and the counter's
 * reception (open by preparation code, the documents, receive / ask for a supplement / refuse, the slips). Every
 * staff call is audited with the official and the preparation code (never personal data).
 */
public final class ReceptionApi {
    private final DossierService dossiers;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final vn.onestop.server.events.EventBus events;

    /** Receive: the official code typed (may be empty when the connector issues codes). */
    public record ReceiveBody(String officialCode) {}

    /** Supplement: checklist items ticked or written, and a free note. */
    public record SupplementBody(List<String> missing, String note) {}

    /** Refusal: the reason printed on the slip. */
    public record RefuseBody(String reason) {}

    public ReceptionApi(DossierService dossiers, AuditLog audit, ObjectMapper json,
            vn.onestop.server.events.EventBus events) {
        this.events = events;
        this.dossiers = dossiers;
        this.audit = audit;
        this.json = json;
    }

    public void register(RouteTable r) {
        r.put("/api/v1/dossiers/{code}/documents/{index}", this::upload, Access.KIOSK);
        String p = "/api/v1/staff/prepared/{code}";
        r.get(p, this::open, Access.COUNTER);
        r.get(p + "/documents/{file}", this::document, Access.COUNTER);
        r.get(p + "/slips/{file}", this::slip, Access.COUNTER);
        r.post(p + "/receive", this::receive, Access.COUNTER);
        r.post(p + "/supplement", this::supplement, Access.COUNTER);
        r.post(p + "/refuse", this::refuse, Access.COUNTER);
    }

    private void upload(Context ctx) {
        String type = ctx.contentType();
        if (type != null && !type.startsWith("application/pdf") && !type.startsWith("application/octet-stream")) {
            throw new Rejection(Rejection.Kind.UNSUPPORTED, "Gửi tệp PDF (Content-Type: application/pdf) / Send the "
                    + "document as application/pdf");
        }
        int index;
        try {
            index = Integer.parseInt(ctx.pathParam("index"));
        } catch (NumberFormatException e) {
            throw Rejection.invalid("index must be a whole number (the position in the documents list)");
        }
        byte[] body = readLimited(ctx, dossiers.documents().maxBytes());
        ctx.json(dossiers.documents().put(ctx.pathParam("code"), index, body, Guard.centre(ctx)));
    }

    private void open(Context ctx) {
        PreparedDossier d = dossiers.reception().open(ctx.pathParam("code"), Guard.centre(ctx));
        audit.record(Guard.staff(ctx).username(), "dossier.prepared.open", d.preparationCode(), null,
                Guard.centre(ctx));
        ctx.json(d);
    }

    private void document(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.matches("[0-9]{1,3}\\.pdf")) {
            throw Rejection.notFound("No such document: ask for INDEX.pdf");
        }
        int index = Integer.parseInt(file.substring(0, file.length() - 4));
        byte[] pdf = dossiers.documents().pdf(ctx.pathParam("code"), index, Guard.centre(ctx));
        String code = DossierReception.preparationCode(ctx.pathParam("code"));
        audit.record(Guard.staff(ctx).username(), "dossier.document.download", code, String.valueOf(index),
                Guard.centre(ctx));
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "inline; filename=\"giay-to-" + code + "-" + (index + 1) + ".pdf\"");
        ctx.result(pdf);
    }

    private void slip(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.matches("[0-9a-f-]{36}\\.pdf")) {
            throw Rejection.notFound("No such slip");
        }
        String code = DossierReception.preparationCode(ctx.pathParam("code"));
        byte[] pdf = dossiers.slips().decisionPdf(code, file.substring(0, 36), Guard.centre(ctx));
        audit.record(Guard.staff(ctx).username(), "dossier.slip.download", code, null, Guard.centre(ctx));
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "inline; filename=\"phieu-" + code + ".pdf\"");
        ctx.result(pdf);
    }

    private void receive(Context ctx) {
        ReceiveBody b = Json.body(ctx, json, ReceiveBody.class);
        String user = Guard.staff(ctx).username();
        String centre = Guard.centre(ctx);
        DossierReception.Decision d = dossiers.reception().receive(ctx.pathParam("code"), b.officialCode(), user,
                centre);
        audit.record(user, "dossier.receive", d.dossier().code(), d.dossier().officialCode(), Guard.centre(ctx));
        // Wakes the rating tablet of the counter open in the official's name (none open: no tablet wakes).
        dossiers.reception().receivedCounter(d.dossier().code()).ifPresent(counter -> events.publish(
                "dossier.received", java.util.Map.of("counterId", counter, "centreId", centre)));
        ctx.json(d);
    }

    private void supplement(Context ctx) {
        SupplementBody b = Json.body(ctx, json, SupplementBody.class);
        String user = Guard.staff(ctx).username();
        DossierReception.Decision d = dossiers.reception().supplement(ctx.pathParam("code"), b.missing(), b.note(),
                user, Guard.centre(ctx));
        audit.record(user, "dossier.supplement", d.dossier().code(), null, Guard.centre(ctx));
        ctx.json(d);
    }

    private void refuse(Context ctx) {
        RefuseBody b = Json.body(ctx, json, RefuseBody.class);
        String user = Guard.staff(ctx).username();
        DossierReception.Decision d = dossiers.reception().refuse(ctx.pathParam("code"), b.reason(), user,
                Guard.centre(ctx));
        audit.record(user, "dossier.refuse", d.dossier().code(), null, Guard.centre(ctx));
        ctx.json(d);
    }

    /** Reads the body up to {@code max} bytes; past it 413, without reading much more of it. */
    private static byte[] readLimited(Context ctx, long max) {
        String tooLarge = "Tệp lớn hơn giới hạn / The document is larger than " + max + " bytes "
                + "(dossier.documents.maxBytes): scan at 200-300 dpi in grey";
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > max) {
                discard(in, Math.min(declared, Math.min(4 * max, 64L * 1024 * 1024)));
                throw new Rejection(Rejection.Kind.TOO_LARGE, tooLarge);
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (body.length > max) {
                discard(in, Math.min(4 * max, 64L * 1024 * 1024));
                throw new Rejection(Rejection.Kind.TOO_LARGE, tooLarge);
            }
            if (body.length == 0) {
                throw Rejection.invalid("The request has no document: send the PDF as the request body");
            }
            return body;
        } catch (IOException e) {
            throw Rejection.invalid("The upload was interrupted: send the document again");
        }
    }

    private static void discard(InputStream in, long upTo) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        for (long left = upTo; left > 0; ) {
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                return;
            }
            left -= n;
        }
    }
}
