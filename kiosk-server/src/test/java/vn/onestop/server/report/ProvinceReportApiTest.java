package vn.onestop.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.Role;

/**
 * Reports per centre and across centres (issue 21): a centre's supervisor sees their centre's figures only; a
 * province supervisor sees every centre side by side ({@code ?centre=*}), in JSON and CSV with a centre column.
 */
class ProvinceReportApiTest extends ServerSuite {
    private static final String DAY = "from=2026-11-25&to=2026-11-25";
    TestServer.StaffClient mainBoss;

    @BeforeEach
    void twoCentresMorning() throws Exception {
        long now = server.clock.millis();
        server.db.write(c -> Rows.update(c, "INSERT INTO centre (id, name_vi, name_en, kind, agency_code, time_zone, "
                + "created_at, updated_at) VALUES ('xa-tan-phu', 'Xã Tân Phú', 'Tan Phu Commune', 'commune', "
                + "'H41.21.02', 'Asia/Ho_Chi_Minh', ?, ?)", now, now));
        String kiosk = server.enrolKiosk("Sảnh A");
        mainBoss = server.staff("boss", Role.SUPERVISOR);
        server.as(mainBoss, "POST", "/api/v1/counters/1/open", null);
        for (int i = 0; i < 3; i++) {
            server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "province-rep-" + i,
                    "serviceCode", "A"));
        }
        server.clock.advance(Duration.ofMinutes(6));
        server.as(mainBoss, "POST", "/api/v1/counters/1/next", null);
        // The commune's morning: one ticket of service B, written as the commune's row.
        String communeTicket = server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey",
                "province-rep-b1", "serviceCode", "B")).json().get("id").asText();
        server.db.write(c -> Rows.update(c, "UPDATE ticket SET centre_id = 'xa-tan-phu' WHERE id = ?",
                communeTicket));
    }

    private TestServer.StaffClient staffAt(String username, Role role, String centre) throws Exception {
        server.app.staff().create("test", username, "Test " + username, role, TestServer.PASSWORD.toCharArray());
        server.db.write(c -> Rows.update(c, "UPDATE staff_grant SET centre_id = ? WHERE username = ?", centre,
                username));
        return server.login(username, TestServer.PASSWORD);
    }

    @Test
    void aCentresSupervisorSeesOnlyTheirCentre() throws Exception {
        JsonNode own = server.as(mainBoss, "GET", "/api/v1/supervisor/report?" + DAY, null).json();
        assertThat(own.get("totals").get("issued").asInt()).isEqualTo(3);
        assertThat(own.get("services").findValuesAsText("key")).containsExactly("A");
        assertThat(server.as(mainBoss, "GET", "/api/v1/supervisor/report.csv?" + DAY, null).body())
                .startsWith("\uFEFFday,service,").contains("2026-11-25,A,3,").doesNotContain(",B,");
        assertThat(server.as(mainBoss, "GET", "/api/v1/supervisor/report?centre=*&" + DAY, null).status())
                .as("every centre is for province-wide roles").isEqualTo(403);
        assertThat(server.as(mainBoss, "GET", "/api/v1/supervisor/report?centre=xa-tan-phu&" + DAY, null).status())
                .isEqualTo(403);

        TestServer.StaffClient communeBoss = staffAt("communeboss", Role.SUPERVISOR, "xa-tan-phu");
        JsonNode commune = server.as(communeBoss, "GET", "/api/v1/supervisor/report?" + DAY, null).json();
        assertThat(commune.get("totals").get("issued").asInt()).isEqualTo(1);
        assertThat(commune.get("services").findValuesAsText("key")).containsExactly("B");
    }

    @Test
    void aProvinceSupervisorSeesEveryCentreSideBySideAndInCsv() throws Exception {
        TestServer.StaffClient province = staffAt("province", Role.SUPERVISOR, "*");
        TestServer.Reply r = server.as(province, "GET", "/api/v1/supervisor/report?centre=*&" + DAY, null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode all = r.json();
        assertThat(all.get("totals").get("issued").asInt()).isEqualTo(4);
        assertThat(all.get("centres").findValuesAsText("centreId")).containsExactly("main", "xa-tan-phu");
        assertThat(all.get("centres").get(0).get("report").get("totals").get("issued").asInt()).isEqualTo(3);
        assertThat(all.get("centres").get(0).get("report").get("totals").get("served").asInt()).isZero();
        assertThat(all.get("centres").get(1).get("nameVi").asText()).isEqualTo("Xã Tân Phú");
        assertThat(all.get("centres").get(1).get("report").get("totals").get("issued").asInt()).isEqualTo(1);

        TestServer.Reply csv = server.as(province, "GET", "/api/v1/supervisor/report.csv?centre=*&" + DAY, null);
        assertThat(csv.response().headers().firstValue("Content-Disposition").orElseThrow())
                .contains("report-all-centres-2026-11-25-2026-11-25.csv");
        assertThat(csv.body()).startsWith("\uFEFFcentre,day,service,issued,")
                .contains("\r\nmain,2026-11-25,A,3,").contains("\r\nxa-tan-phu,2026-11-25,B,1,");

        JsonNode one = server.as(province, "GET", "/api/v1/supervisor/report?centre=xa-tan-phu&" + DAY, null).json();
        assertThat(one.get("totals").get("issued").asInt()).as("drill into one centre").isEqualTo(1);
        assertThat(server.as(province, "POST", "/api/v1/counters/1/open?centre=*", null).status())
                .as("every centre at once is only for reading").isEqualTo(403);
    }
}
