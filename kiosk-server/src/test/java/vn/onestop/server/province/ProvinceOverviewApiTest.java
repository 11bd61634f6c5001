package vn.onestop.server.province;

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
 * {@code GET /api/v1/province/overview}: every centre side by side now (waiting, longest wait, open counters, kiosk
 * and printer health, calls for help), for province-wide roles only.
 */
class ProvinceOverviewApiTest extends ServerSuite {
    private static final String COMMUNE = "xa-tan-phu";
    TestServer.StaffClient mainBoss;
    String mainKiosk;
    String communeKiosk;

    @BeforeEach
    void aMorningInTwoCentres() throws Exception {
        long now = server.clock.millis();
        server.db.write(c -> {
            Rows.update(c, "INSERT INTO centre (id, name_vi, name_en, kind, agency_code, time_zone, created_at, "
                    + "updated_at) VALUES (?, 'Xã Tân Phú', 'Tan Phu Commune', 'commune', 'H41.21.02', "
                    + "'Asia/Ho_Chi_Minh', ?, ?)", COMMUNE, now, now);
            // The commune's services and priority classes, as a centre made on the admin page gets them.
            new vn.onestop.server.queue.CentreSetup(TestServer.config()).seedNewCentre(c, COMMUNE);
            return Rows.update(c, "INSERT INTO counter (id, name, services, is_open, priority_streak, centre_id) "
                    + "VALUES (?, 'Quầy 1', 'B', 1, 0, ?)", COMMUNE + "-1", COMMUNE);
        });
        mainKiosk = server.enrolKiosk("Sảnh A");
        communeKiosk = server.enrolKiosk("Xã Tân Phú - Sảnh");
        server.db.write(c -> Rows.update(c, "UPDATE kiosk SET centre_id = ? WHERE name = 'Xã Tân Phú - Sảnh'",
                COMMUNE));
        mainBoss = server.staff("boss", Role.SUPERVISOR);
        server.as(mainBoss, "POST", "/api/v1/counters/1/open", null);
        issue(mainKiosk, "overview-a1", "A");
        issue(mainKiosk, "overview-a2", "A");
        server.kiosk(mainKiosk, "POST", "/api/v1/kiosk/heartbeat", heartbeat(true));
        server.kiosk(communeKiosk, "POST", "/api/v1/kiosk/heartbeat", heartbeat(true));
        server.clock.advance(Duration.ofMinutes(5));
        String communeTicket = issue(communeKiosk, "overview-b1", "B");
        server.db.write(c -> Rows.update(c, "UPDATE ticket SET centre_id = ? WHERE id = ?", COMMUNE, communeTicket));
        server.kiosk(communeKiosk, "POST", "/api/v1/kiosk/help", Map.of("screen", "info"));
        server.clock.advance(Duration.ofMinutes(2));
        // The main hall's printer ran out of paper; the commune's kiosk has been silent for seven minutes.
        server.kiosk(mainKiosk, "POST", "/api/v1/kiosk/heartbeat", heartbeat(false));
    }

    private String issue(String kiosk, String key, String service) throws Exception {
        TestServer.Reply r = server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", key,
                "serviceCode", service));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    private static Map<String, Object> heartbeat(boolean paper) {
        return Map.of("printer", Map.of("online", true, "paperLow", !paper, "paperOut", !paper, "coverOpen", false,
                "cutterError", false, "statusBits", 0), "scannerOk", true, "freeDiskBytes", 5_000_000_000L,
                "appVersion", "0.1.0", "outboxPending", 0);
    }

    @Test
    void aProvinceSupervisorSeesEveryCentreNow() throws Exception {
        server.app.staff().create("test", "province", "Province", Role.SUPERVISOR, TestServer.PASSWORD.toCharArray());
        server.db.write(c -> Rows.update(c, "UPDATE staff_grant SET centre_id = '*' WHERE username = 'province'"));
        TestServer.StaffClient province = server.login("province", TestServer.PASSWORD);
        TestServer.Reply r = server.as(province, "GET", "/api/v1/province/overview", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode view = r.json();
        assertThat(view.get("centres").findValuesAsText("centreId")).containsExactly("main", COMMUNE);
        JsonNode main = view.get("centres").get(0);
        assertThat(main.get("waiting").asInt()).isEqualTo(2);
        assertThat(main.get("longestWaitMinutes").asDouble()).isEqualTo(7.0);
        assertThat(main.get("openCounters").asInt()).isEqualTo(1);
        assertThat(main.get("kiosks").asInt()).isEqualTo(1);
        assertThat(main.get("kiosksOffline").asInt()).isZero();
        assertThat(main.get("printerProblems").asInt()).isEqualTo(1);
        assertThat(main.get("openHelpAlerts").asInt()).isZero();
        JsonNode commune = view.get("centres").get(1);
        assertThat(commune.get("nameVi").asText()).isEqualTo("Xã Tân Phú");
        assertThat(commune.get("waiting").asInt()).isEqualTo(1);
        assertThat(commune.get("longestWaitMinutes").asDouble()).isEqualTo(2.0);
        assertThat(commune.get("openCounters").asInt()).isEqualTo(1);
        assertThat(commune.get("counters").asInt()).isEqualTo(1);
        assertThat(commune.get("kiosksOffline").asInt()).isEqualTo(1);
        assertThat(commune.get("printerProblems").asInt()).isZero();
        assertThat(commune.get("openHelpAlerts").asInt()).isEqualTo(1);
        assertThat(view.get("waiting").asInt()).isEqualTo(3);
        assertThat(view.get("openHelpAlerts").asInt()).isEqualTo(1);
    }

    @Test
    void aCentresSupervisorIsRefused() throws Exception {
        TestServer.Reply r = server.as(mainBoss, "GET", "/api/v1/province/overview", null);
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.body()).contains("province-wide");
    }
}
