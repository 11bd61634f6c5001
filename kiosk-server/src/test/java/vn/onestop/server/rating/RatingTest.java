package vn.onestop.server.rating;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.Filings;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.Role;

/** Ratings: five levels, reasons only when low and only configured ones, one per ticket, service and counter kept. */
class RatingTest extends ServerSuite {
    String kiosk;

    @BeforeEach
    void start() throws Exception {
        kiosk = server.enrolKiosk("Sảnh A");
    }

    private String servedTicketAtCounter1(TestServer.StaffClient clerk, String key) throws Exception {
        String id = server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", key, "serviceCode", "A"))
                .json().get("id").asText();
        server.as(clerk, "POST", "/api/v1/counters/1/open", null);
        server.as(clerk, "POST", "/api/v1/counters/1/next", null);
        server.as(clerk, "POST", "/api/v1/counters/1/tickets/" + id + "/serve", null);
        server.as(clerk, "POST", "/api/v1/counters/1/tickets/" + id + "/complete", null);
        return id;
    }

    @Test
    void aLowRatingWithReasonsIsStoredWithServiceAndCounterOnce() throws Exception {
        TestServer.StaffClient clerk = server.staff("clerk", Role.COUNTER_STAFF);
        String ticket = servedTicketAtCounter1(clerk, "rating-key-01");
        Map<String, Object> low = Map.of("ticketId", ticket, "score", 2, "reasons", List.of("wait", "guidance"));
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/ratings", low).status()).isEqualTo(204);
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/ratings", low).status()).isEqualTo(409);
        Map<String, Object> row = server.db.read(c -> Rows.one(c, "SELECT score, service_code, counter_id, reasons, "
                + "created_at FROM rating WHERE ticket_id = ?", rs -> Map.<String, Object>of("score", rs.getInt(1),
                        "service", rs.getString(2), "counter", rs.getString(3), "reasons", rs.getString(4),
                        "at", rs.getLong(5)), ticket)).orElseThrow();
        assertThat(row).containsEntry("score", 2).containsEntry("service", "A").containsEntry("counter", "1")
                .containsEntry("reasons", "wait,guidance").containsEntry("at", server.clock.millis());
    }

    @Test
    void reasonsAreRefusedWithAHighScoreOrWhenNotConfigured() throws Exception {
        String ticket = server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "rating-key-02",
                "serviceCode", "A")).json().get("id").asText();
        TestServer.Reply high = server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("ticketId", ticket, "score", 5,
                "reasons", List.of("wait")));
        assertThat(high.status()).isEqualTo(400);
        assertThat(high.json().get("detail").asText()).contains("low score");
        TestServer.Reply unknown = server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("ticketId", ticket,
                "score", 1, "reasons", List.of("weather")));
        assertThat(unknown.json().get("detail").asText()).contains("'weather'").contains("wait");
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("ticketId", ticket, "score", 0)).status())
                .isEqualTo(400);
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("ticketId", "no-such", "score", 3))
                .status()).isEqualTo(404);
        JsonNode config = server.kiosk(kiosk, "GET", "/api/v1/kiosk/config", null).json();
        assertThat(config.get("filing").get("ratingReasons").get(0).get("nameVi").asText())
                .isEqualTo("Chờ đợi quá lâu");
        assertThat(config.get("filing").get("postalFeeVnd").asLong()).isEqualTo(25_000);
        assertThat(config.get("filing").get("ratingCriteria").get(0).get("code").asText()).isEqualTo("attitude");
        assertThat(config.get("filing").get("ratingCriteria").get(0).get("nameVi").asText())
                .isEqualTo("Thái độ của cán bộ");
    }

    @Test
    void theCounterPageRatesTheTicketBeingServedThenHasNothingLeft() throws Exception {
        TestServer.StaffClient clerk = server.staff("clerk", Role.COUNTER_STAFF);
        assertThat(server.as(clerk, "GET", "/api/v1/counters/1/rating", null).status()).isEqualTo(204);
        String ticket = servedTicketAtCounter1(clerk, "rating-key-03");
        JsonNode page = server.as(clerk, "GET", "/api/v1/counters/1/rating", null).json();
        assertThat(page.get("ticketId").asText()).isEqualTo(ticket);
        assertThat(page.get("displayNumber").asText()).isEqualTo("A001");
        assertThat(page.get("levels").get(0).get("nameVi").asText()).isEqualTo("Rất hài lòng");
        assertThat(page.get("levels").get(4).get("nameVi").asText()).isEqualTo("Rất không hài lòng");
        assertThat(server.as(clerk, "POST", "/api/v1/counters/1/rating", Map.of("score", 4)).status()).isEqualTo(204);
        assertThat(server.as(clerk, "GET", "/api/v1/counters/1/rating", null).status()).isEqualTo(204);
        assertThat(server.as(clerk, "POST", "/api/v1/counters/1/rating", Map.of("score", 4)).status()).isEqualTo(404);
    }

    @Test
    void aDossierIsRatedOnceWithItsProceduresService() throws Exception {
        String code = Filings.received(server, kiosk, Filings.dossier("rating-key-04"), "000.00.00.H00-261205-0004");
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("dossierCode", code, "score", 3)).status())
                .isEqualTo(204);
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("dossierCode", code, "score", 3)).status())
                .isEqualTo(409);
        String service = server.db.read(c -> Rows.one(c, "SELECT service_code FROM rating WHERE dossier_code = ?",
                rs -> rs.getString(1), code)).orElseThrow();
        assertThat(service).isEqualTo("A");
    }
}
