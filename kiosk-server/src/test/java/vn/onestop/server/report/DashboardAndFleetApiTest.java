package vn.onestop.server.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.Filings;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;

/** Supervisor figures (live view, reports, CSV) and the technician's remote device settings contract. */
class DashboardAndFleetApiTest extends ServerSuite {
    String kiosk;
    TestServer.StaffClient boss;

    @BeforeEach
    void start() throws Exception {
        kiosk = server.enrolKiosk("Sảnh A");
        boss = server.staff("boss", Role.SUPERVISOR);
        server.as(boss, "POST", "/api/v1/counters/1/open", null);
    }

    private String issue(String key) throws Exception {
        return server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", key, "serviceCode", "A"))
                .json().get("id").asText();
    }

    /** Two tickets: one waits 10 min and is served 4 min; the other waits on. */
    private void aMorning() throws Exception {
        issue("key-rep-0001");
        issue("key-rep-0002");
        server.clock.advance(Duration.ofMinutes(10));
        String id = server.as(boss, "POST", "/api/v1/counters/1/next", null).json().get("id").asText();
        server.clock.advance(Duration.ofMinutes(4));
        server.as(boss, "POST", "/api/v1/counters/1/tickets/" + id + "/complete", null);
    }

    @Test
    void liveViewShowsWaitsServiceTimesAndAlertsPastTheThreshold() throws Exception {
        aMorning();
        JsonNode live = server.as(boss, "GET", "/api/v1/supervisor/live?alertMinutes=12", null).json();
        JsonNode a = live.get("services").get(0);
        assertThat(a.get("serviceCode").asText()).isEqualTo("A");
        assertThat(a.get("waiting").asInt()).isEqualTo(1);
        assertThat(a.get("longestWaitMinutes").asDouble()).isEqualTo(14.0);
        assertThat(a.get("avgWaitMinutes").asDouble()).isEqualTo(10.0);
        assertThat(a.get("avgServiceMinutes").asDouble()).isEqualTo(4.0);
        assertThat(live.get("alerts")).hasSize(1);
        assertThat(live.get("alerts").get(0).get("serviceCode").asText()).isEqualTo("A");
        // The dashboard reads these names: the view records must keep them exactly.
        assertThat(fieldNames(a)).containsExactly("serviceCode", "nameVi", "waiting", "next", "openCounters",
                "estimatedWaitMinutes", "longestWaitMinutes", "avgWaitMinutes", "avgServiceMinutes", "served");
        assertThat(fieldNames(live.get("alerts").get(0)))
                .containsExactlyInAnyOrder("serviceCode", "nameVi", "longestWaitMinutes", "thresholdMinutes");
        assertThat(fieldNames(server.as(boss, "GET", "/api/v1/supervisor/queues", null).json().get(0)))
                .containsExactly("serviceCode", "nameVi", "waiting", "next", "openCounters", "estimatedWaitMinutes");
        assertThat(server.as(boss, "GET", "/api/v1/supervisor/live?alertMinutes=15", null).json().get("alerts"))
                .isEmpty();
        assertThat(live.get("counters").get(0).get("served").asInt()).isEqualTo(1);
        assertThat(server.as(boss, "GET", "/api/v1/supervisor/live?alertMinutes=x", null).status()).isEqualTo(400);
    }

    @Test
    void aKioskSilentForMoreThanThreeMinutesIsOfflineSinceItsLastHeartbeat() throws Exception {
        server.kiosk(kiosk, "POST", "/api/v1/kiosk/heartbeat", heartbeat(true));
        JsonNode k = server.as(boss, "GET", "/api/v1/supervisor/live", null).json().get("kiosks").get(0);
        assertThat(k.get("offline").asBoolean()).isFalse();
        server.clock.advance(Duration.ofMinutes(4));
        k = server.as(boss, "GET", "/api/v1/supervisor/live", null).json().get("kiosks").get(0);
        assertThat(k.get("offline").asBoolean()).isTrue();
        assertThat(k.get("offlineSince").asText()).isEqualTo("2026-11-25T01:00:00Z");
    }

    @Test
    void anOpenDossierPastItsAppointmentIsListedWithoutPersonalData() throws Exception {
        Map<String, Object> dossier = Filings.dossier("doss-late-01");
        dossier.put("delivery", "COUNTER");
        String code = Filings.received(server, kiosk, dossier, "H41.21-261125-0001");
        TestServer.Reply before = server.as(boss, "GET", "/api/v1/supervisor/live", null);
        assertThat(before.json().get("overdueDossiers")).as(before.body()).isEmpty();
        server.clock.advance(Duration.ofDays(15));
        boss = server.login("boss", TestServer.PASSWORD); // the session of two weeks ago has expired
        JsonNode overdue = server.as(boss, "GET", "/api/v1/supervisor/live", null).json().get("overdueDossiers");
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).get("code").asText()).isEqualTo(code);
        assertThat(fieldNames(overdue.get(0))).containsExactly("code", "procedureCode", "appointmentAt", "status");
        assertThat(overdue.toString()).doesNotContain("001203004567").doesNotContain("Nguyễn");
    }

    @Test
    void reportAndCsvCoverTheRange() throws Exception {
        aMorning();
        JsonNode r = server.as(boss, "GET", "/api/v1/supervisor/report?from=2026-11-25&to=2026-11-25", null).json();
        assertThat(r.get("totals").get("issued").asInt()).isEqualTo(2);
        assertThat(r.get("totals").get("served").asInt()).isEqualTo(1);
        // Issued at 01:00 UTC = 08:00 in Ho Chi Minh City.
        assertThat(r.get("perHour").get(8).asInt()).isEqualTo(2);
        assertThat(r.get("waitDistribution").get(2).asInt()).isEqualTo(1);
        TestServer.Reply csv = server.as(boss, "GET", "/api/v1/supervisor/report.csv?from=2026-11-24&to=2026-11-25",
                null);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains("day,service,issued,served,no_show,voided,avg_wait_min")
                .contains("2026-11-25,A,2,1,0,0,10.0,10.0,4.0");
        assertThat(server.as(boss, "GET", "/api/v1/supervisor/report?from=2026-11-25&to=2026-11-01", null).status())
                .isEqualTo(400);
        assertThat(server.as(boss, "GET", "/api/v1/supervisor/report?from=yesterday", null).status()).isEqualTo(400);
    }

    @Test
    void deviceSettingsReachTheKioskAtItsNextContactAndItsReportIsShown() throws Exception {
        TestServer.StaffClient tech = server.staff("tech", Role.TECHNICIAN);
        String id = server.app.kiosks().list().get(0).id();
        String path = "/api/v1/technician/kiosks/" + id + "/device-settings";
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/kiosk/heartbeat", heartbeat(true)).response().headers()
                .firstValue("X-Device-Settings-Version")).contains("0");
        TestServer.Reply saved = server.as(tech, "POST", path,
                Map.of("settings", Map.of("printer.port", "/dev/ttyUSB1", "printer.profile", "xprinter-80")));
        assertThat(saved.json().get("version").asInt()).isEqualTo(1);
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/kiosk/heartbeat", heartbeat(true)).response().headers()
                .firstValue("X-Device-Settings-Version")).contains("1");
        TestServer.Reply fetched = server.kiosk(kiosk, "GET", "/api/v1/kiosk/device-settings", null);
        assertThat(fetched.json().get("settings").get("printer.port").asText()).isEqualTo("/dev/ttyUSB1");
        String etag = fetched.response().headers().firstValue("ETag").orElseThrow();
        assertThat(server.send("GET", "/api/v1/kiosk/device-settings", null, Map.of("Authorization",
                "Bearer " + kiosk, "If-None-Match", etag), null).status()).isEqualTo(304);
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/kiosk/device-settings/applied", Map.of("version", 1))
                .status()).isEqualTo(204);
        JsonNode fleet = server.as(tech, "GET", "/api/v1/technician/fleet", null).json().get(0);
        assertThat(fleet.get("settingsVersion").asInt()).isEqualTo(1);
        assertThat(fleet.get("appliedVersion").asInt()).isEqualTo(1);
        assertThat(fleet.get("heartbeat").get("appVersion").asText()).isEqualTo("0.1.0");
        assertThat(server.as(tech, "POST", path, Map.of("settings", Map.of("server.url", "http://evil"))).status())
                .isEqualTo(400);
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/kiosk/device-settings/applied", Map.of("version", 7))
                .status()).isEqualTo(400);
        JsonNode audit = server.as(tech, "GET", "/api/v1/technician/audit", null).json();
        assertThat(audit.toString()).contains("kiosk.device-settings").contains("kiosk.settings-applied");
    }

    private static final String[] KIOSK = {"id", "name", "enrolledAt", "revoked", "lastSeenAt", "problems",
        "offlinePeriods"};
    private static final String[] FIGURES = {"issued", "served", "noShow", "voided", "avgWaitMinutes",
        "maxWaitMinutes", "avgServiceMinutes"};
    private static final String[] COUNTER = {"id", "name", "services", "open", "staff", "current"};

    @Test
    void theStaffListsKeepTheFieldNamesTheirPagesRead() throws Exception {
        aMorning();
        TestServer.StaffClient tech = server.staff("tech", Role.TECHNICIAN);
        TestServer.StaffClient admin = server.staff("adm", Role.ADMIN);
        for (String path : new String[] {"/api/v1/technician/kiosks", "/api/v1/supervisor/kiosks",
            "/api/v1/supervisor/alerts"}) {
            TestServer.Reply r = server.as(path.contains("technician") ? tech : boss, "GET", path, null);
            assertThat(r.json()).as(path).hasSize(1);
            assertThat(fieldNames(r.json().get(0))).as(path).containsExactly(KIOSK);
        }
        assertThat(fieldNames(server.as(tech, "GET", "/api/v1/technician/fleet", null).json().get(0)))
                .containsExactly(concat(KIOSK, "heartbeat", "settingsVersion", "appliedVersion", "applyError"));
        for (TestServer.Reply audit : java.util.List.of(server.as(tech, "GET", "/api/v1/technician/audit", null),
                server.as(admin, "GET", "/api/v1/admin/audit", null))) {
            assertThat(audit.json()).as(audit.body()).isNotEmpty();
            // Entries about a centre name it (and an admin's change its before/after): the pages read these five.
            assertThat(fieldNames(audit.json().get(0))).containsSubsequence("at", "actor", "action", "target",
                    "detail");
        }
        assertThat(fieldNames(server.as(admin, "GET", "/api/v1/admin/staff", null).json().get(0)))
                .containsExactly("username", "displayName", "role", "disabled", "grants");
        assertThat(fieldNames(server.as(boss, "GET", "/api/v1/supervisor/counters", null).json().get(0)))
                .containsExactly(COUNTER);

        JsonNode live = server.as(boss, "GET", "/api/v1/supervisor/live", null).json();
        assertThat(fieldNames(live)).containsExactly("at", "services", "counters", "alerts", "kiosks",
                "overdueDossiers");
        assertThat(fieldNames(live.get("counters").get(0)))
                .containsExactly(concat(COUNTER, "served", "avgServiceMinutes"));
        assertThat(fieldNames(live.get("kiosks").get(0))).containsExactly(concat(KIOSK, "offline", "offlineSince"));

        JsonNode report = server.as(boss, "GET", "/api/v1/supervisor/report", null).json();
        assertThat(fieldNames(report)).containsExactly("from", "to", "totals", "services", "counters", "perHour",
                "waitDistribution", "ratings");
        assertThat(fieldNames(report.get("totals"))).containsExactly(FIGURES);
        assertThat(fieldNames(report.get("services").get(0))).containsExactly(concat(new String[] {"key"}, FIGURES));
        assertThat(fieldNames(report.get("counters").get(0))).containsExactly(concat(new String[] {"key"}, FIGURES));
        assertThat(report.get("counters").get(0).get("key").asText()).isEqualTo("1");
        assertThat(report.get("ratings")).hasSize(5);
    }

    private static String[] concat(String[] head, String... tail) {
        String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private static Map<String, Object> heartbeat(boolean paper) {
        return Map.of("printer", Map.of("online", true, "paperLow", !paper, "paperOut", !paper, "coverOpen", false,
                "cutterError", false, "statusBits", 0), "scannerOk", true, "freeDiskBytes", 5_000_000_000L,
                "appVersion", "0.1.0", "outboxPending", 0);
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
