package vn.onestop.server.rating;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.Role;
import vn.onestop.server.Filings;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;

/**
 * Each rating keeps the official who served (the staff user serving the ticket, or who took the dossier in), with the
 * optional per-criterion answers; supervisors get ratings per official as JSON and CSV. Runs on SQLite and, in the
 * PostgreSQL pass, on PostgreSQL.
 */
class RatingByOfficialTest extends ServerSuite {
    String kiosk;
    TestServer.StaffClient lan;
    TestServer.StaffClient minh;
    TestServer.StaffClient supervisor;

    @BeforeEach
    void start() throws Exception {
        kiosk = server.enrolKiosk("Sảnh A");
        lan = server.staff("lan", Role.COUNTER_STAFF);
        minh = server.staff("minh", Role.COUNTER_STAFF);
        supervisor = server.staff("giamsat", Role.SUPERVISOR);
    }

    private String served(TestServer.StaffClient clerk, String counter, String key) throws Exception {
        String id = server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", key, "serviceCode", "A"))
                .json().get("id").asText();
        server.as(clerk, "POST", "/api/v1/counters/" + counter + "/open", null);
        assertThat(server.as(clerk, "POST", "/api/v1/counters/" + counter + "/next", null).status()).isEqualTo(200);
        assertThat(server.as(clerk, "POST", "/api/v1/counters/" + counter + "/tickets/" + id + "/serve", null)
                .status()).isEqualTo(200);
        // Issue 27: a ticket is rated only once served (completed).
        assertThat(server.as(clerk, "POST", "/api/v1/counters/" + counter + "/tickets/" + id + "/complete", null)
                .status()).isEqualTo(200);
        return id;
    }

    private String officialOf(String column, String ref) {
        return server.db.read(c -> Rows.one(c, "SELECT official FROM rating WHERE " + column + " = ?",
                rs -> String.valueOf(rs.getString(1)), ref)).orElseThrow();
    }

    @Test
    void eachRatingKeepsTheOfficialWhoServedAndSupervisorsSeeThemPerOfficial() throws Exception {
        String first = served(lan, "1", "off-key-01");
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("ticketId", first, "score", 5,
                "criteria", Map.of("attitude", 5, "guidance", 4))).status()).isEqualTo(204);
        String second = served(minh, "2", "off-key-02");
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("ticketId", second, "score", 2,
                "reasons", List.of("wait"), "criteria", Map.of("time", 1))).status()).isEqualTo(204);
        served(lan, "1", "off-key-03");
        JsonNode page = server.as(lan, "GET", "/api/v1/counters/1/rating", null).json();
        assertThat(page.get("criteria").get(0).get("nameVi").asText()).isEqualTo("Thái độ của cán bộ");
        assertThat(server.as(lan, "POST", "/api/v1/counters/1/rating", Map.of("score", 4, "criteria",
                Map.of("attitude", 3))).status()).isEqualTo(204);
        String dossier = Filings.received(server, kiosk, Filings.dossier("off-key-04"), "H41.21-261125-0004");
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("dossierCode", dossier, "score", 3))
                .status()).isEqualTo(204);

        assertThat(officialOf("ticket_id", first)).isEqualTo("lan");
        assertThat(officialOf("ticket_id", second)).isEqualTo("minh");
        assertThat(officialOf("dossier_code", dossier)).as("the official who received it").isEqualTo("receiver");

        TestServer.Reply report = server.as(supervisor, "GET", "/api/v1/supervisor/ratings/officials?from=2026-11-25",
                null);
        assertThat(report.status()).as(report.body()).isEqualTo(200);
        JsonNode officials = report.json().get("officials");
        assertThat(officials).hasSize(3);
        JsonNode lanRow = officials.get(0);
        assertThat(lanRow.get("official").asText()).isEqualTo("lan");
        assertThat(lanRow.get("displayName").asText()).isEqualTo("Test lan");
        assertThat(lanRow.get("ratings").asInt()).isEqualTo(2);
        assertThat(lanRow.get("average").asDouble()).isEqualTo(4.5);
        assertThat(lanRow.get("levels").get(4).asInt()).as("one Rất hài lòng").isEqualTo(1);
        assertThat(lanRow.get("levels").get(3).asInt()).as("one Hài lòng").isEqualTo(1);
        assertThat(lanRow.get("criteria").get("attitude").asDouble()).isEqualTo(4.0);
        assertThat(lanRow.get("criteria").get("guidance").asDouble()).isEqualTo(4.0);
        assertThat(lanRow.get("criteria").path("time").isNumber()).as("not answered").isFalse();
        assertThat(officials.get(1).get("official").asText()).isEqualTo("minh");
        assertThat(officials.get(1).get("levels").get(1).asInt()).as("one Không hài lòng").isEqualTo(1);
        assertThat(officials.get(2).get("official").asText()).isEqualTo("receiver");
        List<String> levelNames = new ArrayList<>();
        report.json().get("levels").forEach(l -> levelNames.add(l.get("nameVi").asText()));
        assertThat(levelNames).containsExactly("Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng",
                "Rất không hài lòng");

        TestServer.Reply csv = server.as(supervisor, "GET", "/api/v1/supervisor/ratings/officials.csv?from=2026-11-25",
                null);
        assertThat(csv.response().headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("\uFEFFofficial,display_name,ratings,average,Rất hài lòng,Hài lòng")
                .endsWith("Thái độ của cán bộ,\"Hướng dẫn rõ ràng, đầy đủ\",Thời gian chờ và giải quyết");
        assertThat(lines[1]).isEqualTo("lan,Test lan,2,4.5,1,1,0,0,0,4.0,4.0,");
        assertThat(lines[2]).isEqualTo("minh,Test minh,1,2.0,0,0,0,1,0,,,1.0");
        assertThat(lines[3]).isEqualTo("receiver,Cán bộ tiếp nhận,1,3.0,0,0,1,0,0,,,");
        assertThat(lines).hasSize(4);

        assertThat(server.as(lan, "GET", "/api/v1/supervisor/ratings/officials", null).status()).isEqualTo(403);
    }

    @Test
    void aDossierRatingGoesToTheOfficialWhoReceivedItAndAPreparedOneIsNotRated() throws Exception {
        String ticket = served(minh, "2", "off-key-05");
        Map<String, Object> filing = new java.util.HashMap<>(Filings.dossier("off-key-06"));
        filing.put("ticketId", ticket);
        String withTicket = server.kiosk(kiosk, "POST", "/api/v1/dossiers", filing).json().get("dossier")
                .get("code").asText();
        String alone = server.kiosk(kiosk, "POST", "/api/v1/dossiers", Filings.dossier("off-key-07")).json()
                .get("dossier").get("code").asText();
        TestServer.Reply early = server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("dossierCode", withTicket,
                "score", 4));
        assertThat(early.status()).as("only prepared: not received by an official yet").isEqualTo(409);
        long stored = server.db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM rating WHERE dossier_code IS NOT NULL"));
        assertThat(stored).isZero();
        assertThat(server.as(lan, "POST", "/api/v1/staff/prepared/" + withTicket + "/receive",
                Map.of("officialCode", "H41.21-261125-0006")).status()).isEqualTo(200);
        assertThat(server.as(lan, "POST", "/api/v1/staff/prepared/" + alone + "/receive",
                Map.of("officialCode", "H41.21-261125-0007")).status()).isEqualTo(200);
        assertThat(server.as(lan, "POST", "/api/v1/staff/dossiers/" + alone + "/status",
                Map.of("status", "processing")).status()).isEqualTo(200);
        for (String code : List.of(withTicket, alone)) {
            assertThat(server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("dossierCode", code, "score", 4))
                    .status()).isEqualTo(204);
        }
        assertThat(officialOf("dossier_code", withTicket)).as("who received it, not who served its ticket")
                .isEqualTo("lan");
        assertThat(officialOf("dossier_code", alone)).isEqualTo("lan");
    }

    @Test
    void unknownCriteriaAndAnswersOutsideTheFiveLevelsAreRefusedAndNothingIsStored() throws Exception {
        String ticket = served(lan, "1", "off-key-08");
        TestServer.Reply unknown = server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("ticketId", ticket,
                "score", 4, "criteria", Map.of("weather", 3)));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asText()).contains("'weather'").contains("attitude");
        TestServer.Reply outOfRange = server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("ticketId", ticket,
                "score", 4, "criteria", Map.of("attitude", 6)));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.json().get("detail").asText()).contains("1 to 5");
        long stored = server.db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM rating"));
        assertThat(stored).isZero();
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("ticketId", ticket, "score", 4))
                .status()).isEqualTo(204);
    }

    @Test
    void supervisorsSeeTheCatalogueValuesTheKioskKeepsFromCitizens() throws Exception {
        JsonNode list = server.as(supervisor, "GET", "/api/v1/supervisor/catalogue/unverified", null).json();
        JsonNode lltp = null;
        for (JsonNode p : list) {
            if (p.get("code").asText().equals("LLTP-1")) {
                lltp = p;
            }
        }
        assertThat(lltp).isNotNull();
        assertThat(lltp.get("hiddenFromCitizens").get(0).asText()).contains("(chưa xác minh)");
        assertThat(lltp.get("unverified")).isNotEmpty();
        assertThat(server.as(lan, "GET", "/api/v1/supervisor/catalogue/unverified", null).status()).isEqualTo(403);
    }
}
