package vn.onestop.server.help;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.Role;

/** A kiosk calls for help; counter staff see the call with the kiosk's name and screen and answer it once. */
class HelpAlertsApiTest extends ServerSuite {
    @Test
    void raisedOnceListedWithKioskNameAndAnsweredOnceAudited() throws Exception {
        String token = server.enrolKiosk("Ki-ốt sảnh A");
        TestServer.Reply raised = server.kiosk(token, "POST", "/api/v1/kiosk/help", Map.of("screen", "info"));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        assertThat(raised.json().get("kioskName").asText()).isEqualTo("Ki-ốt sảnh A");
        assertThat(raised.json().get("repeated").asBoolean()).isFalse();
        String id = raised.json().get("id").asText();

        TestServer.Reply again = server.kiosk(token, "POST", "/api/v1/kiosk/help", Map.of("screen", "done"));
        assertThat(again.json().get("id").asText()).as("a second press joins the open call").isEqualTo(id);
        assertThat(again.json().get("repeated").asBoolean()).isTrue();

        TestServer.StaffClient counter = server.staff("lan", Role.COUNTER_STAFF);
        JsonNode open = server.as(counter, "GET", "/api/v1/help-alerts", null).json();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("screen").asText()).isEqualTo("info");
        assertThat(open.get(0).get("raisedAt").asText()).isNotBlank();

        TestServer.Reply ack = server.as(counter, "POST", "/api/v1/help-alerts/" + id + "/acknowledge", Map.of());
        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        assertThat(ack.json().get("acknowledgedBy").asText()).isEqualTo("lan");
        assertThat(server.as(counter, "GET", "/api/v1/help-alerts", null).json()).isEmpty();
        TestServer.Reply twice = server.as(server.staff("minh", Role.SUPERVISOR), "POST",
                "/api/v1/help-alerts/" + id + "/acknowledge", Map.of());
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body()).contains("lan");
        long audited = server.db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM audit_log WHERE action = "
                + "'help.acknowledge' AND actor = 'lan'"));
        assertThat(audited).isEqualTo(1);

        TestServer.Reply next = server.kiosk(token, "POST", "/api/v1/kiosk/help", Map.of("screen", "identify"));
        assertThat(next.json().get("id").asText()).as("after the answer a new press is a new call").isNotEqualTo(id);
    }

    @Test
    void badScreenRefusedAndOnlyCounterRolesSeeCalls() throws Exception {
        String token = server.enrolKiosk("k");
        TestServer.Reply bad = server.kiosk(token, "POST", "/api/v1/kiosk/help", Map.of("screen", "Nguyễn Văn An"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("screen");
        assertThat(server.as(server.staff("tech", Role.TECHNICIAN), "GET", "/api/v1/help-alerts", null).status())
                .isEqualTo(403);
        assertThat(server.send("POST", "/api/v1/kiosk/help", Map.of("screen", "info"), Map.of(), null).status())
                .isEqualTo(401);
    }
}
