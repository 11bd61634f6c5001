package vn.onestop.server.help;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.TwoCentres;
import vn.onestop.server.staff.Role;

/**
 * Two centres on one server (issue 21): a kiosk's call for help belongs to its centre. Only that centre's staff
 * list and answer it (another centre's call is the same 404 as an unknown id), and every event about it names that
 * centre, so the live streams (filtered by centreId) show it to that centre's staff only.
 */
class HelpAlertCentresTest extends ServerSuite {
    @Test
    void aCallForHelpReachesOnlyItsOwnCentre() throws Exception {
        TwoCentres centres = new TwoCentres(server);
        String kioskX = server.enrolKiosk("Ki-ốt trung tâm tỉnh");
        String kioskY = centres.enrolKioskAtY("Ki-ốt phường Y");
        TestServer.StaffClient staffX = server.staff("lan", Role.COUNTER_STAFF);
        TestServer.StaffClient staffY = centres.staffAtY("hoa", Role.COUNTER_STAFF);
        try (TwoCentres.Stream streamY = new TwoCentres.Stream(server, staffY)) {
            String alertX = server.kiosk(kioskX, "POST", "/api/v1/kiosk/help", Map.of("screen", "info")).json()
                    .get("id").asText();
            String alertY = server.kiosk(kioskY, "POST", "/api/v1/kiosk/help", Map.of("screen", "filing-review"))
                    .json().get("id").asText();

            // X's call was raised first: Y's stream carries only Y's (staff streams are per centre).
            JsonNode fromY = streamY.next("help.raised", 1).get(0);
            assertThat(fromY.path("id").asText()).as("X's call never reaches Y's stream").isEqualTo(alertY);
            assertThat(fromY.path("centreId").asText()).isEqualTo(TwoCentres.Y);

            JsonNode openY = server.as(staffY, "GET", "/api/v1/help-alerts", null).json();
            assertThat(openY).hasSize(1);
            assertThat(openY.get(0).get("id").asText()).isEqualTo(alertY);
            JsonNode openX = server.as(staffX, "GET", "/api/v1/help-alerts", null).json();
            assertThat(openX).hasSize(1);
            assertThat(openX.get(0).get("id").asText()).isEqualTo(alertX);

            TestServer.Reply foreign = server.as(staffY, "POST", "/api/v1/help-alerts/" + alertX + "/acknowledge",
                    Map.of());
            assertThat(foreign.status()).as("Y's staff cannot answer X's call").isEqualTo(404);
            assertThat(server.as(staffX, "GET", "/api/v1/help-alerts", null).json()).as("X's call stays open")
                    .hasSize(1);

            TestServer.Reply answered = server.as(staffY, "POST", "/api/v1/help-alerts/" + alertY + "/acknowledge",
                    Map.of());
            assertThat(answered.status()).as(answered.body()).isEqualTo(200);
            JsonNode acknowledged = streamY.next("help.acknowledged", 1).get(0);
            assertThat(acknowledged.path("id").asText()).isEqualTo(alertY);
            assertThat(acknowledged.path("centreId").asText()).isEqualTo(TwoCentres.Y);
        }
    }
}
