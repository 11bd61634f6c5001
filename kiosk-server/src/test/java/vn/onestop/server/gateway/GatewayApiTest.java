package vn.onestop.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;

/** The gateway's routes on the real server: enrolment, per-counter tokens, keypad keys for the official, reports. */
class GatewayApiTest extends ServerSuite {
    private Map<String, String> tokens;
    private TestServer.StaffClient tech;

    @BeforeEach
    void enrol() throws Exception {
        tech = server.staff("tech", Role.TECHNICIAN);
        TestServer.Reply code = server.as(tech, "POST", "/api/v1/technician/gateway-codes",
                Map.of("counters", List.of("2", "3")));
        assertThat(code.status()).as(code.body()).isEqualTo(201);
        TestServer.Reply enrolled = server.send("POST", "/api/v1/gateway/enrol", Map.of("enrolmentCode",
                code.json().get("enrolmentCode").asText(), "gatewayName", "Hall bus"), null, null);
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        tokens = Map.of("2", enrolled.json().get("tokens").get("2").asText(),
                "3", enrolled.json().get("tokens").get("3").asText());
        TestServer.Reply again = server.send("POST", "/api/v1/gateway/enrol", Map.of("enrolmentCode",
                code.json().get("enrolmentCode").asText(), "gatewayName", "Hall bus"), null, null);
        assertThat(again.status()).as("a code works once").isEqualTo(403);
    }

    private TestServer.Reply gateway(String counterOfToken, String method, String path, Object body) throws Exception {
        return server.kiosk(tokens.get(counterOfToken), method, path, body);
    }

    private String issue(String service) throws Exception {
        String kiosk = server.enrolKiosk("k-" + service + System.nanoTime());
        return server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "key-" + System.nanoTime(),
                "serviceCode", service)).json().get("displayNumber").asText();
    }

    @Test
    void keypadCallsNextForTheOfficialAtTheCounterAndIsAudited() throws Exception {
        String number = issue("A");
        TestServer.StaffClient clerk = server.staff("clerk2", Role.COUNTER_STAFF);
        assertThat(server.as(clerk, "POST", "/api/v1/counters/2/open", null).status()).isEqualTo(204);

        TestServer.Reply next = gateway("2", "POST", "/api/v1/gateway/counters/2/keypad/next", null);
        assertThat(next.status()).as(next.body()).isEqualTo(200);
        assertThat(next.json().get("official").asText()).isEqualTo("clerk2");
        assertThat(next.json().get("number").asText()).isEqualTo(number);
        assertThat(gateway("2", "GET", "/api/v1/gateway/counters/2/state", null).json().get("number").asText())
                .isEqualTo(number);
        TestServer.StaffClient admin = server.staff("admin", Role.ADMIN);
        assertThat(server.as(admin, "GET", "/api/v1/admin/audit", null).body())
                .contains("keypad at counter 2 for user clerk2").contains("keypad.next");

        assertThat(gateway("2", "POST", "/api/v1/gateway/counters/2/keypad/recall", null).status()).isEqualTo(200);
        assertThat(gateway("2", "POST", "/api/v1/gateway/counters/2/keypad/dance", null).status()).isEqualTo(400);
    }

    @Test
    void aTokenForCounterTwoNeverActsForCounterThree() throws Exception {
        issue("B");
        TestServer.StaffClient clerk = server.staff("clerk3", Role.COUNTER_STAFF);
        server.as(clerk, "POST", "/api/v1/counters/3/open", null);
        TestServer.Reply r = gateway("2", "POST", "/api/v1/gateway/counters/3/keypad/next", null);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).contains("for counter 2, not counter 3");
        assertThat(gateway("2", "GET", "/api/v1/gateway/counters/3/events", null).status()).isEqualTo(403);
        assertThat(server.as(clerk, "GET", "/api/v1/supervisor/counters", null).body()).doesNotContain("B001");
        assertThat(server.send("POST", "/api/v1/gateway/counters/2/keypad/next", null,
                Map.of("Authorization", "Bearer not-a-token"), null).status()).isEqualTo(401);
    }

    @Test
    void nobodyAtTheCounterIsRefusedAndNothingIsCalled() throws Exception {
        String number = issue("A");
        TestServer.Reply r = gateway("2", "POST", "/api/v1/gateway/counters/2/keypad/next", null);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.body()).contains("No official is logged in at counter 2");
        TestServer.StaffClient sup = server.staff("sup", Role.SUPERVISOR);
        assertThat(server.as(sup, "GET", "/api/v1/supervisor/queues", null).json().toString())
                .contains("\"waiting\":1");
        assertThat(number).isNotBlank();
    }

    @Test
    void displayReportsReachTheTechnicianAndTestPatternNeedsAGatewayDisplay() throws Exception {
        assertThat(gateway("3", "POST", "/api/v1/gateway/counters/3/status", Map.of("connected", false,
                "error", "Display bus on /dev/ttyUSB0: unplugged", "display", "bus /dev/ttyUSB0 address 3")).status())
                .isEqualTo(204);
        assertThat(gateway("3", "POST", "/api/v1/gateway/counters/3/status", Map.of("shown", "x")).status())
                .isEqualTo(400);
        String list = server.as(tech, "GET", "/api/v1/technician/displays", null).body();
        assertThat(list).contains("\"counterId\":\"3\"").contains("unplugged").contains("Hall bus")
                .contains("no report yet");
        assertThat(server.as(tech, "POST", "/api/v1/technician/displays/3/test-pattern", null).status())
                .isEqualTo(202);
        assertThat(server.as(tech, "POST", "/api/v1/technician/displays/1/test-pattern", null).status())
                .isEqualTo(404);
    }

    @Test
    void theStreamShowsOnlyItsOwnCountersEvents() {
        var show = GatewayApi.shown("2", new vn.onestop.server.events.EventBus.LiveEvent(5, "ticket.called",
                Map.of("counterId", "2", "number", "A001", "recall", true)));
        assertThat(show.type()).isEqualTo("display.show");
        assertThat(show.data()).containsEntry("number", "A001").containsEntry("recall", true);
        assertThat(GatewayApi.shown("3", new vn.onestop.server.events.EventBus.LiveEvent(5, "ticket.called",
                Map.of("counterId", "2", "number", "A001", "recall", false)))).isNull();
        assertThat(GatewayApi.shown("2", new vn.onestop.server.events.EventBus.LiveEvent(6, "counter.state",
                Map.of("counterId", "2", "open", false))).type()).isEqualTo("display.clear");
    }
}
