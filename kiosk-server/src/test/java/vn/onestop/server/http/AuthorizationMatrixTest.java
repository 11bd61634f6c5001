package vn.onestop.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Access;
import vn.onestop.server.staff.Role;

/** Every route, called with no credentials, a revoked kiosk token, a kiosk token and each staff role. */
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
    final Map<String, Map<String, String>> principals = new LinkedHashMap<>();

    @BeforeEach
    void start() throws Exception {
        principals.put("none", Map.of());
        String revoked = server.enrolKiosk("revoked");
        String revokedId = server.app.kiosks().list().get(0).id();
        server.app.kiosks().revoke(revokedId, "test");
        principals.put("revoked", Map.of("Authorization", "Bearer " + revoked));
        principals.put("kiosk", Map.of("Authorization", "Bearer " + server.enrolKiosk("live")));
        // A counter's rating tablet (issue 27): its own token, admitted only by RATING_DEVICE routes.
        String tabletCode = server.app.ratingDevices().createCode("1", "test", "main").code();
        String tablet = server.send("POST", "/api/v1/rating-device/enrol", Map.of("code", tabletCode), null, null)
                .json().get("token").asText();
        principals.put("rating_device", Map.of("Authorization", "Bearer " + tablet));
        // A device gateway's token for counter 1 (the matrix calls every {counter} as 1).
        String code = server.app.gateways().createCode(java.util.List.of("1"), "test", "main");
        principals.put("gateway", Map.of("Authorization", "Bearer " + server.app.gateways().enrol(
                new vn.onestop.server.gateway.GatewayRegistry.EnrolRequest(code, "matrix")).tokens().get("1")));
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

    /** Centre Y of the centre dimension (issue 21); the matrix's own principals hold their roles at 'main' (X). */
    static final String Y = "matrix-y";
    /** Y's objects, made over the admin, technician, kiosk and counter APIs by Y's own staff and devices. */
    private final Map<String, String> ys = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> atY = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> province = new LinkedHashMap<>();

    /**
     * Centre Y with a counter, staff in every role, a kiosk (with a device alert, a ticket called at Y's counter, a
     * dossier and a call for help), a rating tablet and a device gateway; and a province admin and supervisor.
     */
    private void centreY() throws Exception {
        for (Role role : List.of(Role.ADMIN, Role.SUPERVISOR)) {
            String name = "province-" + role.code();
            server.app.staff().create("test", null, name, "Province " + role.code(), role,
                    TestServer.PASSWORD.toCharArray(), "*");
            TestServer.StaffClient s = server.login(name, TestServer.PASSWORD);
            province.put(role.code(), Map.of("Cookie", s.cookie(), "X-CSRF-Token", s.csrf()));
        }
        TestServer.StaffClient boss = client(province.get("admin"));
        expect(server.as(boss, "POST", "/api/v1/admin/centres", Map.of("id", Y, "nameVi", "Xã Ma Trận",
                "nameEn", "Matrix commune", "kind", "commune", "agencyCode", "000.00.09.H99", "address",
                "9 Đường Lê Lợi", "openingHours", "T2-T6 7:30-17:00")), 201);
        String counter = expect(server.as(boss, "POST", "/api/v1/admin/counters?centre=" + Y, Map.of("name",
                "Quầy Y", "services", List.of("A"))), 201).json().get("id").asText();
        ys.put("counter", counter);
        for (Role role : Role.values()) {
            String name = "y-" + role.code().replace('_', '-');
            expect(server.as(boss, "POST", "/api/v1/admin/staff", Map.of("username", name, "displayName",
                    "Y " + role.code(), "role", role.code(), "password", TestServer.PASSWORD, "centre", Y)), 201);
            TestServer.StaffClient s = server.login(name, TestServer.PASSWORD);
            atY.put(role.code(), Map.of("Cookie", s.cookie(), "X-CSRF-Token", s.csrf()));
        }
        ys.put("username", "y-counter-staff");
        String code = expect(server.as(client(atY.get("technician")), "POST", "/api/v1/technician/enrolment-codes",
                null), 201).json().get("enrolmentCode").asText();
        String kiosk = expect(server.send("POST", "/api/v1/kiosk/enrol", Map.of("enrolmentCode", code, "kioskName",
                "kiosk-y-zq"), null, null), 201).json().get("token").asText();
        atY.put("kiosk", Map.of("Authorization", "Bearer " + kiosk));
        ys.put("kiosk", server.app.kiosks().list(Y).get(0).id());
        ys.put("kioskName", "kiosk-y-zq");
        expect(server.kiosk(kiosk, "POST", "/api/v1/kiosk/heartbeat", heartbeat(false)), 204);
        ys.put("ticket", expect(server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey",
                "matrix-y-1", "serviceCode", "A")), 201).json().get("id").asText());
        ys.put("dossier", expect(server.kiosk(kiosk, "POST", "/api/v1/dossiers",
                vn.onestop.server.Filings.dossier("matrix-y-dossier")), 201).json().get("dossier").get("code")
                .asText());
        ys.put("alert", expect(server.kiosk(kiosk, "POST", "/api/v1/kiosk/help", Map.of("screen", "info")), 201)
                .json().get("id").asText());
        TestServer.StaffClient clerk = client(atY.get("counter_staff"));
        expect(server.as(clerk, "POST", "/api/v1/counters/" + counter + "/open", null), 204);
        expect(server.as(clerk, "POST", "/api/v1/counters/" + counter + "/next", null), 200);
        String tabletCode = server.app.ratingDevices().createCode(counter, "test", Y).code();
        atY.put("rating_device", Map.of("Authorization", "Bearer " + server.send("POST",
                "/api/v1/rating-device/enrol", Map.of("code", tabletCode), null, null).json().get("token").asText()));
        ys.put("tablet", server.app.ratingDevices().list(Y).get(0).id());
        String gatewayCode = server.app.gateways().createCode(List.of(counter), "test", Y);
        atY.put("gateway", Map.of("Authorization", "Bearer " + server.app.gateways().enrol(
                new vn.onestop.server.gateway.GatewayRegistry.EnrolRequest(gatewayCode, "matrix-y")).tokens()
                .get(counter)));
    }

    /**
     * Issue 21: staff of centre X (the matrix's principals, at 'main') never see, call or change anything of centre
     * Y; Y's staff act in Y as the matrix says; province-wide roles act in any centre.
     */
    @Test
    void noCentreReachesAnother() throws Exception {
        centreY();
        List<RouteTable.Route> routes = new ArrayList<>(server.app.routes());
        routes.removeIf(r -> r.path().endsWith("/logout"));
        List<String> wrong = new ArrayList<>();
        Set<String> staffRoles = Set.of("counter_staff", "supervisor", "technician", "admin");
        for (RouteTable.Route route : routes) {
            boolean staffRoute = route.access().stream().anyMatch(a -> a != Access.PUBLIC && a != Access.KIOSK
                    && a != Access.GATEWAY && a != Access.RATING_DEVICE);
            for (Map.Entry<String, Map<String, String>> p : principals.entrySet()) {
                boolean admitted = admits(route, p.getKey());
                // Naming another centre is refused to every staff member of X, whatever the route.
                if (staffRoute && admitted && staffRoles.contains(p.getKey())) {
                    int named = call(route, withCentre(route.path().replaceAll("\\{[^}]+}", "1")), p.getValue());
                    Map<String, String> header = new LinkedHashMap<>(p.getValue());
                    header.put("X-Onestop-Centre", Y);
                    int viaHeader = call(route, route.path().replaceAll("\\{[^}]+}", "1"), header);
                    if (named != 403 || viaHeader != 403) {
                        wrong.add(route.method() + " " + route.path() + "?centre=" + Y + " as X's " + p.getKey()
                                + " -> " + named + " / header -> " + viaHeader);
                    }
                }
                // What X sees names nothing of Y.
                if (admitted && route.method().equals("GET") && !streams(route.path())) {
                    String body = body(route, route.path().replaceAll("\\{[^}]+}", "1"), p.getValue());
                    for (Map.Entry<String, String> y : ys.entrySet()) {
                        if (!y.getKey().equals("username") && body.contains(y.getValue())) {
                            wrong.add("GET " + route.path() + " as X's " + p.getKey() + " shows Y's " + y.getKey());
                        }
                    }
                }
            }
            // Y's own staff and devices act in Y (at Y's counter) as the matrix says; the procedure catalogue and
            // the calendar are the province's, changed by a province admin only once there are two centres.
            boolean provinceCatalogue = !route.method().equals("GET") && (route.path().startsWith(
                    "/api/v1/admin/catalogue") || route.path().startsWith("/api/v1/admin/calendar"));
            for (Map.Entry<String, Map<String, String>> p : atY.entrySet()) {
                int status = call(route, route.path().replace("{counter}", ys.get("counter"))
                        .replaceAll("\\{[^}]+}", "1"), p.getValue());
                boolean admitted = admits(route, p.getKey()) && !provinceCatalogue;
                if (admitted == (status == 401 || status == 403) || status == 500) {
                    wrong.add(route.method() + " " + route.path() + " as Y's " + p.getKey() + " -> " + status);
                }
            }
            // Province-wide roles read any centre.
            if (route.method().equals("GET") && staffRoute && !streams(route.path())) {
                for (Map.Entry<String, Map<String, String>> p : province.entrySet()) {
                    int status = call(route, withCentre(route.path().replaceAll("\\{[^}]+}", "1")), p.getValue());
                    boolean admitted = route.access().stream().anyMatch(a -> ADMITS.get(a).contains(p.getKey()));
                    if (admitted == (status == 401 || status == 403) || status == 500) {
                        wrong.add("GET " + route.path() + "?centre=" + Y + " as province " + p.getKey() + " -> "
                                + status);
                    }
                }
            }
        }
        // Y's objects from X are the same answer as unknown ones (last: a leak here would change Y).
        for (RouteTable.Route route : routes) {
            String ofY = withIds(route.path(), true);
            if (ofY == null) {
                continue;
            }
            String unknown = withIds(route.path(), false);
            for (Map.Entry<String, Map<String, String>> p : principals.entrySet()) {
                if (!admits(route, p.getKey())) {
                    continue;
                }
                int asUnknown = call(route, unknown, p.getValue());
                int asY = call(route, ofY, p.getValue());
                boolean refusedAnyway = (route.path().startsWith("/api/v1/admin/centres/")
                        || route.path().startsWith("/api/v1/admin/staff/")) && (asY == 403 || asY == 404);
                if (asY != asUnknown && !refusedAnyway) {
                    wrong.add(route.method() + " " + ofY + " as X's " + p.getKey() + " -> " + asY + " (unknown: "
                            + asUnknown + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
        // The province admin sees Y's kiosk when it names Y, so the checks above look for what is really there.
        assertThat(body(new RouteTable.Route("GET", "", List.of()), "/api/v1/technician/kiosks?centre=" + Y,
                province.get("admin"))).contains(ys.get("kioskName"));
        assertThat(body(new RouteTable.Route("GET", "", List.of()), "/api/v1/supervisor/live?centre=" + Y,
                province.get("supervisor"))).contains(ys.get("kiosk"));
    }

    /** A device alert of Y's kiosk never reaches X's event stream; X's own does. */
    @Test
    void deviceAlertsReachOnlyTheirCentre() throws Exception {
        centreY();
        String xKiosk = server.app.kiosks().list("main").stream().filter(k -> k.name().equals("live")).findFirst()
                .orElseThrow().id();
        try (vn.onestop.server.TwoCentres.Stream stream = new vn.onestop.server.TwoCentres.Stream(server,
                client(principals.get("technician")))) {
            String yToken = atY.get("kiosk").get("Authorization").substring("Bearer ".length());
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

    private static String withCentre(String path) {
        return path + (path.contains("?") ? "&" : "?") + "centre=" + Y;
    }

    /**
     * The path with Y's object for each of its parameters ({@code ofY}), or an unknown one; null when the path names
     * no object of a centre (per-centre codes such as a service's 'A' name the acting centre's own).
     */
    private String withIds(String path, boolean ofY) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            String key = switch (m.group(1)) {
                case "counter" -> "counter";
                case "ticket" -> "ticket";
                case "username" -> "username";
                case "id" -> path.contains("/tickets/") ? "ticket" : path.contains("/kiosks/") ? "kiosk"
                        : path.contains("/help-alerts/") ? "alert" : path.contains("/rating-devices/") ? "tablet"
                        : path.contains("/admin/counters/") ? "counter" : path.contains("/admin/centres/") ? "centre"
                        : null;
                case "code" -> path.contains("/dossiers/") || path.contains("/slips/") || path.contains("/prints/")
                        ? "dossier" : null;
                default -> null;
            };
            String value = key == null ? "1" : ofY ? (key.equals("centre") ? Y : ys.get(key))
                    : key.equals("dossier") ? "ZZZZ2222" : "zz-unknown-9";
            any |= key != null;
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return any ? out.toString() : null;
    }

    private static TestServer.StaffClient client(Map<String, String> headers) {
        return new TestServer.StaffClient(headers.get("Cookie"), headers.get("X-CSRF-Token"));
    }

    private static TestServer.Reply expect(TestServer.Reply r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        return r;
    }

    private static Map<String, Object> heartbeat(boolean paper) {
        return Map.of("printer", Map.of("online", true, "paperLow", !paper, "paperOut", !paper, "coverOpen", false,
                "cutterError", false, "statusBits", 0), "scannerOk", true, "freeDiskBytes", 5_000_000_000L,
                "appVersion", "0.1.0", "outboxPending", 0);
    }

    private String body(RouteTable.Route route, String path, Map<String, String> headers) throws Exception {
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
