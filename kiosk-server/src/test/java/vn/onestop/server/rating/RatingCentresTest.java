package vn.onestop.server.rating;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.onestop.server.Filings;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.TwoCentres;
import vn.onestop.server.staff.Role;

/**
 * Two centres on one server (issue 21): a rating belongs to the centre of the dossier or ticket rated and counts in
 * that centre's reports only; a kiosk rates only its own centre's dossiers; enrolment codes for rating tablets and
 * device gateways are made only for counters of the centre the admin or technician acts in.
 */
class RatingCentresTest extends ServerSuite {
    @Test
    void aRatingAtYCountsInYsReportOnly() throws Exception {
        TwoCentres centres = new TwoCentres(server);
        String kioskX = server.enrolKiosk("Ki-ốt trung tâm tỉnh");
        String kioskY = centres.enrolKioskAtY("Ki-ốt phường Y");
        String dossierX = Filings.received(server, kioskX, Filings.dossier("x-key-0001"), "H41.21-261125-0001");
        String dossierY = server.kiosk(kioskY, "POST", "/api/v1/dossiers", Filings.dossier("y-key-0001")).json()
                .get("preparationCode").asText();
        TestServer.StaffClient clerkY = centres.staffAtY("hoa", Role.COUNTER_STAFF);
        assertThat(server.as(clerkY, "POST", "/api/v1/staff/prepared/" + dossierY + "/receive",
                Map.of("officialCode", "H41.99-261125-0001")).status()).isEqualTo(200);

        assertThat(server.kiosk(kioskX, "GET", "/api/v1/ratings/dossiers/" + dossierY, null).status())
                .as("X's kiosk does not know Y's dossier").isEqualTo(404);
        assertThat(server.kiosk(kioskX, "POST", "/api/v1/ratings", Map.of("dossierCode", dossierY, "score", 5))
                .status()).isEqualTo(404);
        assertThat(server.kiosk(kioskY, "GET", "/api/v1/ratings/dossiers/" + dossierY, null).json()
                .get("state").asText()).isEqualTo("RATABLE");
        assertThat(server.kiosk(kioskY, "POST", "/api/v1/ratings", Map.of("dossierCode", dossierY, "score", 1,
                "reasons", List.of("wait"))).status()).isEqualTo(204);
        assertThat(server.kiosk(kioskX, "POST", "/api/v1/ratings", Map.of("dossierCode", dossierX, "score", 5))
                .status()).isEqualTo(204);

        TestServer.StaffClient supervisorX = server.staff("minh", Role.SUPERVISOR);
        TestServer.StaffClient supervisorY = centres.staffAtY("thu", Role.SUPERVISOR);
        JsonNode centreX = server.as(supervisorX, "GET", "/api/v1/supervisor/ratings/today", null).json();
        JsonNode centreY = server.as(supervisorY, "GET", "/api/v1/supervisor/ratings/today", null).json();
        assertThat(centreX.get("ratings").asInt()).isEqualTo(1);
        assertThat(centreX.get("average").asDouble()).isEqualTo(5.0);
        assertThat(centreY.get("ratings").asInt()).as("Y's report counts Y's rating only").isEqualTo(1);
        assertThat(centreY.get("average").asDouble()).isEqualTo(1.0);
        JsonNode reportY = server.as(supervisorY, "GET", "/api/v1/supervisor/ratings/report?by=centre&from="
                + "2026-11-25&to=2026-11-25", null).json().get("groups");
        assertThat(reportY).hasSize(1);
        assertThat(reportY.get(0).get("name").asText()).isEqualTo(TwoCentres.Y_NAME);
        JsonNode officialsY = server.as(supervisorY, "GET", "/api/v1/supervisor/ratings/officials?from=2026-11-25",
                null).json().get("officials");
        assertThat(officialsY).hasSize(1);
        assertThat(officialsY.get(0).get("official").asText()).isEqualTo("hoa");
        String csvX = server.as(supervisorX, "GET", "/api/v1/supervisor/ratings/officials.csv?from=2026-11-25",
                null).body();
        assertThat(csvX).contains("receiver").doesNotContain("hoa");
    }

    @Test
    void tabletAndGatewayCodesOnlyForTheActingCentresCounters() throws Exception {
        TwoCentres centres = new TwoCentres(server);
        TestServer.StaffClient adminX = server.staff("admin-x", Role.ADMIN);
        TestServer.StaffClient adminY = centres.staffAtY("admin-y", Role.ADMIN);
        TestServer.StaffClient techX = server.staff("tech-x", Role.TECHNICIAN);
        TestServer.StaffClient techY = centres.staffAtY("tech-y", Role.TECHNICIAN);
        String tablets = "/api/v1/admin/rating-devices/codes";
        assertThat(server.as(adminX, "POST", tablets, Map.of("counterId", TwoCentres.Y_COUNTER)).status())
                .as("another centre's counter is unknown").isEqualTo(404);
        assertThat(server.as(adminY, "POST", tablets, Map.of("counterId", "1")).status()).isEqualTo(404);
        TestServer.Reply tabletCode = server.as(adminY, "POST", tablets, Map.of("counterId", TwoCentres.Y_COUNTER));
        assertThat(tabletCode.status()).as(tabletCode.body()).isEqualTo(201);
        TestServer.Reply enrolled = server.send("POST", "/api/v1/rating-device/enrol", Map.of("code",
                tabletCode.json().get("code").asText(), "name", "Máy tính bảng quầy 1"), null, null);
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        String tabletId = enrolled.json().get("deviceId").asText();
        TestServer.Reply state = server.send("GET", "/api/v1/rating-device/state", null,
                Map.of("Authorization", "Bearer " + enrolled.json().get("token").asText()), null);
        assertThat(state.json().get("centreName").asText()).isEqualTo(TwoCentres.Y_NAME);
        assertThat(server.as(techX, "GET", "/api/v1/technician/rating-devices", null).json()).isEmpty();
        assertThat(server.as(techY, "GET", "/api/v1/technician/rating-devices", null).json()).hasSize(1);
        assertThat(server.as(techX, "POST", "/api/v1/technician/rating-devices/" + tabletId + "/revoke", Map.of())
                .status()).as("X's technician cannot revoke Y's tablet").isEqualTo(404);

        String gateways = "/api/v1/technician/gateway-codes";
        TestServer.Reply foreign = server.as(techX, "POST", gateways, Map.of("counters",
                List.of(TwoCentres.Y_COUNTER)));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body()).contains("No counter");
        TestServer.Reply own = server.as(techY, "POST", gateways, Map.of("counters", List.of(TwoCentres.Y_COUNTER)));
        assertThat(own.status()).as(own.body()).isEqualTo(201);
    }
}
