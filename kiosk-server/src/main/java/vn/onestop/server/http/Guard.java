package vn.onestop.server.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Arrays;
import java.util.Optional;
import vn.onestop.server.Rejection;
import vn.onestop.server.gateway.GatewayRegistry;
import vn.onestop.server.kiosk.KioskRegistry;
import vn.onestop.server.staff.Access;
import vn.onestop.server.staff.StaffAccounts;
import vn.onestop.server.staff.StaffSession;

/**
 * Checks every request against its route's access before the handler runs: kiosk routes need a live bearer
 * token, staff routes a session cookie whose role grants the access, and staff state changes the CSRF header.
 */
public final class Guard {
    public static final String CSRF_HEADER = "X-CSRF-Token";
    static final String KIOSK_ATTR = "kioskId";
    static final String STAFF_ATTR = "staff";
    static final String TABLET_ATTR = "ratingTablet";
    static final String GATEWAY_ATTR = "gateway";
    static final String CENTRE_ATTR = "centre";
    /** The query parameter (or header) a staff request names the centre it acts in with (issue 21). */
    public static final String CENTRE_PARAM = "centre";
    public static final String CENTRE_HEADER = "X-Onestop-Centre";
    private final KioskRegistry kiosks;
    private final vn.onestop.server.rating.RatingDevices tablets;
    private final java.util.function.Function<String, Optional<GatewayRegistry.Device>> gateways;
    private final StaffAccounts staff;
    private final SessionCookie cookie;
    private final vn.onestop.server.centre.Centres centres;

    /**
     * {@code tablets}: counters' rating tablets and their tokens; {@code gateways}: the device gateway's counter of a
     * bearer token (both issue 27).
     */
    public Guard(KioskRegistry kiosks, StaffAccounts staff, SessionCookie cookie,
            vn.onestop.server.rating.RatingDevices tablets,
            java.util.function.Function<String, Optional<GatewayRegistry.Device>> gateways,
            vn.onestop.server.centre.Centres centres) {
        this.centres = centres;
        this.gateways = gateways;
        this.kiosks = kiosks;
        this.tablets = tablets;
        this.staff = staff;
        this.cookie = cookie;
    }

    Handler wrap(Handler h, Access... access) {
        if (access.length == 0) {
            throw new IllegalArgumentException("Every route must state who may call it");
        }
        return ctx -> {
            check(ctx, access);
            h.handle(ctx);
        };
    }

    private void check(Context ctx, Access... access) {
        if (Arrays.asList(access).contains(Access.PUBLIC)) {
            String named = requestedCentre(ctx);
            ctx.attribute(CENTRE_ATTR, named != null && vn.onestop.server.centre.Centres.ID.matcher(named).matches()
                    ? named : vn.onestop.server.centre.Centre.MAIN);
            return;
        }
        if (Arrays.asList(access).contains(Access.RATING_DEVICE)) {
            // A counter's rating tablet: its own bearer token, locked to one counter (issue 27).
            var tablet = tablets.authenticate(bearer(ctx));
            if (tablet.isPresent()) {
                ctx.attribute(TABLET_ATTR, tablet.get());
                ctx.attribute(CENTRE_ATTR, centres.ofCounter(tablet.get().counterId()));
                return;
            }
            if (access.length == 1) {
                throw new Rejection(Rejection.Kind.UNAUTHENTICATED,
                        "This rating tablet is not enrolled or its token was revoked: enrol it again with a new code");
            }
        }
        if (Arrays.asList(access).contains(Access.GATEWAY)) {
            checkGateway(ctx);
            return;
        }
        if (Arrays.asList(access).contains(Access.KIOSK)) {
            String auth = ctx.header("Authorization");
            String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).trim() : null;
            Optional<String> kiosk = kiosks.authenticate(token);
            if (kiosk.isPresent()) {
                ctx.attribute(KIOSK_ATTR, kiosk.get());
                ctx.attribute(CENTRE_ATTR, centres.ofKiosk(kiosk.get()));
                return;
            }
            if (access.length == 1) {
                throw new Rejection(Rejection.Kind.UNAUTHENTICATED,
                        "This kiosk is not enrolled or its token was revoked: enrol it again with a new code");
            }
        }
        StaffSession s = actingCentre(ctx, staff.session(cookie.token(ctx)).orElseThrow(() -> new Rejection(
                Rejection.Kind.UNAUTHENTICATED, "Log in first")));
        if (Arrays.stream(access).noneMatch(s.role()::grants)) {
            throw new Rejection(Rejection.Kind.FORBIDDEN, "Your role (" + s.role().code() + ") may not do this");
        }
        ctx.attribute(CENTRE_ATTR, s.centreId());
        if (!ctx.method().name().equals("GET") && !csrfOk(ctx, s)) {
            throw new Rejection(Rejection.Kind.FORBIDDEN, "Missing or wrong " + CSRF_HEADER + " header: reload the page");
        }
        if (s.mustChangePassword() && ctx.path().startsWith("/api/") && !UNTIL_CHANGED.contains(ctx.path())) {
            throw new Rejection(Rejection.Kind.FORBIDDEN,
                    "Change the temporary password an admin set first (Đổi mật khẩu / Change password)");
        }
        ctx.attribute(STAFF_ATTR, s);
    }

    /**
     * A gateway route: a live device token, and the path's {@code counter} must be the token's own counter (a token
     * for counter 2 can never act for counter 3).
     */
    private void checkGateway(Context ctx) {
        String auth = ctx.header("Authorization");
        String token = auth != null && auth.startsWith("Bearer ") ? auth.substring(7).trim() : null;
        GatewayRegistry.Device device = gateways.apply(token).orElseThrow(() -> new Rejection(
                Rejection.Kind.UNAUTHENTICATED, "This gateway holds no live device token for the counter: enrol it "
                        + "again with a new code from the technician page"));
        String wanted = ctx.pathParamMap().get("counter");
        if (wanted != null && !wanted.equals(device.counterId())) {
            throw new Rejection(Rejection.Kind.FORBIDDEN, "This device token is for counter " + device.counterId()
                    + ", not counter " + wanted);
        }
        ctx.attribute(GATEWAY_ATTR, device);
        ctx.attribute(CENTRE_ATTR, centres.ofCounter(device.counterId()));
    }

    /**
     * The session acting in the centre the request names ({@code ?centre=} or the {@value #CENTRE_HEADER} header),
     * or in the user's own centre when it names none. A centre the user holds no role in, or that does not exist,
     * is the same 403 (a name of another centre reveals nothing).
     */
    private StaffSession actingCentre(Context ctx, StaffSession s) {
        String named = requestedCentre(ctx);
        if (named == null || named.equals(s.centreId())) {
            return s;
        }
        if (named.equals(StaffSession.PROVINCE)) {
            // "Every centre" (e.g. the live event stream of a province-wide user): only for province-wide roles.
            return s.provinceRole().map(r -> s.acting(StaffSession.PROVINCE, r)).orElseThrow(() -> new Rejection(
                    Rejection.Kind.FORBIDDEN, "Only a province-wide role may watch every centre"));
        }
        Optional<vn.onestop.server.staff.Role> there = s.roleIn(named);
        if (there.isEmpty() || centres.find(named).isEmpty()) {
            throw new Rejection(Rejection.Kind.FORBIDDEN, "You have no role in centre '" + named + "'");
        }
        return s.acting(named, there.get());
    }

    private static String requestedCentre(Context ctx) {
        String named = ctx.queryParam(CENTRE_PARAM);
        if (named == null || named.isBlank()) {
            named = ctx.header(CENTRE_HEADER);
        }
        return named == null || named.isBlank() ? null : named.strip();
    }

    /**
     * The centre a request acts in (issue 21): a staff member's chosen or own centre, a kiosk's, a gateway's or rating
     * tablet's counter's centre; for a public route the {@code ?centre=} it names (not checked to exist: the route
     * does that) or 'main'.
     */
    public static String centre(Context ctx) {
        String c = ctx.attribute(CENTRE_ATTR);
        return c == null ? vn.onestop.server.centre.Centre.MAIN : c;
    }

    /** What a user with a temporary password may call: the pages, and these. */
    private static final java.util.Set<String> UNTIL_CHANGED = java.util.Set.of("/api/v1/auth/password",
            "/api/v1/auth/me", "/api/v1/auth/logout");

    private static boolean csrfOk(Context ctx, StaffSession s) {
        String sent = ctx.header(CSRF_HEADER);
        return sent != null && vn.onestop.server.staff.Secrets.same(sent, s.csrfToken());
    }

    private static String bearer(Context ctx) {
        String auth = ctx.header("Authorization");
        return auth != null && auth.startsWith("Bearer ") ? auth.substring(7).trim() : null;
    }

    /** The rating tablet of a request that passed a RATING_DEVICE guard. */
    public static vn.onestop.server.rating.RatingDevices.Tablet tablet(Context ctx) {
        return ctx.attribute(TABLET_ATTR);
    }

    /** The kiosk id of a request that passed a KIOSK guard. */
    public static String kioskId(Context ctx) {
        return ctx.attribute(KIOSK_ATTR);
    }

    /** The gateway and counter of a request that passed a GATEWAY guard. */
    public static GatewayRegistry.Device gateway(Context ctx) {
        return ctx.attribute(GATEWAY_ATTR);
    }

    /** The counter a request that passed a GATEWAY guard acts for. */
    public static String gatewayCounter(Context ctx) {
        return gateway(ctx).counterId();
    }

    /** The staff session of a request that passed a staff guard. */
    public static StaffSession staff(Context ctx) {
        return ctx.attribute(STAFF_ATTR);
    }
}
