package vn.onestop.server.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.Filings;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;

/** The kiosk API through HTTP: enrolment, configuration with ETag, heartbeat, dossiers, ratings, bad input. */
class KioskApiTest extends ServerSuite {
    String kiosk;

    @BeforeEach
    void start() throws Exception {
        kiosk = server.enrolKiosk("Sảnh A");
    }

    @Test
    void anEnrolmentCodeWorksOnceAndARevokedTokenIsRefused() throws Exception {
        String code = server.app.kiosks().createEnrolmentCode("test");
        Map<String, String> body = Map.of("enrolmentCode", code, "kioskName", "Sảnh B");
        TestServer.Reply first = server.send("POST", "/api/v1/kiosk/enrol", body, null, null);
        assertThat(first.status()).isEqualTo(201);
        TestServer.Reply second = server.send("POST", "/api/v1/kiosk/enrol", body, null, null);
        assertThat(second.status()).isEqualTo(403);
        assertThat(second.json().get("detail").asText()).contains("already used");
        String token = first.json().get("token").asText();
        assertThat(server.kiosk(token, "GET", "/api/v1/kiosk/config", null).status()).isEqualTo(200);
        TestServer.StaffClient tech = server.staff("tech", Role.TECHNICIAN);
        String id = first.json().get("kioskId").asText();
        assertThat(server.as(tech, "POST", "/api/v1/technician/kiosks/" + id + "/revoke", null).status())
                .isEqualTo(204);
        TestServer.Reply refused = server.kiosk(token, "GET", "/api/v1/kiosk/config", null);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void guessingEnrolmentCodesIsStoppedAfterTenWrongOnes() throws Exception {
        String code = server.app.kiosks().createEnrolmentCode("test");
        for (int i = 0; i < 10; i++) {
            TestServer.Reply wrong = server.send("POST", "/api/v1/kiosk/enrol",
                    Map.of("enrolmentCode", "0000-0000-000" + i, "kioskName", "guess"), null, null);
            assertThat(wrong.status()).isEqualTo(403);
        }
        TestServer.Reply locked = server.send("POST", "/api/v1/kiosk/enrol",
                Map.of("enrolmentCode", code, "kioskName", "guess"), null, null);
        assertThat(locked.status()).isEqualTo(429);
        assertThat(locked.response().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void configurationIsServedWithAnEtagAndUnchangedMeans304() throws Exception {
        TestServer.Reply r = server.kiosk(kiosk, "GET", "/api/v1/kiosk/config", null);
        assertThat(r.json().get("services").get(0).get("code").asText()).isEqualTo("A");
        assertThat(r.json().get("procedures").toString()).contains("LLTP-1").contains("\"serviceCode\":\"A\"");
        assertThat(r.json().get("priorityClasses").get(0).get("code").asText()).isEqualTo("disability");
        String etag = r.response().headers().firstValue("ETag").orElseThrow();
        TestServer.Reply again = server.send("GET", "/api/v1/kiosk/config", null,
                Map.of("Authorization", "Bearer " + kiosk, "If-None-Match", etag), null);
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void heartbeatWithPaperOutBecomesADeviceAlertForSupervisors() throws Exception {
        Map<String, Object> printer = Map.of("online", true, "paperLow", true, "paperOut", true, "coverOpen", false,
                "cutterError", false, "statusBits", 0x0C);
        Map<String, Object> hb = Map.of("printer", printer, "scannerOk", true, "freeDiskBytes", 5_000_000_000L,
                "appVersion", "0.1.0", "outboxPending", 0);
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/kiosk/heartbeat", hb).status()).isEqualTo(204);
        TestServer.StaffClient boss = server.staff("boss", Role.SUPERVISOR);
        JsonNode alerts = server.as(boss, "GET", "/api/v1/supervisor/alerts", null).json();
        assertThat(alerts).hasSize(1);
        assertThat(alerts.get(0).get("problems").toString()).contains("paper out");
    }

    Map<String, Object> dossier(String key) {
        return Filings.dossier(key);
    }

    @Test
    void dossierGetsACodeAndAppointmentAndCanBeLookedUpAndRatedOnce() throws Exception {
        TestServer.Reply r = server.kiosk(kiosk, "POST", "/api/v1/dossiers", dossier("doss-key-0001"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String code = r.json().get("dossier").get("code").asText();
        // Issue 22: the kiosk prepares the dossier; the appointment is set when an official receives it.
        assertThat(code).isEqualTo(r.json().get("preparationCode").asText()).hasSize(8);
        assertThat(r.json().get("dossier").get("appointmentAt").isNull()).isTrue();
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/dossiers", dossier("doss-key-0001")).json().get("dossier")
                .get("code").asText()).isEqualTo(code);
        JsonNode found = server.kiosk(kiosk, "GET", "/api/v1/dossiers/" + code, null).json();
        assertThat(found.get("status").asText()).isEqualTo("prepared");
        assertThat(found.toString()).doesNotContain("001203004567").doesNotContain("Nguyễn");
        // Only prepared: not rated yet (issue 22: the rating follows the official's reception).
        Map<String, Object> early = Map.of("dossierCode", code, "score", 5);
        TestServer.Reply notYet = server.kiosk(kiosk, "POST", "/api/v1/ratings", early);
        assertThat(notYet.status()).as(notYet.body()).isEqualTo(409);
        assertThat(notYet.json().get("detail").asText()).contains("not been received by an official");
        String received = Filings.received(server, kiosk, dossier("doss-key-0009"), "000.00.00.H00-261205-0009");
        Map<String, Object> rating = Map.of("dossierCode", received, "score", 5);
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/ratings", rating).status()).isEqualTo(204);
        TestServer.Reply again = server.kiosk(kiosk, "POST", "/api/v1/ratings", rating);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("already rated");
    }

    @Test
    void badInputIsA4xxProblemThatNamesTheField() throws Exception {
        Map<String, Object> badId = dossier("doss-key-0002");
        badId.put("applicant", Map.of("name", "Nguyễn Văn An", "idNumber", "12345", "dateOfBirth", "2003-02-01",
                "address", "12 Tràng Tiền"));
        assertBad(server.kiosk(kiosk, "POST", "/api/v1/dossiers", badId), 400, "applicant.idNumber");
        Map<String, Object> noAddress = dossier("doss-key-0003");
        noAddress.remove("postalAddress");
        assertBad(server.kiosk(kiosk, "POST", "/api/v1/dossiers", noAddress), 400, "postalAddress");
        assertBad(server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "key-bad-0001",
                "serviceCode", "Z")), 400, "serviceCode");
        assertBad(server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "key-bad-0001",
                "serviceCode", "A", "extra", 1)), 400, "extra");
        assertBad(server.send("POST", "/api/v1/tickets", null, Map.of("Authorization", "Bearer " + kiosk),
                "{not json"), 400, "JSON");
        assertBad(server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("ticketId", "x", "score", 9)), 400, "score");
        assertBad(server.send("POST", "/api/v1/tickets", null, Map.of("Authorization", "Bearer " + kiosk),
                "{\"idempotencyKey\":\"" + "x".repeat(100_000) + "\"}"), 413, "");
        assertBad(server.kiosk(kiosk, "GET", "/api/v1/nowhere", null), 404, "/api/v1/nowhere");
        assertBad(server.kiosk(kiosk, "GET", "/api/v1/dossiers/abc", null), 400, "dossier code");
        Map<String, Object> unknown = dossier("doss-key-0004");
        unknown.put("procedureCode", "NO-SUCH-1");
        assertBad(server.kiosk(kiosk, "POST", "/api/v1/dossiers", unknown), 400, "NO-SUCH-1");
    }

    private static void assertBad(TestServer.Reply r, int status, String mentioned) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.json().get("status").asInt()).isEqualTo(status);
        assertThat(r.json().get("detail").asText()).contains(mentioned);
    }
}
