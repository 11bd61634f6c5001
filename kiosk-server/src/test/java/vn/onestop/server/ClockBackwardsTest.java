package vn.onestop.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.staff.Role;

/**
 * The server's clock steps backwards (NTP correction, a technician fixing the BIOS time, a VM restored):
 * ticket numbers must not repeat and counters must still call citizens in the order they took tickets.
 * The injected clock starts at 08:00 in Vietnam (01:00 UTC).
 */
class ClockBackwardsTest extends ServerSuite {
    String kiosk;
    TestServer.StaffClient clerk;

    @BeforeEach
    void start() throws Exception {
        kiosk = server.enrolKiosk("Sảnh A");
        clerk = server.staff("clerk", Role.COUNTER_STAFF);
        assertThat(server.as(clerk, "POST", "/api/v1/counters/1/open", null).status()).isEqualTo(204);
    }

    private JsonNode issue(String key) throws Exception {
        TestServer.Reply r = server.kiosk(kiosk, "POST", "/api/v1/tickets",
                Map.of("idempotencyKey", key, "serviceCode", "A"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    /** Calls every waiting ticket at counter 1 (which serves A) and returns the display numbers in call order. */
    private List<String> callAll() throws Exception {
        List<String> called = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            TestServer.Reply r = server.as(clerk, "POST", "/api/v1/counters/1/next", null);
            if (r.status() == 204) {
                return called;
            }
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            JsonNode t = r.json();
            called.add(t.get("displayNumber").asText());
            assertThat(server.as(clerk, "POST", "/api/v1/counters/1/tickets/" + t.get("id").asText() + "/serve",
                    null).status()).isEqualTo(200);
            assertThat(server.as(clerk, "POST", "/api/v1/counters/1/tickets/" + t.get("id").asText()
                    + "/complete", null).status()).isEqualTo(200);
        }
        throw new AssertionError("the queue never emptied: " + called);
    }

    @Test
    void numbersKeepRunningWhenTheClockStepsBackWithinTheDay() throws Exception {
        JsonNode first = issue("clock-back-0001");
        JsonNode second = issue("clock-back-0002");
        server.clock.advance(Duration.ofMinutes(-30));
        JsonNode third = issue("clock-back-0003");

        assertThat(List.of(first, second, third)).extracting(t -> t.get("number").asInt()).containsExactly(1, 2, 3);
        assertThat(issue("clock-back-0002").get("id").asText()).as("a repeated tap still returns the same ticket")
                .isEqualTo(second.get("id").asText());
    }

    @Test
    void countersCallInIssueOrderAfterTheClockStepsBack() throws Exception {
        issue("clock-back-0001");
        issue("clock-back-0002");
        server.clock.advance(Duration.ofMinutes(-30));
        issue("clock-back-0003");

        assertThat(callAll()).containsExactly("A001", "A002", "A003");
    }

    @Test
    void aTicketIssuedWhileTheClockShowsYesterdayIsNumberedAndCalledToday() throws Exception {
        JsonNode today = issue("clock-back-0001");
        server.clock.advance(Duration.ofHours(-9)); // 23:00 yesterday in Vietnam
        JsonNode stepped = issue("clock-back-0002");
        server.clock.advance(Duration.ofHours(9).plusMinutes(1));

        assertThat(stepped.get("displayNumber").asText()).isNotEqualTo(today.get("displayNumber").asText());
        assertThat(callAll()).hasSize(2);
    }

    @Test
    void callingAndServingStillWorkWhileTheClockIsBehind() throws Exception {
        issue("clock-back-0001");
        server.clock.advance(Duration.ofMinutes(-45));
        issue("clock-back-0002");

        assertThat(callAll()).containsExactlyInAnyOrder("A001", "A002");
        TestServer.Reply queues = server.as(clerk, "GET", "/api/v1/supervisor/queues", null);
        assertThat(queues.status()).isEqualTo(200);
        assertThat(queues.json().findValues("estimatedWaitMinutes")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.asInt()).as("no negative wait estimate").isNotNegative());
    }
}
