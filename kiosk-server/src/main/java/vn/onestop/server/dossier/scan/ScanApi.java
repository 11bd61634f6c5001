package vn.onestop.server.dossier.scan;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.onestop.server.Rejection;
import vn.onestop.server.http.Guard;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.staff.Access;
import vn.onestop.server.staff.AuditLog;

/**
 * HTTP I/O of the digitisation step for counter staff: the pages so far, an upload (the raw file as the request body,
 * limited by {@code dossier.pages.maxUploadBytes} and not by the JSON body limit), and the joined PDF as a download.
 */
public final class ScanApi {
    private final DossierScans scans;
    private final ScanSettings settings;
    private final AuditLog audit;

    public ScanApi(DossierScans scans, ScanSettings settings, AuditLog audit) {
        this.scans = scans;
        this.settings = settings;
        this.audit = audit;
    }

    public void register(RouteTable r) {
        String d = "/api/v1/staff/dossiers/{code}";
        r.get(d + "/pages", ctx -> ctx.json(scans.info(ctx.pathParam("code"), Guard.centre(ctx))),
                Access.COUNTER);
        r.post(d + "/pages", this::upload, Access.COUNTER);
        r.get(d + "/pages.pdf", this::download, Access.COUNTER);
    }

    private void upload(Context ctx) {
        byte[] body = readLimited(ctx);
        if (body.length == 0) {
            throw Rejection.invalid("The request has no file: send the scanned page as the request body");
        }
        ctx.status(201).json(scans.add(ctx.pathParam("code"), Guard.centre(ctx), body,
                Guard.staff(ctx).username()));
    }

    private byte[] readLimited(Context ctx) {
        long max = settings.maxUploadBytes();
        String tooLarge = "The file is larger than " + max / (1024 * 1024) + " MB (dossier.pages.maxUploadBytes): "
                + "scan at 200-300 dpi or split it";
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > max) {
                discard(in, declared <= drainLimit(max) ? declared : 0);
                throw new Rejection(Rejection.Kind.TOO_LARGE, tooLarge);
            }
            byte[] body = in.readNBytes((int) max + 1);
            if (body.length > max) {
                discard(in, drainLimit(max));
                throw new Rejection(Rejection.Kind.TOO_LARGE, tooLarge);
            }
            return body;
        } catch (IOException e) {
            throw Rejection.invalid("The upload was interrupted: send the file again");
        }
    }

    /**
     * How much of a too-large upload is read and thrown away before the 413 answer: a browser still sending the
     * file when the server closes the connection sees a reset instead of the message saying what to do. Far
     * larger uploads are cut off at once.
     */
    private static long drainLimit(long max) {
        return Math.min(4 * max, 64L * 1024 * 1024);
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

    private void download(Context ctx) {
        String code = ctx.pathParam("code");
        Path pdf = scans.pdf(code, Guard.centre(ctx)).orElseThrow(() -> Rejection.notFound(
                "This dossier has no scanned pages yet"));
        try {
            ctx.contentType("application/pdf");
            // The dossier code only: file names never carry the citizen's name.
            ctx.header("Content-Disposition", "attachment; filename=\"ho-so-" + code + ".pdf\"");
            ctx.result(Files.newInputStream(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pdf, e);
        }
        audit.record(Guard.staff(ctx).username(), "dossier.pages.download", code, null, Guard.centre(ctx));
    }
}
