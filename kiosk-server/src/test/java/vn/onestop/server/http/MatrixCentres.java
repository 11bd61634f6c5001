package vn.onestop.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.Wait;

/**
 * The two centres of {@link AuthorizationMatrixTest} (issue 21): X is the server's own 'main' with the matrix's
 * principals, Y a commune centre made over the admin API; both get data of every kind the routes touch, made by
 * their own staff, devices and citizens; and a province admin and supervisor.
 */
final class MatrixCentres {
    /** Centre Y's id. */
    static final String Y = "matrix-y";
    private final TestServer server;
    /** Phone links of tickets start with this. */
    private final String base;
    Side x;
    Side y;
    final Map<String, Map<String, String>> province = new LinkedHashMap<>();

    MatrixCentres(TestServer server, String base) {
        this.server = server;
        this.base = base;
    }

    /**
     * One centre of the test: its staff and devices (by role code, as in the matrix) and its data of every kind
     * the routes touch, by kind (the values are what would show if another centre's answer leaked them).
     */
    record Side(String centre, Map<String, Map<String, String>> principals, Map<String, String> ids) {
        String id(String kind) {
            return java.util.Objects.requireNonNull(ids.get(kind), kind);
        }
    }

    /**
     * Centre X ('main', with the matrix's principals) and centre Y (a counter, staff in every role, a kiosk, a rating
     * tablet and a device gateway), each with data of every kind (see {@link #fill}); and a province admin and
     * supervisor.
     */
    void make(Map<String, Map<String, String>> principals) throws Exception {
        x = new Side("main", principals, new LinkedHashMap<>());
        x.ids().put("counter", "1");
        x.ids().put("username", "user-counter-staff");
        x.ids().put("kiosk", server.app.kiosks().list("main").stream().filter(k -> k.name().equals("kiosk-x-kq"))
                .findFirst().orElseThrow().id());
        x.ids().put("kioskName", "kiosk-x-kq");
        x.ids().put("tablet", server.app.ratingDevices().list("main").get(0).id());
        x.ids().put("gateway", "gw-x-kq");
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
        y = new Side(Y, new LinkedHashMap<>(), new LinkedHashMap<>());
        String counter = expect(server.as(boss, "POST", "/api/v1/admin/counters?centre=" + Y, Map.of("name",
                "Quầy Y", "services", List.of("A"))), 201).json().get("id").asText();
        y.ids().put("counter", counter);
        for (Role role : Role.values()) {
            String name = "y-" + role.code().replace('_', '-');
            expect(server.as(boss, "POST", "/api/v1/admin/staff", Map.of("username", name, "displayName",
                    "Y " + role.code(), "role", role.code(), "password", TestServer.PASSWORD, "centre", Y)), 201);
            TestServer.StaffClient s = server.login(name, TestServer.PASSWORD);
            y.principals().put(role.code(), Map.of("Cookie", s.cookie(), "X-CSRF-Token", s.csrf()));
        }
        y.ids().put("username", "y-counter-staff");
        String code = expect(server.as(client(y.principals().get("technician")), "POST",
                "/api/v1/technician/enrolment-codes", null), 201).json().get("enrolmentCode").asText();
        String kiosk = expect(server.send("POST", "/api/v1/kiosk/enrol", Map.of("enrolmentCode", code, "kioskName",
                "kiosk-y-zq"), null, null), 201).json().get("token").asText();
        y.principals().put("kiosk", Map.of("Authorization", "Bearer " + kiosk));
        y.ids().put("kiosk", server.app.kiosks().list(Y).get(0).id());
        y.ids().put("kioskName", "kiosk-y-zq");
        String tabletCode = server.app.ratingDevices().createCode(counter, "test", Y).code();
        y.principals().put("rating_device", Map.of("Authorization", "Bearer " + server.send("POST",
                "/api/v1/rating-device/enrol", Map.of("code", tabletCode), null, null).json().get("token").asText()));
        y.ids().put("tablet", server.app.ratingDevices().list(Y).get(0).id());
        String gatewayCode = server.app.gateways().createCode(List.of(counter), "test", Y);
        y.principals().put("gateway", Map.of("Authorization", "Bearer " + server.app.gateways().enrol(
                new vn.onestop.server.gateway.GatewayRegistry.EnrolRequest(gatewayCode, "gw-y-zq")).tokens()
                .get(counter)));
        y.ids().put("gateway", "gw-y-zq");
        fill(x, "x", "09:13", 5, false);
        fill(y, "y", "10:17", 1, true);
    }

    /**
     * Data of every kind at one centre, made by its own staff, devices and citizens: a service of its own, booking
     * slots and a booking today (its confirmation e-mail in the notification outbox), a kiosk with a device report,
     * a ticket with a phone link watched by e-mail, called at the centre's counter and rated there, a dossier and a
     * call for help.
     */
    void fill(Side s, String tag, String slotStart, int score, boolean paperOut) throws Exception {
        TestServer.StaffClient admin = client(s.principals().get("admin"));
        String service = tag.equals("x") ? "W" : "K";
        expect(server.as(admin, "POST", "/api/v1/admin/services", Map.of("code", service, "nameVi",
                "Dịch vụ riêng " + tag, "nameEn", "own-service-" + tag + "-kq")), 201);
        s.ids().put("service", service);
        s.ids().put("serviceName", "own-service-" + tag + "-kq");
        String slotEnd = java.time.LocalTime.parse(slotStart).plusMinutes(30).toString();
        expect(server.as(admin, "PUT", "/api/v1/booking/slots/A", List.of(Map.of("weekday", 3, "start", slotStart,
                "end", slotEnd, "capacity", 3))), 200);
        s.ids().put("slot", "\"start\":\"" + slotStart + "\"");
        String booking = expect(server.send("POST", "/api/v1/public/bookings?centre=" + s.centre(), Map.of(
                "serviceCode", "A", "day", "2026-11-25", "start", slotStart, "email", "dat.lich." + tag
                + "@example.vn"), Map.of(), null), 201).json().get("code").asText();
        s.ids().put("booking", booking);
        String kiosk = s.principals().get("kiosk").get("Authorization").substring("Bearer ".length());
        expect(server.kiosk(kiosk, "POST", "/api/v1/kiosk/heartbeat", heartbeat(!paperOut)), 204);
        JsonNode ticket = expect(server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey",
                "matrix-" + tag + "-1", "serviceCode", "A")), 201).json();
        s.ids().put("ticket", ticket.get("id").asText());
        s.ids().put("follow", ticket.get("followUrl").asText().substring((base + "/t/").length()));
        TestServer.Reply watch = server.send("POST", "/api/v1/mobile/tickets/" + s.id("follow") + "/notify",
                Map.of("channel", "email", "address", "cong.dan." + tag + "@example.vn"), null, null);
        assertThat(watch.status()).as(watch.body()).isBetween(200, 204);
        s.ids().put("dossier", expect(server.kiosk(kiosk, "POST", "/api/v1/dossiers",
                vn.onestop.server.Filings.dossier("matrix-" + tag + "-dossier")), 201).json().get("dossier")
                .get("code").asText());
        s.ids().put("alert", expect(server.kiosk(kiosk, "POST", "/api/v1/kiosk/help", Map.of("screen", "info")),
                201).json().get("id").asText());
        TestServer.StaffClient clerk = client(s.principals().get("counter_staff"));
        expect(server.as(clerk, "POST", "/api/v1/counters/" + s.id("counter") + "/open", null), 204);
        expect(server.as(clerk, "POST", "/api/v1/counters/" + s.id("counter") + "/next", null), 200);
        expect(server.as(clerk, "POST", "/api/v1/counters/" + s.id("counter") + "/tickets/" + s.id("ticket")
                + "/serve", null), 200);
        expect(server.as(clerk, "POST", "/api/v1/counters/" + s.id("counter") + "/rating", Map.of("score", score)),
                204);
        Wait.until(() -> !server.app.notifications().rows("booking:" + booking).isEmpty()
                && server.app.notifications().rows("ticket:" + s.id("ticket") + ":").size() >= 2,
                Duration.ofSeconds(20), "centre " + s.centre() + "'s booking and ticket notifications queued");
        s.ids().put("notification", server.app.notifications().rows("booking:" + booking).get(0).id());
        s.ids().put("ticketNotification", server.app.notifications().rows("ticket:" + s.id("ticket") + ":").get(0)
                .id());
    }

    static TestServer.StaffClient client(Map<String, String> headers) {
        return new TestServer.StaffClient(headers.get("Cookie"), headers.get("X-CSRF-Token"));
    }

    static TestServer.Reply expect(TestServer.Reply r, int status) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        return r;
    }

    static Map<String, Object> heartbeat(boolean paper) {
        return Map.of("printer", Map.of("online", true, "paperLow", !paper, "paperOut", !paper, "coverOpen", false,
                "cutterError", false, "statusBits", 0), "scannerOk", true, "freeDiskBytes", 5_000_000_000L,
                "appVersion", "0.1.0", "outboxPending", 0);
    }
}
