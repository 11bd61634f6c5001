package vn.onestop.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;

/** Finding 13: a clerk acts only on the counter they opened; supervisors on any. */
class CounterBindingTest extends ServerSuite {
    private TestServer.StaffClient clerk2;
    private TestServer.StaffClient clerk3;
    private String ticket;

    @BeforeEach
    void twoCountersAndATicketAtCounter3() throws Exception {
        String kiosk = server.enrolKiosk("Sảnh A");
        clerk2 = server.staff("clerk2", Role.COUNTER_STAFF);
        clerk3 = server.staff("clerk3", Role.COUNTER_STAFF);
        assertThat(server.as(clerk2, "POST", "/api/v1/counters/2/open", null).status()).isEqualTo(204);
        assertThat(server.as(clerk3, "POST", "/api/v1/counters/3/open", null).status()).isEqualTo(204);
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "key-bbbb-0001",
                "serviceCode", "C")).status()).isEqualTo(201);
        TestServer.Reply called = server.as(clerk3, "POST", "/api/v1/counters/3/next", null);
        assertThat(called.status()).as(called.body()).isEqualTo(200);
        ticket = called.json().get("id").asText();
    }

    private TestServer.Reply on3(TestServer.StaffClient who, String action) throws Exception {
        return server.as(who, "POST", "/api/v1/counters/3/tickets/" + ticket + "/" + action, null);
    }

    private String state() throws Exception {
        return server.as(clerk3, "GET", "/api/v1/counters/3/state", null).body();
    }

    @Test
    void theClerkOfCounter2CannotServeCloseOrRateCounter3sTicket() throws Exception {
        String before = state();
        for (String action : new String[] {"serve", "recall", "no-show", "complete", "park"}) {
            TestServer.Reply r = on3(clerk2, action);
            assertThat(r.status()).as(action + ": " + r.body()).isEqualTo(403);
            assertThat(r.body()).contains("Counter 3 is not yours: you opened counter 2");
        }
        assertThat(server.as(clerk2, "POST", "/api/v1/counters/3/next", null).status()).isEqualTo(403);
        assertThat(server.as(clerk2, "POST", "/api/v1/counters/3/tickets/" + ticket + "/transfer",
                Map.of("toService", "A")).status()).isEqualTo(403);
        assertThat(server.as(clerk2, "POST", "/api/v1/counters/3/close", null).status()).as("close").isEqualTo(403);
        assertThat(server.as(clerk2, "POST", "/api/v1/counters/3/rating", Map.of("score", 1)).status()).as("rate")
                .isEqualTo(403);
        assertThat(server.as(clerk2, "POST", "/api/v1/counters/3/open", null).status()).as("take over")
                .isEqualTo(403);
        assertThat(state()).as("counter 3 unchanged").isEqualTo(before);

        assertThat(on3(clerk3, "serve").status()).as("its own clerk").isEqualTo(200);
        assertThat(server.as(clerk3, "POST", "/api/v1/counters/3/rating", Map.of("score", 5)).status())
                .isEqualTo(204);
    }

    @Test
    void aClerkWithNoOpenCounterIsToldToOpenTheirsFirst() throws Exception {
        TestServer.StaffClient idle = server.staff("idle", Role.COUNTER_STAFF);

        TestServer.Reply r = server.as(idle, "POST", "/api/v1/counters/4/next", null);

        assertThat(r.status()).isEqualTo(409);
        assertThat(r.body()).contains("Open your counter first");
        assertThat(on3(idle, "complete").status()).isEqualTo(409);
        assertThat(server.as(idle, "POST", "/api/v1/counters/9/next", null).status()).isEqualTo(404);
    }

    @Test
    void aSupervisorActsOnAnyCounter() throws Exception {
        TestServer.StaffClient supervisor = server.staff("sup", Role.SUPERVISOR);

        assertThat(on3(supervisor, "serve").status()).isEqualTo(200);
        assertThat(on3(supervisor, "complete").status()).isEqualTo(200);
        assertThat(server.as(supervisor, "POST", "/api/v1/counters/3/close", null).status()).isEqualTo(204);
    }
}
