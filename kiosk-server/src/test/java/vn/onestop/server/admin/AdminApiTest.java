package vn.onestop.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ProvinceClient;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.SseRecorder;
import vn.onestop.server.TestServer;
import vn.onestop.server.TestServer.StaffClient;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.Wait;

/**
 * Issue 21, live administration over HTTP (SQLite, and PostgreSQL in the suite's second pass): centres and accounts
 * with roles per centre, each change validated, audited with before and after, and confined to the admin's scope.
 */
class AdminApiTest extends ServerSuite {
    StaffClient province;

    @BeforeEach
    void provinceAdmin() throws Exception {
        server.app.staff().create("test", null, "boss", "Province Boss", Role.ADMIN, TestServer.PASSWORD.toCharArray(),
                "*");
        province = server.login("boss", TestServer.PASSWORD);
    }

    static Map<String, Object> centre(String id, String name) {
        return Map.of("id", id, "nameVi", "Trung tâm " + name, "nameEn", name + " centre", "kind", "commune",
                "agencyCode", "000.00.01.H" + id.length(), "address", "1 Đường Lê Lợi", "openingHours",
                "T2-T6 7:30-17:00");
    }

    /** A centre made by the province admin, and an admin of it (logged in). */
    StaffClient centreWithAdmin(String id, String admin) throws Exception {
        assertThat(server.as(province, "POST", "/api/v1/admin/centres", centre(id, id)).status()).isEqualTo(201);
        TestServer.Reply made = server.as(province, "POST", "/api/v1/admin/staff", Map.of("username", admin,
                "displayName", "Admin " + id, "role", "admin", "password", TestServer.PASSWORD, "centre", id));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return server.login(admin, TestServer.PASSWORD);
    }

    @Test
    void aProvinceAdminCreatesACentreAndEveryMistakeIsAClear400Or409() throws Exception {
        TestServer.Reply made = server.as(province, "POST", "/api/v1/admin/centres", centre("xa-an-binh", "An Bình"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.json().get("kind").asText()).isEqualTo("commune");
        assertThat(made.json().get("timeZone").asText()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(server.app.centres().require("xa-an-binh").nameVi()).isEqualTo("Trung tâm An Bình");

        assertThat(server.as(province, "POST", "/api/v1/admin/centres", centre("xa-an-binh", "Again")).body())
                .contains("exists already");
        TestServer.Reply badId = server.as(province, "POST", "/api/v1/admin/centres", centre("Xã An", "Bad"));
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.body()).contains("id must be");
        Map<String, Object> noAgency = new java.util.HashMap<>(centre("xa-b", "B"));
        noAgency.remove("agencyCode");
        assertThat(server.as(province, "POST", "/api/v1/admin/centres", noAgency).body()).contains("agencyCode is "
                + "required");
        Map<String, Object> badZone = new java.util.HashMap<>(centre("xa-c", "C"));
        badZone.put("timeZone", "Mars/Olympus");
        TestServer.Reply zone = server.as(province, "POST", "/api/v1/admin/centres", badZone);
        assertThat(zone.status()).isEqualTo(400);
        assertThat(zone.body()).contains("timeZone must be");
        Map<String, Object> badKind = new java.util.HashMap<>(centre("xa-d", "D"));
        badKind.put("kind", "castle");
        assertThat(server.as(province, "POST", "/api/v1/admin/centres", badKind).body()).contains("kind must be");
        assertThat(server.app.centres().all()).extracting(c -> c.id()).containsExactly("main", "xa-an-binh");
        TestServer.Reply main = server.as(province, "POST", "/api/v1/admin/centres/main/disable", null);
        assertThat(main.status()).isEqualTo(409);
    }

    @Test
    void aCentreEditIsAuditedWithBeforeAndAfterAndPublishedAtOnce() throws Exception {
        StaffClient local = centreWithAdmin("xa-1", "local-admin");
        // The province admin watches every centre's events (the stream carries only the acting centre's otherwise).
        try (SseRecorder events = new SseRecorder(server.http, server.base() + "/api/v1/events?centre=*", null,
                new ProvinceClient.Session(province.cookie(), province.csrf()))) {
            TestServer.Reply edit = server.as(local, "PUT", "/api/v1/admin/centres/xa-1", Map.of("nameVi",
                    "Trung tâm Xã Một", "openingHours", "T2-T7 7:00-11:30"));
            assertThat(edit.status()).as(edit.body()).isEqualTo(200);
            Wait.until(() -> events.events.stream().anyMatch(e -> e.endsWith(" centre.settings.changed")),
                    Duration.ofSeconds(10), "the centre.settings.changed event");
        }
        assertThat(server.app.centres().require("xa-1").openingHours()).isEqualTo("T2-T7 7:00-11:30");

        JsonNode entry = first(server.as(local, "GET", "/api/v1/admin/audit", null).json(), "centre.update");
        assertThat(entry.get("actor").asText()).isEqualTo("local-admin");
        assertThat(entry.get("centreId").asText()).isEqualTo("xa-1");
        assertThat(entry.get("before").asText()).contains("\"nameVi\":\"Trung tâm xa-1\"")
                .contains("T2-T6 7:30-17:00");
        assertThat(entry.get("after").asText()).contains("\"nameVi\":\"Trung tâm Xã Một\"")
                .contains("T2-T7 7:00-11:30");
        // A centre admin's audit log holds their centre's entries only.
        assertThat(server.as(local, "GET", "/api/v1/admin/audit", null).json().findValuesAsText("centreId"))
                .containsOnly("xa-1");
    }

    @Test
    void aCentreAdminIsConfinedToTheirOwnCentre() throws Exception {
        StaffClient local = centreWithAdmin("xa-1", "local-admin");
        server.as(province, "POST", "/api/v1/admin/centres", centre("xa-2", "Hai"));
        server.staff("main-clerk", Role.COUNTER_STAFF);

        TestServer.Reply agency = server.as(local, "PUT", "/api/v1/admin/centres/xa-1", Map.of("agencyCode", "X.1"));
        assertThat(agency.status()).isEqualTo(403);
        assertThat(agency.body()).contains("names, address and opening hours only");
        assertThat(server.as(local, "PUT", "/api/v1/admin/centres/xa-2", Map.of("nameVi", "Mine")).status())
                .isEqualTo(403);
        assertThat(server.as(local, "POST", "/api/v1/admin/centres", centre("xa-3", "Ba")).status()).isEqualTo(403);
        assertThat(server.as(local, "GET", "/api/v1/admin/counters?centre=main", null).status()).isEqualTo(403);
        assertThat(server.as(local, "GET", "/api/v1/admin/centres", null).json().findValuesAsText("id"))
                .containsExactly("xa-1");

        // Accounts: only their centre's, never another centre or province-wide.
        assertThat(server.as(local, "POST", "/api/v1/admin/staff/main-clerk/disable", null).status()).isEqualTo(403);
        assertThat(server.as(local, "PUT", "/api/v1/admin/staff/main-clerk/grants", Map.of("grants",
                Map.of("xa-1", "counter_staff"))).status()).isEqualTo(403);
        assertThat(server.as(local, "POST", "/api/v1/admin/staff", Map.of("username", "sneaky", "displayName",
                "S", "role", "admin", "password", TestServer.PASSWORD, "centre", "*")).status()).isEqualTo(403);
        assertThat(server.as(local, "POST", "/api/v1/admin/staff", Map.of("username", "sneaky", "displayName",
                "S", "role", "counter_staff", "password", TestServer.PASSWORD, "centre", "xa-2")).status())
                .isEqualTo(403);
        TestServer.Reply clerk = server.as(local, "POST", "/api/v1/admin/staff", Map.of("username", "xa1-clerk",
                "displayName", "Clerk One", "role", "counter_staff", "password", TestServer.PASSWORD));
        assertThat(clerk.status()).as(clerk.body()).isEqualTo(201);
        assertThat(clerk.json().get("centre").asText()).isEqualTo("xa-1");
        TestServer.Reply promote = server.as(local, "PUT", "/api/v1/admin/staff/xa1-clerk/grants", Map.of("grants",
                Map.of("xa-1", "supervisor", "xa-2", "supervisor")));
        assertThat(promote.status()).isEqualTo(403);
        assertThat(promote.body()).contains("own centre ('xa-1') only");
        assertThat(server.as(local, "PUT", "/api/v1/admin/staff/xa1-clerk/grants", Map.of("grants",
                Map.of("xa-1", "supervisor"))).status()).isEqualTo(204);
        assertThat(server.as(local, "GET", "/api/v1/admin/staff", null).json().findValuesAsText("username"))
                .containsExactlyInAnyOrder("local-admin", "xa1-clerk");

        // The province admin may give the clerk a second centre; then the centre admin no longer manages it.
        assertThat(server.as(province, "PUT", "/api/v1/admin/staff/xa1-clerk/grants", Map.of("grants",
                Map.of("xa-1", "supervisor", "xa-2", "counter_staff"))).status()).isEqualTo(204);
        assertThat(server.as(local, "POST", "/api/v1/admin/staff/xa1-clerk/end-sessions", null).status())
                .isEqualTo(403);
        StaffClient clerkSession = server.login("xa1-clerk", TestServer.PASSWORD);
        JsonNode me = server.as(clerkSession, "GET", "/api/v1/auth/me?centre=xa-2", null).json();
        assertThat(me.get("centreId").asText()).isEqualTo("xa-2");
        assertThat(me.get("role").asText()).isEqualTo("COUNTER_STAFF");
        assertThat(me.get("grants").get("xa-1").asText()).isEqualTo("SUPERVISOR");
        assertThat(me.get("centres").findValuesAsText("id")).containsExactly("xa-1", "xa-2");
        assertThat(server.as(clerkSession, "GET", "/api/v1/auth/me?centre=main", null).status()).isEqualTo(403);
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionAtOnceAndIsAudited() throws Exception {
        StaffClient local = centreWithAdmin("xa-1", "local-admin");
        server.as(local, "POST", "/api/v1/admin/staff", Map.of("username", "xa1-clerk", "displayName", "Clerk One",
                "role", "counter_staff", "password", TestServer.PASSWORD));
        StaffClient clerk = server.login("xa1-clerk", TestServer.PASSWORD);
        assertThat(server.as(clerk, "GET", "/api/v1/auth/me", null).json().get("centreId").asText())
                .isEqualTo("xa-1");

        TestServer.Reply disabled = server.as(local, "POST", "/api/v1/admin/staff/xa1-clerk/disable", null);
        assertThat(disabled.json().get("sessionsEnded").asInt()).isEqualTo(1);
        assertThat(server.as(clerk, "GET", "/api/v1/auth/me", null).status()).isEqualTo(401);
        assertThat(server.send("POST", "/api/v1/auth/login", Map.of("username", "xa1-clerk", "password",
                TestServer.PASSWORD), null, null).status()).isEqualTo(401);

        JsonNode entry = first(server.as(province, "GET", "/api/v1/admin/audit", null).json(), "staff.disable");
        assertThat(entry.get("actor").asText()).isEqualTo("local-admin");
        assertThat(entry.get("centreId").asText()).isEqualTo("xa-1");
        assertThat(entry.get("before").asText()).contains("\"disabled\":false").contains("\"xa-1\":\"counter_staff\"");
        assertThat(entry.get("after").asText()).contains("\"disabled\":true").contains("sessions ended: 1");

        assertThat(server.as(local, "POST", "/api/v1/admin/staff/xa1-clerk/enable", null).status()).isEqualTo(204);
        assertThat(server.login("xa1-clerk", TestServer.PASSWORD)).isNotNull();
    }

    @Test
    void theLastProvinceOrMainAdminCannotBeDisabledNorLoseTheRole() throws Exception {
        StaffClient local = centreWithAdmin("xa-1", "local-admin");
        TestServer.Reply self = server.as(province, "PUT", "/api/v1/admin/staff/boss/grants", Map.of("grants",
                Map.of("xa-1", "admin")));
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.body()).contains("last enabled admin");
        assertThat(server.as(province, "POST", "/api/v1/admin/staff/boss/role", Map.of("role", "supervisor"))
                .status()).isEqualTo(409);
        // A second province admin: now the first may step down to one centre.
        assertThat(server.as(province, "PUT", "/api/v1/admin/staff/local-admin/grants", Map.of("grants",
                Map.of("*", "admin"))).status()).isEqualTo(204);
        assertThat(server.as(local, "POST", "/api/v1/admin/staff/boss/disable", null).status()).isEqualTo(200);
        TestServer.Reply last = server.as(local, "PUT", "/api/v1/admin/staff/local-admin/grants", Map.of("grants",
                Map.of("xa-1", "admin")));
        assertThat(last.status()).isEqualTo(409);
        TestServer.Reply bad = server.as(local, "PUT", "/api/v1/admin/staff/local-admin/grants", Map.of("grants",
                Map.of("nowhere", "admin")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("No centre 'nowhere'");
        assertThat(server.as(local, "PUT", "/api/v1/admin/staff/local-admin/grants", Map.of("grants",
                Map.of("*", "wizard"))).body()).contains("role must be");
    }

    private static JsonNode first(JsonNode audit, String action) {
        for (JsonNode e : audit) {
            if (e.get("action").asText().equals(action)) {
                return e;
            }
        }
        throw new AssertionError("no " + action + " in " + audit);
    }

    static List<String> ids(JsonNode list) {
        return list.findValuesAsText("id");
    }
}
