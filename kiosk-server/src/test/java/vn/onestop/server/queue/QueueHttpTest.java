package vn.onestop.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;

/** The queue through HTTP: issue, call, recall, serve, no-show, transfer, park, return, complete, void. */
class QueueHttpTest extends ServerSuite {
    String kiosk;
    TestServer.StaffClient clerk;

    @BeforeEach
    void start() throws Exception {
        kiosk = server.enrolKiosk("Sảnh A");
        clerk = server.staff("clerk", Role.COUNTER_STAFF);
        assertThat(server.as(clerk, "POST", "/api/v1/counters/2/open", null).status()).isEqualTo(204);
    }

    JsonNode issue(String key, String service, String cls) throws Exception {
        TestServer.Reply r = server.kiosk(kiosk, "POST", "/api/v1/tickets", cls == null
                ? Map.of("idempotencyKey", key, "serviceCode", service)
                : Map.of("idempotencyKey", key, "serviceCode", service, "priorityClass", cls));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    JsonNode next(String counter) throws Exception {
        TestServer.Reply r = server.as(clerk, "POST", "/api/v1/counters/" + counter + "/next", null);
        return r.status() == 204 ? null : r.json();
    }

    JsonNode act(String counter, JsonNode ticket, String action) throws Exception {
        TestServer.Reply r = server.as(clerk, "POST", "/api/v1/counters/" + counter + "/tickets/"
                + ticket.get("id").asText() + "/" + action, null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    @Test
    void numbersRunPerServiceAndRepeatedIssueReturnsTheSameTicket() throws Exception {
        JsonNode a1 = issue("key-aaaa-0001", "A", null);
        JsonNode a2 = issue("key-aaaa-0002", "A", null);
        JsonNode b1 = issue("key-bbbb-0001", "B", null);
        JsonNode again = issue("key-aaaa-0001", "A", null);
        assertThat(a1.get("displayNumber").asText()).isEqualTo("A001");
        assertThat(a2.get("displayNumber").asText()).isEqualTo("A002");
        assertThat(b1.get("displayNumber").asText()).isEqualTo("B001");
        assertThat(again.get("id").asText()).isEqualTo(a1.get("id").asText());
        assertThat(a2.get("peopleAhead").asInt()).isEqualTo(1);
        assertThat(a2.get("estimatedWaitMinutes").asInt()).isEqualTo(6);
    }

    @Test
    void priorityTicketsAreCalledFirstAndEveryOperationMovesTheTicket() throws Exception {
        JsonNode normal = issue("key-norm-0001", "A", null);
        JsonNode elderly = issue("key-eldr-0001", "A", "elderly");
        assertThat(normal.get("peopleAhead").asInt()).isZero();
        JsonNode first = next("2");
        assertThat(first.get("id").asText()).isEqualTo(elderly.get("id").asText());
        assertThat(first.get("status").asText()).isEqualTo("called");
        assertThat(act("2", first, "recall").get("status").asText()).isEqualTo("called");
        assertThat(act("2", first, "serve").get("status").asText()).isEqualTo("serving");
        assertThat(act("2", first, "park").get("status").asText()).isEqualTo("parked");
        assertThat(act("2", first, "return").get("status").asText()).isEqualTo("waiting");
        JsonNode again = next("2");
        assertThat(again.get("id").asText()).as("a returned ticket keeps its place").isEqualTo(elderly.get("id").asText());
        assertThat(act("2", again, "complete").get("status").asText()).isEqualTo("done");
        JsonNode second = next("2");
        assertThat(act("2", second, "no-show").get("status").asText()).isEqualTo("no_show");
        assertThat(next("2")).isNull();
    }

    @Test
    void transferKeepsTheIssueTimeSoTheCitizenIsNotSentToTheBack() throws Exception {
        JsonNode a = issue("key-tran-0001", "A", null);
        server.clock.advance(Duration.ofMinutes(5));
        JsonNode b = issue("key-tran-0002", "B", null);
        JsonNode called = next("2");
        assertThat(called.get("id").asText()).isEqualTo(a.get("id").asText());
        TestServer.Reply r = server.as(clerk, "POST", "/api/v1/counters/2/tickets/" + a.get("id").asText()
                + "/transfer", Map.of("toService", "B"));
        assertThat(r.json().get("serviceCode").asText()).isEqualTo("B");
        assertThat(r.json().get("displayNumber").asText()).isEqualTo("A001");
        assertThat(r.json().get("peopleAhead").asInt()).isZero();
        TestServer.Reply later = server.kiosk(kiosk, "GET", "/api/v1/tickets/" + b.get("id").asText(), null);
        assertThat(later.json().get("peopleAhead").asInt()).isEqualTo(1);
        server.as(clerk, "POST", "/api/v1/counters/3/open", null);
        assertThat(next("3").get("id").asText()).isEqualTo(a.get("id").asText());
    }

    @Test
    void voidedTicketIsNeverCalledAndOtherKiosksCannotVoid() throws Exception {
        JsonNode t = issue("key-void-0001", "A", null);
        String other = server.enrolKiosk("Sảnh B");
        TestServer.Reply foreign = server.kiosk(other, "POST", "/api/v1/tickets/" + t.get("id").asText() + "/void",
                Map.of("reason", "print failed"));
        assertThat(foreign.status()).isEqualTo(404);
        TestServer.Reply r = server.kiosk(kiosk, "POST", "/api/v1/tickets/" + t.get("id").asText() + "/void",
                Map.of("reason", "print failed: paper out"));
        assertThat(r.json().get("status").asText()).isEqualTo("voided");
        assertThat(next("2")).isNull();
    }

    @Test
    void numberingRestartsAtLocalMidnightAndYesterdayIsKept() throws Exception {
        // 01:00Z is 08:00 in Hanoi; 16:30Z is 23:30, 17:30Z is 00:30 the next local day.
        issue("key-day1-0001", "A", null);
        server.clock.advance(Duration.ofHours(15).plusMinutes(30));
        assertThat(issue("key-day1-0002", "A", null).get("displayNumber").asText()).isEqualTo("A002");
        server.clock.advance(Duration.ofHours(1));
        JsonNode tomorrow = issue("key-day2-0001", "A", null);
        assertThat(tomorrow.get("displayNumber").asText()).isEqualTo("A001");
        assertThat(tomorrow.get("serviceDay").asText()).isEqualTo("2026-11-26");
        long kept = server.db.read(c -> vn.onestop.server.db.Rows.count(c, "SELECT COUNT(*) FROM ticket"));
        assertThat(kept).isEqualTo(3);
    }

    @Test
    void interleavedModeCallsANormalTicketAfterThreePriorityCalls() throws Exception {
        JsonNode normal = issue("key-intl-0000", "A", null);
        for (int i = 1; i <= 4; i++) {
            issue("key-intl-000" + i, "A", "pregnant");
        }
        for (int i = 0; i < 3; i++) {
            assertThat(next("2").get("priorityClass").asText()).isEqualTo("pregnant");
        }
        assertThat(next("2").get("id").asText()).isEqualTo(normal.get("id").asText());
        assertThat(next("2").get("priorityClass").asText()).isEqualTo("pregnant");
    }

    @Test
    void closedCounterCannotCallAndStaffSeesQueues() throws Exception {
        issue("key-clos-0001", "A", null);
        // A supervisor may act on any counter (a clerk on counter 1 would get 403: not theirs), but not call at a
        // closed one.
        TestServer.StaffClient supervisor = server.staff("sup", Role.SUPERVISOR);
        TestServer.Reply r = server.as(supervisor, "POST", "/api/v1/counters/1/next", null);
        assertThat(r.status()).isEqualTo(409);
        assertThat(r.body()).contains("closed");
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode queues = server.as(clerk, "GET", "/api/v1/supervisor/queues", null).json();
        assertThat(queues.get(0).get("serviceCode").asText()).isEqualTo("A");
        assertThat(queues.get(0).get("waiting").asInt()).isEqualTo(1);
        assertThat(queues.get(0).get("next").get(0).asText()).isEqualTo("A001");
    }

    @Test
    void estimatedWaitFollowsRecentServiceTimesAndOpenCounters() throws Exception {
        for (int i = 0; i < 2; i++) {
            issue("key-estm-000" + i, "A", null);
        }
        for (int i = 0; i < 2; i++) {
            JsonNode t = next("2");
            server.clock.advance(Duration.ofMinutes(10));
            act("2", t, "complete");
        }
        issue("key-estm-0010", "A", null);
        issue("key-estm-0011", "A", null);
        // Two people ahead, 10 minutes each, one open counter for A.
        assertThat(issue("key-estm-0012", "A", null).get("estimatedWaitMinutes").asInt()).isEqualTo(20);
        server.as(clerk, "POST", "/api/v1/counters/1/open", null);
        assertThat(issue("key-estm-0013", "A", null).get("estimatedWaitMinutes").asInt()).isEqualTo(15);
    }

    @Test
    void aTicketCanBeRatedOnceAfterItWasServed() throws Exception {
        JsonNode t = issue("key-rate-0001", "A", null);
        Map<String, Object> rating = Map.of("ticketId", t.get("id").asText(), "score", 4, "comment", "Nhanh, chu đáo");
        // Waiting, then called: not served yet, so no rating (issue 27).
        TestServer.Reply early = server.kiosk(kiosk, "POST", "/api/v1/ratings", rating);
        assertThat(early.status()).as(early.body()).isEqualTo(409);
        assertThat(early.json().get("detail").asText()).contains("not been served");
        JsonNode called = next("2");
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/ratings", rating).status()).isEqualTo(409);
        act("2", called, "complete");
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/ratings", rating).status()).isEqualTo(204);
        TestServer.Reply again = server.kiosk(kiosk, "POST", "/api/v1/ratings", rating);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("already rated");
    }
}
