package vn.onestop.server.http;

import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.config.JavalinConfig;
import java.util.Map;
import vn.onestop.server.staff.Access;

/**
 * The staff web pages: HTML shells under {@code /staff/...}, each behind the same guard as the JSON calls it makes
 * (so a role that may not use a page cannot even open it), and their scripts and styles as static files under
 * {@code /static}. Pages carry no inline script or style: the Content-Security-Policy forbids both.
 */
public final class PageRoutes {
    /** Sent with every response; scripts and styles only from this server, no inline code, no framing. */
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
            + "form-action 'self'";
    private final Map<String, String> pages;

    public PageRoutes() {
        pages = new java.util.HashMap<>();
        for (String name : java.util.List.of("login", "counter", "display", "dashboard", "technician", "denied",
                "rating-device", "rating-devices", "admin", "province")) {
            pages.put(name, Pages.load(name));
        }
    }

    /** Serves {@code src/main/resources/web/{js,css}} at {@code /static}. */
    public static void staticFiles(JavalinConfig cfg) {
        cfg.staticFiles.add(sf -> {
            sf.hostedPath = "/static";
            sf.directory = "/web/static";
            sf.location = Location.CLASSPATH;
        });
    }

    public void register(RouteTable r) {
        r.get("/", ctx -> ctx.redirect("/staff/login"), Access.PUBLIC);
        r.get("/staff/login", ctx -> page(ctx, "login"), Access.PUBLIC);
        r.get("/staff/display", ctx -> page(ctx, "display"), Access.PUBLIC);
        r.get("/staff/counter", ctx -> page(ctx, "counter"), Access.COUNTER);
        r.get("/staff/dashboard", ctx -> page(ctx, "dashboard"), Access.SUPERVISOR);
        r.get("/staff/technician", ctx -> page(ctx, "technician"), Access.TECHNICIAN);
        // Issue 21: the province dashboard (its API refuses centre-scoped supervisors).
        r.get("/staff/province", ctx -> page(ctx, "province"), Access.SUPERVISOR);
        // Issue 27: the counter rating tablet's page (its own token gates every call it makes), and the tablets' admin.
        r.get("/staff/rating-device", ctx -> page(ctx, "rating-device"), Access.PUBLIC);
        r.get("/staff/rating-devices", ctx -> page(ctx, "rating-devices"), Access.TECHNICIAN);
        // Issue 21: live administration of centres, counters, services, priority classes and accounts.
        r.get("/staff/admin", ctx -> page(ctx, "admin"), Access.ADMIN);
    }

    private void page(Context ctx, String name) {
        ctx.html(pages.get(name));
    }

    /** The refusal page for a page request (401 sends the browser to the login page, 403 explains). */
    public String refusal() {
        return pages.get("denied");
    }

    /** True when a refused request was for a page rather than a JSON call. */
    public static boolean isPage(Context ctx) {
        return ctx.path().startsWith("/staff/");
    }
}
