package vn.onestop.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.TestServer.StaffClient;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.Role;

/**
 * Issue 21: a centre's counters, services and priority classes changed over HTTP (SQLite, and PostgreSQL in the
 * suite's second pass). These tables are the queue branch's (service per centre, counter.open_hours/disabled_at,
 * priority_class); the tests run once that schema is in the database.
 */
class AdminQueueTablesTest extends ServerSuite {
    StaffClient province;

    @BeforeEach
    void provinceAdmin() throws Exception {
        Assumptions.assumeTrue(queueSchema(), "needs the queue branch's per-centre service, counter.open_hours and "
                + "priority_class tables (issue 21, merged by the lead)");
        server.app.staff().create("test", null, "boss", "Province Boss", Role.ADMIN, TestServer.PASSWORD.toCharArray(),
                "*");
        province = server.login("boss", TestServer.PASSWORD);
    }

    private boolean queueSchema() {
        return server.db.read(c -> {
            try {
                Rows.count(c, "SELECT COUNT(*) FROM counter WHERE open_hours IS NULL AND disabled_at IS NULL");
                Rows.count(c, "SELECT COUNT(*) FROM service WHERE centre_id = 'main' AND interleave IS NULL");
                Rows.count(c, "SELECT COUNT(*) FROM priority_class WHERE centre_id = 'main'");
                return true;
            } catch (SQLException e) {
                return false;
            }
        });
    }

    private StaffClient centreWithAdmin(String id, String admin) throws Exception {
        assertThat(server.as(province, "POST", "/api/v1/admin/centres", AdminApiTest.centre(id, id)).status())
                .isEqualTo(201);
        assertThat(server.as(province, "POST", "/api/v1/admin/staff", Map.of("username", admin, "displayName",
                "Admin", "role", "admin", "password", TestServer.PASSWORD, "centre", id)).status()).isEqualTo(201);
        return server.login(admin, TestServer.PASSWORD);
    }

    private static Map<String, Object> service(String code, String name) {
        return Map.of("code", code, "nameVi", "Dịch vụ " + name, "nameEn", name + " service");
    }

    @Test
    void aCounterNeedsAServiceOfItsCentreAndGetsAnIdTheServerChooses() throws Exception {
        TestServer.Reply none = server.as(province, "POST", "/api/v1/admin/counters", Map.of("name", "Quầy trống",
                "services", List.of()));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("at least one service");
        assertThat(server.as(province, "POST", "/api/v1/admin/counters", Map.of("name", "Q", "services",
                List.of("Z"))).body()).contains("no service 'Z'");
        assertThat(server.as(province, "POST", "/api/v1/admin/counters", Map.of("name", "Q", "services",
                List.of("A"), "openHours", "9h-5h")).body()).contains("openHours must be");

        TestServer.Reply main = server.as(province, "POST", "/api/v1/admin/counters", Map.of("name", "Quầy 6",
                "services", List.of("A", "B"), "openHours", "07:30-11:30, 13:30-17:00"));
        assertThat(main.status()).as(main.body()).isEqualTo(201);
        assertThat(main.json().get("id").asText()).isEqualTo("6");
        assertThat(server.app.centres().ofCounter("6")).isEqualTo("main");

        centreWithAdmin("xa-1", "local-admin");
        // A new centre starts with the configured services and priority classes (CentreSetup), and no counters.
        assertThat(server.as(province, "GET", "/api/v1/admin/services?centre=xa-1", null).json()
                .findValuesAsText("code")).contains("A");
        TestServer.Reply there = server.as(province, "POST", "/api/v1/admin/counters?centre=xa-1", Map.of("name",
                "Quầy 1", "services", List.of("A")));
        assertThat(there.status()).as(there.body()).isEqualTo(201);
        assertThat(there.json().get("id").asText()).isEqualTo("xa-1-1");
        assertThat(server.as(province, "GET", "/api/v1/admin/counters?centre=xa-1", null).json()
                .findValuesAsText("id")).containsExactly("xa-1-1");
    }

    @Test
    void aCentreAdminGets403ForAnotherCentresCounterAndEveryChangeIsAudited() throws Exception {
        StaffClient local = centreWithAdmin("xa-1", "local-admin");
        TestServer.Reply other = server.as(local, "PUT", "/api/v1/admin/counters/1", Map.of("name", "Mine now"));
        // Another centre's counter is the same 404 as an unknown one (issue 21).
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.body()).contains("No counter '1'");
        assertThat(server.as(local, "POST", "/api/v1/admin/counters/1/disable", null).status()).isEqualTo(404);
        assertThat(server.as(local, "PUT", "/api/v1/admin/counters/1?centre=main", Map.of("name", "x")).status())
                .isEqualTo(403);

        TestServer.Reply edit = server.as(province, "PUT", "/api/v1/admin/counters/1", Map.of("services",
                List.of("A", "B")));
        assertThat(edit.status()).as(edit.body()).isEqualTo(200);
        // The change's entry: the test clock stands still, so entries of one instant come in any order (PostgreSQL),
        // and the personal-data retention job may write its own meanwhile.
        JsonNode entry = null;
        for (JsonNode e : server.as(province, "GET", "/api/v1/admin/audit", null).json()) {
            if (entry == null && e.get("action").asText().equals("counter.update")) {
                entry = e;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("action").asText()).isEqualTo("counter.update");
        assertThat(entry.get("centreId").asText()).isEqualTo("main");
        assertThat(entry.get("before").asText()).contains("\"id\":\"1\"");
        assertThat(entry.get("after").asText()).contains("\"services\":[\"A\",\"B\"]");
    }

    @Test
    void aPrefixIsUsedOnceInACentreAndAServiceWithWaitingTicketsStays() throws Exception {
        TestServer.Reply twice = server.as(province, "POST", "/api/v1/admin/services", service("A", "Again"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("prefix A is already used");
        assertThat(server.as(province, "POST", "/api/v1/admin/services", service("a", "Lower")).status())
                .isEqualTo(400);
        assertThat(server.as(province, "POST", "/api/v1/admin/services", Map.of("code", "Q", "nameVi", "Q",
                "nameEn", "Q", "interleave", 0)).body()).contains("interleave must be");

        String kiosk = server.enrolKiosk("hall");
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "admin-test-1",
                "serviceCode", "A", "priorityClass", "elderly")).status()).as("the ticket of A").isEqualTo(201);
        TestServer.Reply busy = server.as(province, "DELETE", "/api/v1/admin/services/A", null);
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.body()).contains("still has 1 ticket");
        TestServer.Reply classBusy = server.as(province, "DELETE", "/api/v1/admin/priority-classes/elderly", null);
        assertThat(classBusy.status()).isEqualTo(409);

        assertThat(server.as(province, "POST", "/api/v1/admin/services", service("X", "Mới")).status())
                .isEqualTo(201);
        assertThat(server.as(province, "DELETE", "/api/v1/admin/services/X", null).status()).isEqualTo(204);
        assertThat(server.as(province, "GET", "/api/v1/admin/services", null).json().findValuesAsText("code"))
                .contains("A").doesNotContain("X");
    }

    @Test
    void priorityClassesAreValidated() throws Exception {
        Map<String, Object> veteran = Map.of("code", "veteran", "nameVi", "Người có công", "nameEn", "Veterans",
                "rank", 5);
        assertThat(server.as(province, "POST", "/api/v1/admin/priority-classes", veteran).status()).isEqualTo(201);
        assertThat(server.as(province, "POST", "/api/v1/admin/priority-classes", veteran).status()).isEqualTo(409);
        assertThat(server.as(province, "PUT", "/api/v1/admin/priority-classes/veteran", Map.of("rank", 100)).body())
                .contains("rank is required: 0-99");
        assertThat(server.as(province, "PUT", "/api/v1/admin/priority-classes/veteran", Map.of("rank", 7)).json()
                .get("rank").asInt()).isEqualTo(7);
        assertThat(server.as(province, "DELETE", "/api/v1/admin/priority-classes/veteran", null).status())
                .isEqualTo(204);
    }
}
