package vn.onestop.server.rating;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.Role;

/**
 * The counter rating tablet's API (issue 27) over real HTTP: enrolment with a one-time code, a token locked to one
 * counter, rating only that counter's last completed ticket once, "not rated" on timeout, photos, revocation, and
 * the reports per official, counter, service and centre with CSV. Runs on SQLite and in the PostgreSQL pass.
 */
class RatingTabletApiTest extends ServerSuite {
    String kiosk;
    TestServer.StaffClient admin;
    TestServer.StaffClient lan;
    TestServer.StaffClient minh;
    TestServer.StaffClient supervisor;
    Tablets tablets;

    @BeforeEach
    void start() throws Exception {
        kiosk = server.enrolKiosk("Sảnh A");
        admin = server.staff("quantri", Role.ADMIN);
        lan = server.staff("lan", Role.COUNTER_STAFF);
        minh = server.staff("minh", Role.COUNTER_STAFF);
        supervisor = server.staff("giamsat", Role.SUPERVISOR);
        tablets = new Tablets(server);
    }

    private String enrol(String counter) throws Exception {
        TestServer.Reply r = server.send("POST", "/api/v1/rating-device/enrol",
                Map.of("code", tablets.code(admin, counter), "name", "Máy tính bảng " + counter), null, null);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.json().get("counterId").asText()).isEqualTo(counter);
        return r.json().get("token").asText();
    }

    private JsonNode state(String token) throws Exception {
        TestServer.Reply r = server.kiosk(token, "GET", "/api/v1/rating-device/state", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void aCodeEnrolsOneTabletOnceAndARevokedTabletIsShutOut() throws Exception {
        String code = tablets.code(admin, "2");
        TestServer.Reply first = server.send("POST", "/api/v1/rating-device/enrol", Map.of("code", code), null, null);
        assertThat(first.status()).isEqualTo(201);
        TestServer.Reply again = server.send("POST", "/api/v1/rating-device/enrol", Map.of("code", code), null, null);
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.json().get("detail").asText()).contains("already used");
        assertThat(server.as(lan, "POST", "/api/v1/admin/rating-devices/codes", Map.of("counterId", "2")).status())
                .as("only a centre admin creates codes").isEqualTo(403);
        assertThat(server.as(admin, "POST", "/api/v1/admin/rating-devices/codes", Map.of("counterId", "99"))
                .status()).isEqualTo(404);

        String token = first.json().get("token").asText();
        JsonNode idle = state(token);
        assertThat(idle.get("counterName").asText()).isEqualTo("Quầy 2");
        assertThat(idle.get("timeoutSeconds").asInt()).isEqualTo(30);
        assertThat(idle.get("served").isNull()).isTrue();
        assertThat(server.kiosk(token, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "tablet-as-kiosk",
                "serviceCode", "A")).status()).as("a tablet token is not a kiosk token").isEqualTo(401);

        TestServer.StaffClient technician = server.staff("kythuat", Role.TECHNICIAN);
        JsonNode list = server.as(technician, "GET", "/api/v1/technician/rating-devices", null).json();
        assertThat(list).hasSize(1);
        assertThat(server.as(technician, "POST", "/api/v1/technician/rating-devices/" + list.get(0).get("id").asText()
                + "/revoke", null).status()).isEqualTo(204);
        TestServer.Reply refused = server.kiosk(token, "GET", "/api/v1/rating-device/state", null);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("detail").asText()).contains("revoked");
    }

    @Test
    void theTabletRatesOnlyItsCounterCompletedTicketOnceWithTheOfficialAndCounter() throws Exception {
        String tablet2 = enrol("2");
        String ticket = tablets.called(kiosk, lan, "2");
        assertThat(state(tablet2).get("served").isNull()).as("a call is not the end of the service").isTrue();
        String other = tablets.called(kiosk, minh, "1");
        tablets.complete(minh, "1", other);
        assertThat(state(tablet2).get("served").isNull()).as("another counter's completion").isTrue();
        tablets.complete(lan, "2", ticket);
        JsonNode served = state(tablet2).get("served");
        assertThat(served.get("ticketId").asText()).isEqualTo(ticket);
        assertThat(served.get("officialName").asText()).isEqualTo("Test lan");
        assertThat(served.get("number").asText()).startsWith("A");

        TestServer.Reply notMine = server.kiosk(tablet2, "POST", "/api/v1/rating-device/rating",
                Map.of("ticketId", other, "score", 5));
        assertThat(notMine.status()).isEqualTo(409);
        assertThat(notMine.json().get("detail").asText()).contains("not counter 2's last served ticket");
        TestServer.Reply reasonsOnHigh = server.kiosk(tablet2, "POST", "/api/v1/rating-device/rating",
                Map.of("ticketId", ticket, "score", 5, "reasons", List.of("wait")));
        assertThat(reasonsOnHigh.status()).isEqualTo(400);
        assertThat(server.kiosk(tablet2, "POST", "/api/v1/rating-device/rating", Map.of("ticketId", ticket,
                "score", 2, "reasons", List.of("wait", "guidance"))).status()).isEqualTo(204);
        TestServer.Reply second = server.kiosk(tablet2, "POST", "/api/v1/rating-device/rating",
                Map.of("ticketId", ticket, "score", 5));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asText()).contains("already rated");

        Map<String, String> row = server.db.read(c -> Rows.one(c, "SELECT official, counter_id, service_code, "
                + "device_id, reasons, score FROM rating WHERE ticket_id = ?", rs -> Map.of("official",
                        rs.getString(1), "counter", rs.getString(2), "service", rs.getString(3), "device",
                        String.valueOf(rs.getString(4)), "reasons", rs.getString(5), "score", rs.getString(6)),
                ticket)).orElseThrow();
        assertThat(row).containsEntry("official", "lan").containsEntry("counter", "2").containsEntry("service", "A")
                .containsEntry("reasons", "wait,guidance").containsEntry("score", "2");
        assertThat(row.get("device")).isNotEqualTo("null");
        assertThat(state(tablet2).get("served").isNull()).as("rated: back to idle").isTrue();
    }

    @Test
    void aDossierReceivedAtTheCounterIsRatedOnTheTabletOnceWithOfficialCounterAndService() throws Exception {
        String tablet2 = enrol("2");
        String ticket = tablets.called(kiosk, lan, "2");
        tablets.complete(lan, "2", ticket);
        assertThat(state(tablet2).get("served").get("ticketId").asText()).isEqualTo(ticket);
        // An official with no counter open receives a dossier: no tablet wakes.
        String elsewhere = tablets.received(kiosk, minh, "H41.21-261205-0101");
        assertThat(state(tablet2).get("served").get("ticketId").asText()).as("still the ticket").isEqualTo(ticket);
        String dossier = tablets.received(kiosk, lan, "H41.21-261205-0102");
        JsonNode served = state(tablet2).get("served");
        assertThat(served.get("dossierCode").asText()).isEqualTo(dossier);
        assertThat(served.get("ticketId").isNull()).isTrue();
        assertThat(served.get("number").asText()).isEqualTo("H41.21-261205-0102");
        assertThat(served.get("officialName").asText()).isEqualTo("Test lan");

        TestServer.Reply theTicket = server.kiosk(tablet2, "POST", "/api/v1/rating-device/rating",
                Map.of("ticketId", ticket, "score", 5));
        assertThat(theTicket.status()).as("the dossier came after the ticket").isEqualTo(409);
        TestServer.Reply notHere = server.kiosk(tablet2, "POST", "/api/v1/rating-device/rating",
                Map.of("dossierCode", elsewhere, "score", 5));
        assertThat(notHere.status()).isEqualTo(409);
        assertThat(notHere.json().get("detail").asText()).contains("received dossier");
        assertThat(server.kiosk(tablet2, "POST", "/api/v1/rating-device/rating", Map.of("dossierCode", dossier,
                "score", 2, "reasons", List.of("wait")))).extracting(TestServer.Reply::status).isEqualTo(204);
        TestServer.Reply again = server.kiosk(tablet2, "POST", "/api/v1/rating-device/rating",
                Map.of("dossierCode", dossier, "score", 5));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("already rated");
        TestServer.Reply atKiosk = server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("dossierCode",
                "H41.21-261205-0102", "score", 5));
        assertThat(atKiosk.status()).as("one rating per dossier").isEqualTo(409);
        Map<String, String> row = server.db.read(c -> Rows.one(c, "SELECT official, counter_id, service_code, "
                + "device_id, score FROM rating WHERE dossier_code = ?", rs -> Map.of("official", rs.getString(1),
                        "counter", rs.getString(2), "service", rs.getString(3), "device",
                        String.valueOf(rs.getString(4)), "score", rs.getString(5)), dossier)).orElseThrow();
        assertThat(row).containsEntry("official", "lan").containsEntry("counter", "2").containsEntry("service", "A")
                .containsEntry("score", "2");
        assertThat(row.get("device")).isNotEqualTo("null");
        assertThat(state(tablet2).get("served").isNull()).as("rated: back to idle").isTrue();

        // The next dossier's window runs out: "not rated", counted in the reports by service and counter.
        String late = tablets.received(kiosk, lan, "H41.21-261205-0103");
        assertThat(server.kiosk(tablet2, "POST", "/api/v1/rating-device/not-rated", Map.of("dossierCode", late))
                .status()).isEqualTo(204);
        long missed = server.db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM rating_missed_dossier WHERE "
                + "dossier_code = ? AND official = 'lan' AND counter_id = '2' AND service_code = 'A'", late));
        assertThat(missed).isEqualTo(1);
        assertThat(state(tablet2).get("served").isNull()).isTrue();
        assertThat(server.kiosk(tablet2, "POST", "/api/v1/rating-device/rating", Map.of("dossierCode", late,
                "score", 4)).status()).as("timed out on the tablet").isEqualTo(409);
        JsonNode byService = server.as(supervisor, "GET", "/api/v1/supervisor/ratings/report?by=service", null)
                .json().get("groups");
        assertThat(byService).hasSize(1);
        assertThat(byService.get(0).get("key").asText()).isEqualTo("A");
        assertThat(byService.get(0).get("ratings").asInt()).isEqualTo(1);
        assertThat(byService.get(0).get("notRated").asInt()).isEqualTo(1);
        JsonNode byCounter = server.as(supervisor, "GET", "/api/v1/supervisor/ratings/report?by=counter", null)
                .json().get("groups");
        assertThat(byCounter.get(0).get("key").asText()).isEqualTo("2");
        assertThat(byCounter.get(0).get("notRated").asInt()).isEqualTo(1);
    }

    @Test
    void theKioskLearnsWhetherADossierWasReceivedByAnOfficialAndNotYetRated() throws Exception {
        TestServer.Reply prepared = server.kiosk(kiosk, "POST", "/api/v1/dossiers",
                vn.onestop.server.Filings.dossier("kiosk-check-1"));
        String preparation = prepared.json().get("preparationCode").asText();
        JsonNode notYet = server.kiosk(kiosk, "GET", "/api/v1/ratings/dossiers/" + preparation, null).json();
        assertThat(notYet.get("state").asText()).isEqualTo("NOT_RECEIVED");
        TestServer.Reply early = server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("dossierCode", preparation,
                "score", 4));
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.json().get("detail").asText()).contains("not been received by an official");

        String received = tablets.received(kiosk, lan, "H41.21-261205-0201");
        // By its official code, as typed at the kiosk.
        String check = "/api/v1/ratings/dossiers/H41.21-261205-0201";
        JsonNode ratable = server.kiosk(kiosk, "GET", check, null).json();
        assertThat(ratable.get("state").asText()).isEqualTo("RATABLE");
        assertThat(ratable.get("ticketId").asText()).isEqualTo(received);
        assertThat(ratable.get("number").asText()).isEqualTo("H41.21-261205-0201");
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("dossierCode", "H41.21-261205-0201",
                "score", 4)).status()).isEqualTo(204);
        assertThat(server.kiosk(kiosk, "GET", check, null).json().get("state").asText()).isEqualTo("ALREADY_RATED");
        assertThat(server.kiosk(kiosk, "GET", "/api/v1/ratings/dossiers/" + received, null).json().get("state")
                .asText()).as("by its preparation code too").isEqualTo("ALREADY_RATED");
        java.util.Optional<String> official = server.db.read(c -> Rows.one(c, "SELECT official FROM rating WHERE "
                + "dossier_code = ?", rs -> rs.getString(1), received));
        assertThat(official).hasValue("lan");
        assertThat(server.kiosk(kiosk, "GET", "/api/v1/ratings/dossiers/ZZZZ-ZZZZ", null).status()).isEqualTo(404);
        assertThat(server.as(lan, "GET", check, null).status()).as("kiosks only").isEqualTo(401);
    }

    @Test
    void aTimeoutIsRecordedAsNotRatedAndTheWindowCloses() throws Exception {
        String tablet = enrol("1");
        String ticket = tablets.called(kiosk, lan, "1");
        tablets.complete(lan, "1", ticket);
        assertThat(server.kiosk(tablet, "POST", "/api/v1/rating-device/not-rated", Map.of("ticketId", ticket))
                .status()).isEqualTo(204);
        long ratings = server.db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM rating"));
        assertThat(ratings).isZero();
        long missed = server.db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM rating_missed WHERE ticket_id = ? AND "
                + "official = 'lan'", ticket));
        assertThat(missed).isEqualTo(1);
        assertThat(server.kiosk(tablet, "POST", "/api/v1/rating-device/rating", Map.of("ticketId", ticket,
                "score", 4)).status()).as("timed out on the tablet").isEqualTo(409);

        String late = tablets.called(kiosk, lan, "1");
        tablets.complete(lan, "1", late);
        assertThat(state(tablet).get("served").get("ticketId").asText()).isEqualTo(late);
        server.clock.advance(java.time.Duration.ofSeconds(61));
        assertThat(state(tablet).get("served").isNull()).as("30 s timeout + 30 s grace passed").isTrue();
        assertThat(server.kiosk(tablet, "POST", "/api/v1/rating-device/rating", Map.of("ticketId", late,
                "score", 4)).status()).isEqualTo(409);
    }

    @Test
    void photosAreCheckedAndShownToTheTabletAndStaffOnly() throws Exception {
        String tablet = enrol("2");
        byte[] photo = Tablets.jpeg(Color.ORANGE);
        assertThat(tablets.upload(admin, "lan", photo, "image/jpeg").statusCode()).isEqualTo(204);
        var notImage = tablets.upload(admin, "lan", "=cmd|' /C calc'!A0".getBytes(StandardCharsets.UTF_8),
                "image/jpeg");
        assertThat(notImage.statusCode()).isEqualTo(400);
        assertThat(notImage.body()).contains("JPEG or PNG");
        byte[] huge = new byte[400 * 1024];
        System.arraycopy(photo, 0, huge, 0, photo.length);
        var tooBig = tablets.upload(admin, "lan", huge, "image/jpeg");
        assertThat(tooBig.statusCode()).isEqualTo(400);
        assertThat(tooBig.body()).contains("at most 300 KB");
        assertThat(tablets.upload(lan, "lan", photo, "image/jpeg").statusCode()).as("admin only").isEqualTo(403);
        assertThat(tablets.upload(admin, "nobody", photo, "image/jpeg").statusCode()).isEqualTo(404);

        TestServer.Reply asStaff = server.as(minh, "GET", "/api/v1/staff-photos/lan", null);
        assertThat(asStaff.status()).isEqualTo(200);
        assertThat(asStaff.contentType()).isEqualTo("image/jpeg");
        assertThat(server.send("GET", "/api/v1/staff-photos/lan", null, null, null).status()).isEqualTo(401);

        String ticket = tablets.called(kiosk, lan, "2");
        tablets.complete(lan, "2", ticket);
        String shown = state(tablet).get("served").get("photo").asText();
        assertThat(shown).isEqualTo("data:image/jpeg;base64," + java.util.Base64.getEncoder().encodeToString(photo));
    }

    @Test
    void reportsPerOfficialCounterServiceAndCentreWithCsvAndToday() throws Exception {
        String tablet1 = enrol("1");
        String tablet2 = enrol("2");
        String a = tablets.called(kiosk, lan, "1");
        tablets.complete(lan, "1", a);
        server.kiosk(tablet1, "POST", "/api/v1/rating-device/rating", Map.of("ticketId", a, "score", 5));
        String b = tablets.called(kiosk, lan, "1");
        tablets.complete(lan, "1", b);
        server.kiosk(tablet1, "POST", "/api/v1/rating-device/rating", Map.of("ticketId", b, "score", 1,
                "reasons", List.of("attitude")));
        String c = tablets.called(kiosk, minh, "2");
        tablets.complete(minh, "2", c);
        server.kiosk(tablet2, "POST", "/api/v1/rating-device/not-rated", Map.of("ticketId", c));

        JsonNode byOfficial = server.as(supervisor, "GET", "/api/v1/supervisor/ratings/report?by=official", null)
                .json().get("groups");
        assertThat(byOfficial).hasSize(2);
        JsonNode lanRow = byOfficial.get(0);
        assertThat(lanRow.get("key").asText()).isEqualTo("lan");
        assertThat(lanRow.get("name").asText()).isEqualTo("Test lan");
        assertThat(lanRow.get("ratings").asInt()).isEqualTo(2);
        assertThat(lanRow.get("average").asDouble()).isEqualTo(3.0);
        assertThat(lanRow.get("levels").get(0).asInt()).as("one level 1").isEqualTo(1);
        assertThat(lanRow.get("levels").get(4).asInt()).as("one level 5").isEqualTo(1);
        assertThat(lanRow.get("reasons").get("attitude").asInt()).isEqualTo(1);
        JsonNode minhRow = byOfficial.get(1);
        assertThat(minhRow.get("ratings").asInt()).isZero();
        assertThat(minhRow.get("average").isNull()).as("no rating is not an average of 0").isTrue();
        assertThat(minhRow.get("notRated").asInt()).isEqualTo(1);

        JsonNode byCounter = server.as(supervisor, "GET", "/api/v1/supervisor/ratings/report?by=counter", null)
                .json().get("groups");
        assertThat(byCounter.get(0).get("name").asText()).isEqualTo("Quầy 1");
        assertThat(byCounter.get(1).get("notRated").asInt()).isEqualTo(1);
        JsonNode byService = server.as(supervisor, "GET", "/api/v1/supervisor/ratings/report?by=service", null)
                .json().get("groups");
        assertThat(byService).hasSize(1);
        assertThat(byService.get(0).get("key").asText()).isEqualTo("A");
        JsonNode centre = server.as(supervisor, "GET", "/api/v1/supervisor/ratings/report?by=centre", null).json()
                .get("groups").get(0);
        assertThat(centre.get("ratings").asInt()).isEqualTo(2);
        assertThat(centre.get("notRated").asInt()).isEqualTo(1);
        assertThat(server.as(supervisor, "GET", "/api/v1/supervisor/ratings/report?by=weather", null).status())
                .isEqualTo(400);

        String csv = server.as(supervisor, "GET", "/api/v1/supervisor/ratings/report.csv?by=official", null).body();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFofficial,name,ratings,average,Rất không hài lòng,Không hài lòng")
                .endsWith(",not_rated");
        assertThat(lines[1]).isEqualTo("lan,Test lan,2,3.0,1,0,0,0,1,0,1,0,0,0,0");
        assertThat(lines[2]).isEqualTo("minh,Test minh,0,,0,0,0,0,0,0,0,0,0,0,1");

        JsonNode today = server.as(supervisor, "GET", "/api/v1/supervisor/ratings/today", null).json();
        assertThat(today.get("ratings").asInt()).isEqualTo(2);
        assertThat(today.get("average").asDouble()).isEqualTo(3.0);
        assertThat(today.get("notRated").asInt()).isEqualTo(1);
        assertThat(today.get("counters")).hasSize(2);
        assertThat(server.as(lan, "GET", "/api/v1/supervisor/ratings/today", null).status()).isEqualTo(403);
    }

    @Test
    void theKioskLearnsWhetherAScannedTicketWasServedAndNotYetRated() throws Exception {
        String ticket = tablets.called(kiosk, lan, "1");
        String check = "/api/v1/ratings/tickets/" + ticket;
        assertThat(server.kiosk(kiosk, "GET", check, null).json().get("state").asText()).isEqualTo("NOT_SERVED");
        tablets.complete(lan, "1", ticket);
        JsonNode served = server.kiosk(kiosk, "GET", check, null).json();
        assertThat(served.get("state").asText()).isEqualTo("RATABLE");
        assertThat(served.get("number").asText()).startsWith("A");
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("ticketId", ticket, "score", 4)).status())
                .isEqualTo(204);
        assertThat(server.kiosk(kiosk, "GET", check, null).json().get("state").asText()).isEqualTo("ALREADY_RATED");
        assertThat(server.kiosk(kiosk, "GET", "/api/v1/ratings/tickets/no-such", null).status()).isEqualTo(404);
        assertThat(server.as(lan, "GET", check, null).status()).as("kiosks only").isEqualTo(401);
    }

    @Test
    void aFormulaInANameIsNeutralisedInTheCsv() throws Exception {
        server.app.staff().create("test", "evil", "=HYPERLINK(\"x\")", Role.COUNTER_STAFF,
                TestServer.PASSWORD.toCharArray());
        TestServer.StaffClient evil = server.login("evil", TestServer.PASSWORD);
        String tablet = enrol("1");
        String t = tablets.called(kiosk, evil, "1");
        tablets.complete(evil, "1", t);
        server.kiosk(tablet, "POST", "/api/v1/rating-device/rating", Map.of("ticketId", t, "score", 4));
        String csv = server.as(supervisor, "GET", "/api/v1/supervisor/ratings/report.csv?by=official", null).body();
        assertThat(csv.split("\r\n")[1]).startsWith("evil,\"'=HYPERLINK(\"\"x\"\")\",1,4.0");
    }
}
