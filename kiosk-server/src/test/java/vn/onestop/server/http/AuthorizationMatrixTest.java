package vn.onestop.server.http;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.server.http.MatrixCentres.client;
import static vn.onestop.server.http.MatrixCentres.expect;
import static vn.onestop.server.http.MatrixCentres.heartbeat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.connector.ConnectorSettings;
import vn.onestop.server.http.MatrixCentres.Side;
import vn.onestop.server.mobile.MobileSettings;
import vn.onestop.server.notify.NotifySettings;
import vn.onestop.server.staff.Access;
import vn.onestop.server.staff.Role;

/**
 * Every route, called with no credentials, a revoked kiosk token, a kiosk token and each staff role; and (issue 21)
 * between two centres that both hold data of every kind, in both directions.
 */
class AuthorizationMatrixTest extends ServerSuite {
    /** Who each access level admits, written out here independently of the server's Role table. */
    private static final Map<Access, Set<String>> ADMITS = Map.of(
            Access.PUBLIC, Set.of("none", "revoked", "kiosk", "gateway", "counter_staff", "supervisor", "technician",
                    "admin", "rating_device"),
            Access.KIOSK, Set.of("kiosk"),
            Access.GATEWAY, Set.of("gateway"),
            Access.STAFF, Set.of("counter_staff", "supervisor", "technician", "admin"),
            Access.COUNTER, Set.of("counter_staff", "supervisor", "admin"),
            Access.SUPERVISOR, Set.of("supervisor", "admin"),
            Access.TECHNICIAN, Set.of("technician", "admin"),
            Access.ADMIN, Set.of("admin"),
            Access.RATING_DEVICE, Set.of("rating_device"));
    /**
     * Routes for province-wide roles only (issue 21): the matrix's staff hold their roles at centre 'main', so these
     * refuse them all (ProvinceOverviewApiTest admits a province supervisor).
     */
    static final Set<String> PROVINCE_WIDE = Set.of("/api/v1/province/overview");
    /**
     * Routes over data of the whole database (the notification outbox): a centre's own roles reach them while the
     * database holds one centre, and only province-wide roles once it holds several.
     */
    static final Set<String> WHOLE_DATABASE = Set.of("/api/v1/technician/notifications/outbox",
            "/api/v1/technician/notifications/outbox/{id}/retry");
    /** Phone links of tickets start with this. */
    static final String BASE = "https://hcc.example.vn";
    /** The mail server of the notifications (e-mail on), so both centres have rows in the outbox. */
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());
    final Map<String, Map<String, String>> principals = new LinkedHashMap<>();

    /** The suite's server with e-mail notifications and phone links on; the matrix's principals at centre 'main'. */
    @BeforeEach
    @Override
    public void startServer() {
        try {
            Path config = Files.createDirectories(dir.resolve("config"));
            Files.writeString(config.resolve("server.properties"), "notify.email.host=127.0.0.1\nnotify.email.port="
                    + mail.getSmtp().getPort() + "\nnotify.email.security=none\nnotify.email.from=trungtam@example.vn\n"
                    + "notify.pollMillis=50\n");
            ServerConfig sc = TestServer.config().toBuilder().mobile(MobileSettings.off().withBaseUrl(BASE)).build();
            server = new TestServer(Files.createDirectories(dir.resolve("data")), sc,
                    Instant.parse("2026-11-25T01:00:00Z"), ConnectorSettings.off(), NotifySettings.load(config));
            principals();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void principals() throws Exception {
        principals.put("none", Map.of());
        String revoked = server.enrolKiosk("revoked");
        String revokedId = server.app.kiosks().list().get(0).id();
        server.app.kiosks().revoke(revokedId, "test");
        principals.put("revoked", Map.of("Authorization", "Bearer " + revoked));
        principals.put("kiosk", Map.of("Authorization", "Bearer " + server.enrolKiosk("kiosk-x-kq")));
        // A counter's rating tablet (issue 27): its own token, admitted only by RATING_DEVICE routes.
        String tabletCode = server.app.ratingDevices().createCode("1", "test", "main").code();
        String tablet = server.send("POST", "/api/v1/rating-device/enrol", Map.of("code", tabletCode), null, null)
                .json().get("token").asText();
        principals.put("rating_device", Map.of("Authorization", "Bearer " + tablet));
        // A device gateway's token for counter 1 (the matrix calls every {counter} as 1).
        String code = server.app.gateways().createCode(java.util.List.of("1"), "test", "main");
        principals.put("gateway", Map.of("Authorization", "Bearer " + server.app.gateways().enrol(
                new vn.onestop.server.gateway.GatewayRegistry.EnrolRequest(code, "gw-x-kq")).tokens().get("1")));
        for (Role role : Role.values()) {
            TestServer.StaffClient s = server.staff("user-" + role.code().replace('_', '-'), role);
            principals.put(role.code(), Map.of("Cookie", s.cookie(), "X-CSRF-Token", s.csrf()));
        }
    }

    @Test
    void everyRouteAdmitsExactlyWhoItsAccessSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        List<RouteTable.Route> routes = new ArrayList<>(server.app.routes());
        // Logging out ends the session used by later calls: do it last.
        routes.sort((a, b) -> Boolean.compare(a.path().endsWith("/logout"), b.path().endsWith("/logout")));
        assertThat(routes).hasSizeGreaterThan(30);
        for (RouteTable.Route route : routes) {
            for (Map.Entry<String, Map<String, String>> p : principals.entrySet()) {
                boolean admitted = route.access().stream().anyMatch(a -> ADMITS.get(a).contains(p.getKey()))
                        && !PROVINCE_WIDE.contains(route.path());
                int status = call(route, p.getValue());
                boolean refused = status == 401 || status == 403;
                if (admitted == refused || status == 500) {
                    wrong.add(route.method() + " " + route.path() + " as " + p.getKey() + " -> " + status);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void spotChecksOfTheMatrix() throws Exception {
        assertThat(call("POST", "/api/v1/technician/enrolment-codes", "counter_staff")).isEqualTo(403);
        assertThat(call("POST", "/api/v1/counters/1/next", "technician")).isEqualTo(403);
        assertThat(call("POST", "/api/v1/tickets", "counter_staff")).isEqualTo(401);
        assertThat(call("POST", "/api/v1/tickets", "revoked")).isEqualTo(401);
        assertThat(call("GET", "/api/v1/admin/audit", "supervisor")).isEqualTo(403);
        assertThat(call("GET", "/api/v1/admin/audit", "admin")).isEqualTo(200);
        assertThat(call("POST", "/api/v1/auth/password", "kiosk")).isEqualTo(401);
        assertThat(call("POST", "/api/v1/auth/password", "none")).isEqualTo(401);
        // Issue 21 (catalogue): the live catalogue is for admins only.
        assertThat(call("GET", "/api/v1/admin/catalogue", "admin")).isEqualTo(200);
        assertThat(call("GET", "/api/v1/admin/catalogue", "supervisor")).isEqualTo(403);
        assertThat(call("PUT", "/api/v1/admin/catalogue/procedures/LLTP-1", "technician")).isEqualTo(403);
        assertThat(call("GET", "/api/v1/admin/catalogue/export", "kiosk")).isEqualTo(401);
        assertThat(call("GET", "/staff/catalogue", "counter_staff")).isEqualTo(403);
        // Admitted: refused only for the body this call sends without a JSON content type.
        assertThat(call("POST", "/api/v1/auth/password", "counter_staff")).isEqualTo(415);
    }

    /** Centre X ('main'): the matrix's principals and X's data. */
    private Side x;
    /** Centre Y: Y's own staff in every role and devices, made over the admin API, and Y's data. */
    private Side y;
    private final Map<String, Map<String, String>> province = new LinkedHashMap<>();

    /** Centres X and Y with data of every kind, and the province-wide principals. */
    private void twoCentres() throws Exception {
        MatrixCentres centres = new MatrixCentres(server, BASE);
        centres.make(principals);
        x = centres.x;
        y = centres.y;
        province.putAll(centres.province);
    }

    /**
     * Issue 21, both ways: staff of centre X never see, call or change anything of centre Y, nor Y's of X; each
     * centre's staff act in their own centre as the matrix says; province-wide roles act in any centre.
     */
    @Test
    void noCentreReachesAnother() throws Exception {
        twoCentres();
        List<RouteTable.Route> routes = new ArrayList<>(server.app.routes());
        routes.removeIf(r -> r.path().endsWith("/logout"));
        List<String> wrong = new ArrayList<>();
        for (RouteTable.Route route : routes) {
            namesNothingOf(route, x, y, wrong);
            namesNothingOf(route, y, x, wrong);
            actsInOwnCentre(route, y, wrong);
            // Province-wide roles read any centre.
            if (route.method().equals("GET") && staffRoute(route) && !streams(route.path())) {
                for (Side c : List.of(x, y)) {
                    for (Map.Entry<String, Map<String, String>> p : province.entrySet()) {
                        int status = call(route, withCentre(route.path().replaceAll("\\{[^}]+}", "1"), c.centre()),
                                p.getValue());
                        boolean admitted = route.access().stream().anyMatch(a -> ADMITS.get(a).contains(p.getKey()));
                        if (admitted == (status == 401 || status == 403) || status == 500) {
                            wrong.add("GET " + route.path() + "?centre=" + c.centre() + " as province " + p.getKey()
                                    + " -> " + status);
                        }
                    }
                }
            }
        }
        // Another centre's objects are the same answer as unknown ones (last: a leak here would change them).
        for (RouteTable.Route route : routes) {
            sameAsUnknown(route, x, y, wrong);
            sameAsUnknown(route, y, x, wrong);
        }
        idsInBodies(x, y, wrong);
        idsInBodies(y, x, wrong);
        assertThat(wrong).isEmpty();
        // A province admin sees each centre's kiosk when it names the centre, so the checks above look for what is
        // really there.
        for (Side c : List.of(x, y)) {
            assertThat(body("/api/v1/technician/kiosks?centre=" + c.centre(), province.get("admin")))
                    .contains(c.id("kioskName"));
            assertThat(body("/api/v1/supervisor/live?centre=" + c.centre(), province.get("supervisor")))
                    .contains(c.id("kiosk"));
            assertThat(body("/api/v1/bookings/today?centre=" + c.centre(), province.get("admin")))
                    .contains(c.id("booking"));
            assertThat(body("/api/v1/booking/slots?centre=" + c.centre(), province.get("admin")))
                    .contains(c.id("slot"));
            assertThat(body("/api/v1/admin/services?centre=" + c.centre(), province.get("admin")))
                    .contains(c.id("serviceName"));
            assertThat(body("/api/v1/help-alerts?centre=" + c.centre(), province.get("admin")))
                    .contains(c.id("alert"));
            assertThat(body("/api/v1/technician/displays?centre=" + c.centre(), province.get("admin")))
                    .contains(c.id("gateway"));
            assertThat(body("/api/v1/technician/rating-devices?centre=" + c.centre(), province.get("admin")))
                    .contains(c.id("tablet"));
        }
    }

    /**
     * What {@code from}'s staff and devices see of {@code other}: naming it is refused (403) to every staff member
     * of {@code from}, and no GET answer shows any of its objects.
     */
    private void namesNothingOf(RouteTable.Route route, Side from, Side other, List<String> wrong) throws Exception {
        String path = route.path().replace("{counter}", from.id("counter")).replaceAll("\\{[^}]+}", "1");
        for (Map.Entry<String, Map<String, String>> p : from.principals().entrySet()) {
            boolean admitted = admits(route, p.getKey());
            if (staffRoute(route) && admitted && STAFF_ROLES.contains(p.getKey())) {
                int named = call(route, withCentre(path, other.centre()), p.getValue());
                Map<String, String> header = new LinkedHashMap<>(p.getValue());
                header.put("X-Onestop-Centre", other.centre());
                int viaHeader = call(route, path, header);
                if (named != 403 || viaHeader != 403) {
                    wrong.add(route.method() + " " + route.path() + "?centre=" + other.centre() + " as "
                            + from.centre() + "'s " + p.getKey() + " -> " + named + " / header -> " + viaHeader);
                }
            }
            if (admitted && route.method().equals("GET") && !streams(route.path())) {
                String body = body(path, p.getValue());
                for (Map.Entry<String, String> o : other.ids().entrySet()) {
                    if (distinctive(o.getKey(), o.getValue()) && body.contains(o.getValue())) {
                        wrong.add("GET " + route.path() + " as " + from.centre() + "'s " + p.getKey() + " shows "
                                + other.centre() + "'s " + o.getKey());
                    }
                }
            }
        }
    }

    /**
     * A centre's own staff and devices act in their centre (at its counter) as the matrix says; the procedure
     * catalogue and the calendar are the province's, changed by a province admin only once there are two centres.
     */
    private void actsInOwnCentre(RouteTable.Route route, Side c, List<String> wrong) throws Exception {
        boolean provinceCatalogue = !route.method().equals("GET") && (route.path().startsWith(
                "/api/v1/admin/catalogue") || route.path().startsWith("/api/v1/admin/calendar"));
        for (Map.Entry<String, Map<String, String>> p : c.principals().entrySet()) {
            int status = call(route, route.path().replace("{counter}", c.id("counter"))
                    .replaceAll("\\{[^}]+}", "1"), p.getValue());
            boolean admitted = admits(route, p.getKey()) && !provinceCatalogue;
            if (admitted == (status == 401 || status == 403) || status == 500) {
                wrong.add(route.method() + " " + route.path() + " as " + c.centre() + "'s " + p.getKey() + " -> "
                        + status);
            }
        }
    }

    /** {@code from}'s principals get the same answer for {@code other}'s objects as for unknown ones. */
    private void sameAsUnknown(RouteTable.Route route, Side from, Side other, List<String> wrong) throws Exception {
        String ofOther = withIds(route.path(), other);
        if (ofOther == null) {
            return;
        }
        String unknown = withIds(route.path(), null);
        for (Map.Entry<String, Map<String, String>> p : from.principals().entrySet()) {
            if (!admits(route, p.getKey())) {
                continue;
            }
            int asUnknown = call(route, unknown, p.getValue());
            int asOther = call(route, ofOther, p.getValue());
            boolean refusedAnyway = (route.path().startsWith("/api/v1/admin/centres/")
                    || route.path().startsWith("/api/v1/admin/staff/")) && (asOther == 403 || asOther == 404);
            if (asOther != asUnknown && !refusedAnyway) {
                wrong.add(route.method() + " " + ofOther + " as " + from.centre() + "'s " + p.getKey() + " -> "
                        + asOther + " (unknown: " + asUnknown + ")");
            }
        }
    }

    /**
     * Ids carried in a request body (not the path): a kiosk rating or checking in, a rating tablet rating, with
     * {@code other}'s ticket, dossier or booking gets the answer an unknown one gets.
     */
    private void idsInBodies(Side from, Side other, List<String> wrong) throws Exception {
        List<String[]> calls = List.of(
                new String[] {"kiosk", "/api/v1/ratings", "ticketId", "ticket"},
                new String[] {"kiosk", "/api/v1/ratings", "dossierCode", "dossier"},
                new String[] {"kiosk", "/api/v1/kiosk/bookings/check-in", "code", "booking"},
                new String[] {"rating_device", "/api/v1/rating-device/rating", "ticketId", "ticket"},
                new String[] {"rating_device", "/api/v1/rating-device/not-rated", "ticketId", "ticket"});
        for (String[] c : calls) {
            Map<String, String> who = from.principals().get(c[0]);
            String unknown = c[3].equals("dossier") ? "ZZZZ2222" : c[3].equals("booking") ? "ZZZZZZZZZZ"
                    : "zz-unknown-9";
            boolean scored = c[1].endsWith("/rating") || c[1].endsWith("/ratings");
            int asUnknown = post(c[1], scored ? Map.of(c[2], unknown, "score", 5) : Map.of(c[2], unknown), who);
            int asOther = post(c[1], scored ? Map.of(c[2], other.id(c[3]), "score", 5) : Map.of(c[2],
                    other.id(c[3])), who);
            // The unknown id must be what is refused (not a malformed body), so the same answer is the same refusal.
            if (asOther != asUnknown || !(asUnknown == 404 || asUnknown == 409)) {
                wrong.add("POST " + c[1] + " {" + c[2] + ": " + other.centre() + "'s} as " + from.centre() + "'s "
                        + c[0] + " -> " + asOther + " (unknown: " + asUnknown + ")");
            }
        }
        // A centre named in the body of an account change is refused like one named in the query.
        Map<String, String> admin = from.principals().get("admin");
        int account = post("/api/v1/admin/staff", Map.of("username", "sneaky-" + from.centre(), "displayName", "S",
                "role", "counter_staff", "password", TestServer.PASSWORD, "centre", other.centre()), admin);
        int grants = send("PUT", "/api/v1/admin/staff/" + from.id("username") + "/grants", Map.of("grants", Map.of(
                from.centre(), "counter_staff", other.centre(), "counter_staff")), admin);
        if (account != 403 || grants != 403) {
            wrong.add("an account of " + other.centre() + " made or granted by " + from.centre() + "'s admin -> "
                    + account + " / " + grants);
        }
    }

    /**
     * The notification outbox is one list for the whole database: once it holds two centres, neither centre's
     * technician or admin reads it or retries a row of it (403), and a province-wide admin sees both centres' rows.
     */
    @Test
    void theNotificationOutboxIsForProvinceWideRolesOnceThereAreTwoCentres() throws Exception {
        twoCentres();
        for (Side c : List.of(x, y)) {
            for (String role : List.of("technician", "admin")) {
                Map<String, String> who = c.principals().get(role);
                assertThat(call(new RouteTable.Route("GET", "", List.of()), "/api/v1/technician/notifications/outbox",
                        who)).as(c.centre() + "'s " + role).isEqualTo(403);
                for (Side owner : List.of(x, y)) {
                    assertThat(post("/api/v1/technician/notifications/outbox/" + owner.id("notification") + "/retry",
                            Map.of(), who)).as(c.centre() + "'s " + role + " retrying " + owner.centre() + "'s row")
                            .isEqualTo(403);
                }
            }
        }
        String whole = body("/api/v1/technician/notifications/outbox", province.get("admin"));
        for (Side c : List.of(x, y)) {
            assertThat(whole).contains(c.id("notification"), c.id("ticketNotification"));
        }
        assertThat(whole).doesNotContain("dat.lich.x@example.vn", "cong.dan.y@example.vn");
    }

    /** Before a second centre exists, the one centre's technician looks after the outbox. */
    @Test
    void withOneCentreItsTechnicianReadsTheOutbox() throws Exception {
        x = new Side("main", principals, new LinkedHashMap<>(Map.of("counter", "1")));
        new MatrixCentres(server, BASE).fill(x, "x", "09:13", 5, false);
        assertThat(body("/api/v1/technician/notifications/outbox", principals.get("technician")))
                .contains(x.id("notification"), x.id("ticketNotification"));
    }

    /** Each centre's rating figures and today's bookings count its own only. */
    @Test
    void ratingsAndBookingsCountTheirOwnCentre() throws Exception {
        twoCentres();
        for (Side c : List.of(x, y)) {
            JsonNode today = server.json.readTree(body("/api/v1/supervisor/ratings/today",
                    c.principals().get("supervisor")));
            assertThat(today.get("ratings").asInt()).as(c.centre() + "'s ratings today").isEqualTo(1);
            assertThat(today.get("average").asDouble()).isEqualTo(c == x ? 5.0 : 1.0);
            JsonNode bookings = server.json.readTree(body("/api/v1/bookings/today",
                    c.principals().get("counter_staff")));
            assertThat(bookings).extracting(b -> b.get("code").asText()).containsExactly(c.id("booking"));
        }
    }

    /** A device alert of Y's kiosk never reaches X's event stream; X's own does. */
    @Test
    void deviceAlertsReachOnlyTheirCentre() throws Exception {
        twoCentres();
        String xKiosk = x.id("kiosk");
        try (vn.onestop.server.TwoCentres.Stream stream = new vn.onestop.server.TwoCentres.Stream(server,
                client(principals.get("technician")))) {
            String yToken = y.principals().get("kiosk").get("Authorization").substring("Bearer ".length());
            expect(server.kiosk(yToken, "POST", "/api/v1/kiosk/heartbeat", heartbeat(true)), 204);
            String xToken = principals.get("kiosk").get("Authorization").substring("Bearer ".length());
            expect(server.kiosk(xToken, "POST", "/api/v1/kiosk/heartbeat", heartbeat(false)), 204);
            com.fasterxml.jackson.databind.JsonNode alert = stream.next("device.alert", 1).get(0);
            assertThat(alert.get("kioskId").asText()).isEqualTo(xKiosk);
            assertThat(alert.get("centreId").asText()).isEqualTo("main");
        }
    }

    private static boolean admits(RouteTable.Route route, String principal) {
        return route.access().stream().anyMatch(a -> ADMITS.get(a).contains(principal))
                && !PROVINCE_WIDE.contains(route.path()) && !WHOLE_DATABASE.contains(route.path());
    }

    /** Endless event streams (read elsewhere). */
    private static boolean streams(String path) {
        return path.endsWith("/events") || path.equals("/metrics");
    }

    private static final Set<String> STAFF_ROLES = Set.of("counter_staff", "supervisor", "technician", "admin");

    /** A route for staff (not only for devices or the public). */
    private static boolean staffRoute(RouteTable.Route route) {
        return route.access().stream().anyMatch(a -> a != Access.PUBLIC && a != Access.KIOSK
                && a != Access.GATEWAY && a != Access.RATING_DEVICE);
    }

    /**
     * Whether a value of this kind names the object unmistakably in any answer: counter '1' and service codes are
     * too short to look for; usernames show in the staff lists' own markup.
     */
    private static boolean distinctive(String kind, String value) {
        return !kind.equals("username") && !kind.equals("service") && value.length() >= 6;
    }

    private static String withCentre(String path, String centre) {
        return path + (path.contains("?") ? "&" : "?") + "centre=" + centre;
    }

    /**
     * The path with {@code of}'s object for each of its parameters, or an unknown one when {@code of} is null; null
     * when the path names no object of a centre (a public booking code or phone link is the citizen's own key, good
     * at any centre; procedures and calendar days are the province's).
     */
    private String withIds(String path, Side of) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            String key = switch (m.group(1)) {
                case "counter" -> "counter";
                case "ticket" -> "ticket";
                case "username" -> "username";
                case "service" -> "service";
                case "id" -> path.contains("/tickets/") ? "ticket" : path.contains("/kiosks/") ? "kiosk"
                        : path.contains("/help-alerts/") ? "alert" : path.contains("/rating-devices/") ? "tablet"
                        : path.contains("/admin/counters/") ? "counter" : path.contains("/admin/centres/") ? "centre"
                        : path.contains("/notifications/outbox/") ? "notification" : null;
                case "code" -> path.contains("/public/") ? null : path.contains("/dossiers/")
                        || path.contains("/slips/") || path.contains("/prints/") || path.contains("/prepared/")
                        ? "dossier" : path.startsWith("/api/v1/bookings/") ? "booking"
                        : path.contains("/admin/services/") ? "service" : null;
                default -> null;
            };
            String value = key == null ? "1" : of != null ? (key.equals("centre") ? of.centre() : of.id(key))
                    : key.equals("dossier") ? "ZZZZ2222" : key.equals("booking") ? "ZZZZZZZZZZ"
                    : key.equals("service") ? "Z" : "zz-unknown-9";
            any |= key != null;
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return any ? out.toString() : null;
    }

    private String body(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path))
                .timeout(Duration.ofSeconds(20)).GET();
        headers.forEach(b::header);
        return server.http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private int call(RouteTable.Route route, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path))
                .timeout(Duration.ofSeconds(20))
                .method(route.method(), route.method().equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody());
        headers.forEach(b::header);
        HttpResponse<java.io.InputStream> r = server.http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        r.body().close();
        return r.statusCode();
    }

    private int post(String path, Map<String, Object> body, Map<String, String> headers) throws Exception {
        return send("POST", path, body, headers);
    }

    private int send(String method, String path, Map<String, Object> body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(server.json.writeValueAsString(body)));
        headers.forEach(b::header);
        return server.http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private int call(String method, String path, String principal) throws Exception {
        return call(new RouteTable.Route(method, path, List.of(Access.PUBLIC)), principals.get(principal));
    }

    private int call(RouteTable.Route route, Map<String, String> headers) throws Exception {
        String path = route.path().replaceAll("\\{[^}]+}", "1");
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + path))
                .timeout(Duration.ofSeconds(20))
                .method(route.method(), route.method().equals("POST") ? HttpRequest.BodyPublishers.ofString("{}")
                        : HttpRequest.BodyPublishers.noBody());
        headers.forEach(b::header);
        // ofInputStream returns at the headers, so the endless event stream does not hang the test.
        HttpResponse<java.io.InputStream> r = server.http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        r.body().close();
        return r.statusCode();
    }
}
