package vn.onestop.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.wire.Problem;
import vn.onestop.server.db.StorageException;
import vn.onestop.server.http.PageRoutes;
import vn.onestop.server.http.SessionCookie;
import vn.onestop.server.ops.Metrics;

/**
 * How the server speaks HTTP apart from its routes: JSON and body limits, errors mapped once to problem answers
 * (a refusal page for staff pages), security headers on every answer, slow bodies cut off, and the status metrics.
 */
final class HttpPolicy {
    private static final Logger LOG = LogManager.getLogger(ServerApp.class);
    /** Javalin's per-response copy buffer: a JSON answer is under 2 KB; larger ones are copied in 4 KB steps. */
    private static final int RESPONSE_COPY_BYTES = 4096;
    /** How long a blocking read of a request body waits for more data (finding 5). */
    private static final long BODY_IDLE_MS = 5_000;
    /** The slowest request body accepted, bytes a second (a 20 MB scan over 2 kB/s would take hours anyway). */
    private static final long MIN_BODY_RATE = 2048;

    private HttpPolicy() {
    }

    /** JSON through {@code json}, the largest body, the copy buffer; before any route. */
    static void before(JavalinConfig cfg, ObjectMapper json, long maxBodyBytes) {
        cfg.jsonMapper(new JavalinJackson(json, false));
        cfg.http.maxRequestSize = maxBodyBytes;
        // Javalin copies each response into Jetty through a new buffer of this size (default: Jetty's 32 KB
        // output buffer, allocated per response). Jetty still aggregates into its own pooled buffer.
        cfg.http.responseBufferSize = RESPONSE_COPY_BYTES;
        cfg.startup.showJavalinBanner = false;
    }

    /** Errors, security headers, body timeouts and status metrics; after the routes. */
    static void after(JavalinConfig cfg, PageRoutes pages, SessionCookie cookie, Metrics metrics) {
        cfg.routes.exception(Rejection.class, (e, ctx) -> {
            if (PageRoutes.isPage(ctx)) {
                ctx.status(e.kind().status()).html(pages.refusal());
                return;
            }
            problem(ctx, e.kind().status(), e.kind().title(), e.getMessage());
        });
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> problem(ctx, e.getStatus(),
                e.getMessage(), e.getMessage()));
        cfg.routes.exception(StorageException.class, HttpPolicy::storageFailed);
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            if (slowBody(e)) {
                LOG.info("{} {}: the request body came too slowly; refused", ctx.method(), loggedPath(ctx));
                problem(ctx, 408, "Request timeout", "The request body did not arrive in time: send it again");
                return;
            }
            LOG.error("Unexpected error on {} {}", ctx.method(), loggedPath(ctx), e);
            problem(ctx, 500, "Server error", "The server failed; the error is in its log");
        });
        cfg.routes.error(404, ctx -> {
            if (ctx.result() == null) {
                problem(ctx, 404, "Not found", "No route " + ctx.method() + " " + ctx.path());
            }
        });
        cfg.routes.before(ctx -> securityHeaders(ctx, cookie));
        cfg.jetty.modifyHttpConfiguration(http -> {
            http.setSendServerVersion(false);
            // A request body that stalls or trickles frees its thread within seconds (finding 5): a blocking
            // read waits at most BODY_IDLE_MS for more data, and a body slower than MIN_BODY_RATE is cut off.
            http.setIdleTimeout(BODY_IDLE_MS);
            http.setMinRequestDataRate(MIN_BODY_RATE);
        });
        cfg.routes.after(ctx -> metrics.response(ctx.statusCode()));
    }

    /** A request's path for the log: a phone's ticket link token (issue 24) is never written there. */
    private static String loggedPath(Context ctx) {
        return ctx.path().replaceAll("[0-9a-f]{48}", "<token>");
    }

    /** The body stalled or trickled under the minimum rate (Jetty's 408 or a read timeout), at any depth. */
    private static boolean slowBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.BadMessageException bad && bad.getCode() == 408
                    || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** A full disk is a 503 the kiosk can show and retry (nothing of the request was saved); else a 500. */
    private static void storageFailed(StorageException e, Context ctx) {
        if (!e.isDiskFull()) {
            LOG.error("Unexpected error on {} {}", ctx.method(), loggedPath(ctx), e);
            problem(ctx, 500, "Server error", "The server failed; the error is in its log");
            return;
        }
        LOG.error("Storage full on {} {}: free disk space in the server's data folder", ctx.method(), loggedPath(ctx));
        ctx.header("Retry-After", "30");
        problem(ctx, 503, "Storage full", "The server's disk is full, so nothing of this request was saved. "
                + "Try again later; a technician must free disk space in the server's data folder.");
    }

    private static void securityHeaders(Context ctx, SessionCookie cookie) {
        if (cookie.secure(ctx)) {
            ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        ctx.header("Content-Security-Policy", PageRoutes.CSP);
    }

    private static void problem(Context ctx, int status, String title, String detail) {
        ctx.status(status).contentType(Problem.MEDIA_TYPE)
                .json(new Problem("about:blank", title, status, detail));
        ctx.contentType(Problem.MEDIA_TYPE);
    }
}
