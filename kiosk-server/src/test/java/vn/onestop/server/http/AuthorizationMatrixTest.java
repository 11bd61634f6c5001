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
