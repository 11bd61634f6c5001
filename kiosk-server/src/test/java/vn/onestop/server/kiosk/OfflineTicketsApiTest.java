package vn.onestop.server.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;

/**
 * Tickets a kiosk issued offline and delivered later: called by the number printed on them, in their original
 * place in the queue, delivered exactly once, and the kiosk's offline period shown to staff.
 */
class OfflineTicketsApiTest extends ServerSuite {
    String kiosk;
    TestServer.StaffClient clerk;
    TestServer.StaffClient tech;

    @BeforeEach
    void start() throws Exception {
        kiosk = server.enrolKiosk("Sảnh A");
        clerk = server.staff("clerk", Role.COUNTER_STAFF);
        tech = server.staff("tech", Role.TECHNICIAN);
        server.as(clerk, "POST", "/api/v1/counters/1/open", null);
    }

    private TestServer.Reply deliver(String key, String service, String number, Instant at) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("idempotencyKey", key);
        body.put("serviceCode", service);
        body.put("offlineNumber", number);
        body.put("offlineIssuedAt", at == null ? null : at.toString());
        return server.kiosk(kiosk, "POST", "/api/v1/tickets", body);
    }

    @Test
    void anOfflineTicketIsCalledByItsPrintedNumberInItsOriginalPlaceAndTheOutageIsShown() throws Exception {
        Instant lastBeat = server.clock.instant();
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/kiosk/heartbeat", heartbeat()).status()).isEqualTo(204);
        server.clock.advance(Duration.ofMinutes(5));
        Instant takenOffline = server.clock.instant();
        server.clock.advance(Duration.ofMinutes(5));
        // Another kiosk still online issues A001 after the citizen took K1-A001 at the offline kiosk.
        String other = server.enrolKiosk("Sảnh B");
        assertThat(server.kiosk(other, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "online-0001",
                "serviceCode", "A")).json().get("displayNumber").asText()).isEqualTo("A001");
        server.clock.advance(Duration.ofMinutes(10));
        Instant back = server.clock.instant();
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/kiosk/heartbeat", heartbeat()).status()).isEqualTo(204);

        TestServer.Reply first = deliver("offline-key-0001", "A", "K1-A001", takenOffline);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("displayNumber").asText()).isEqualTo("K1-A001");
        assertThat(first.json().get("peopleAhead").asInt()).isZero();
        assertThat(Instant.parse(first.json().get("issuedAt").asText())).isEqualTo(takenOffline);
        TestServer.Reply again = deliver("offline-key-0001", "A", "K1-A001", takenOffline);
        assertThat(again.json().get("id").asText()).isEqualTo(first.json().get("id").asText());

        JsonNode called = server.as(clerk, "POST", "/api/v1/counters/1/next", null).json();
        assertThat(called.get("displayNumber").asText()).isEqualTo("K1-A001");
        JsonNode state = server.as(clerk, "GET", "/api/v1/counters/1/state", null).json();
        assertThat(state.get("current").get("number").asText()).isEqualTo("K1-A001");
        JsonNode display = server.send("GET", "/api/v1/display/state", null, null, null).json();
        assertThat(display.get("calls").get(0).get("number").asText()).isEqualTo("K1-A001");

        JsonNode periods = kioskNamed(server.as(tech, "GET", "/api/v1/technician/fleet", null).json(), "Sảnh A")
                .get("offlinePeriods");
        assertThat(periods).hasSize(1);
        assertThat(Instant.parse(periods.get(0).get("from").asText())).isEqualTo(lastBeat);
        assertThat(Instant.parse(periods.get(0).get("to").asText())).isEqualTo(back);
        assertThat(periods.get(0).get("lateTickets").asInt()).isEqualTo(1);
        java.util.List<String> names = new java.util.ArrayList<>();
        periods.get(0).fieldNames().forEachRemaining(names::add);
        assertThat(names).as("the fleet page reads these names").containsExactly("from", "to", "lateTickets");
        assertThat(kioskNamed(server.as(tech, "GET", "/api/v1/technician/fleet", null).json(), "Sảnh B")
                .get("offlinePeriods")).isEmpty();
    }

    @Test
    void aShortOutageUnseenByHeartbeatsIsStillShownFromTheFirstOfflineTicket() throws Exception {
        server.kiosk(kiosk, "POST", "/api/v1/kiosk/heartbeat", heartbeat());
        server.clock.advance(Duration.ofSeconds(20));
        Instant first = server.clock.instant();
        server.clock.advance(Duration.ofSeconds(20));
        Instant second = server.clock.instant();
        server.clock.advance(Duration.ofSeconds(20));
        server.kiosk(kiosk, "POST", "/api/v1/kiosk/heartbeat", heartbeat());
        assertThat(deliver("offline-key-0002", "A", "K1-A001", first).status()).isEqualTo(201);
        assertThat(deliver("offline-key-0003", "A", "K1-A002", second).status()).isEqualTo(201);
        JsonNode periods = kioskNamed(server.as(tech, "GET", "/api/v1/technician/fleet", null).json(), "Sảnh A")
                .get("offlinePeriods");
        assertThat(periods).hasSize(1);
        assertThat(Instant.parse(periods.get(0).get("from").asText())).isEqualTo(first);
        assertThat(periods.get(0).get("lateTickets").asInt()).isEqualTo(2);
    }

    @Test
    void malformedOfflineDeliveriesAreRefusedWithAReason() throws Exception {
        Instant now = server.clock.instant();
        TestServer.Reply noTime = deliver("offline-key-0004", "A", "K1-A001", null);
        assertThat(noTime.status()).isEqualTo(400);
        assertThat(noTime.json().get("detail").asText()).contains("go together");
        assertThat(deliver("offline-key-0005", "A", "A001", now).status()).isEqualTo(400);
        assertThat(deliver("offline-key-0006", "A", "K1-<script>", now).status()).isEqualTo(400);
        TestServer.Reply wrongService = deliver("offline-key-0007", "A", "K1-B001", now);
        assertThat(wrongService.status()).isEqualTo(400);
        assertThat(wrongService.json().get("detail").asText()).contains("service A");
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "offline-key-0008",
                "serviceCode", "A", "offlineNumber", "K1-A001", "offlineIssuedAt", "yesterday")).status())
                .isEqualTo(400);
        assertThat(server.as(clerk, "GET", "/api/v1/supervisor/queues", null).json().get(0).get("waiting").asInt())
                .isZero();
    }

    @Test
    void aKioskClockAheadJoinsTheQueueNowAndATicketOfAnEarlierDayIsKeptButNotQueued() throws Exception {
        Instant now = server.clock.instant();
        JsonNode ahead = deliver("offline-key-0009", "A", "K1-A001", now.plus(Duration.ofHours(2))).json();
        assertThat(Instant.parse(ahead.get("issuedAt").asText())).isEqualTo(now);
        assertThat(ahead.get("status").asText()).isEqualTo("waiting");
        JsonNode yesterday = deliver("offline-key-0010", "A", "K1-A007", now.minus(Duration.ofDays(1))).json();
        assertThat(yesterday.get("status").asText()).isEqualTo("voided");
        assertThat(server.as(clerk, "GET", "/api/v1/supervisor/queues", null).json().get(0).get("waiting").asInt())
                .isEqualTo(1);
    }

    private static JsonNode kioskNamed(JsonNode fleet, String name) {
        for (JsonNode k : fleet) {
            if (k.get("name").asText().equals(name)) {
                return k;
            }
        }
        throw new AssertionError("no kiosk " + name + " in " + fleet);
    }

    private static Map<String, Object> heartbeat() {
        return Map.of("printer", Map.of("online", true, "paperLow", false, "paperOut", false, "coverOpen", false,
                "cutterError", false, "statusBits", 0), "scannerOk", true, "freeDiskBytes", 5_000_000_000L,
                "appVersion", "0.1.0", "outboxPending", 0);
    }
}
