package vn.onestop.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ProvinceClient;
import vn.onestop.server.SseRecorder;
import vn.onestop.server.TestPostgres;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.RequiresPostgres;

/**
 * Two servers on one PostgreSQL database (each with its own pool, event bus and listener, as two processes):
 * a browser on one sees what happens on the other, and a browser that reconnects to the other server with its
 * Last-Event-ID gets exactly the events it missed.
 */
class PgEventsAcrossProcessesTest {
    private static final Instant MORNING = Instant.parse("2026-11-25T01:00:00Z");
    final ProvinceClient client = new ProvinceClient();

    @Test
    @RequiresPostgres
    void aBrowserCatchesUpOnTheOtherServerFromItsLastEventId() throws Exception {
        try (TestPostgres pg = TestPostgres.create();
                TestServer a = new TestServer(Database.openPostgres(pg.settings(4)), MORNING);
                TestServer b = new TestServer(Database.openPostgres(pg.settings(4)), MORNING)) {
            String kiosk = a.enrolKiosk("Sảnh A");
            TestServer.StaffClient boss = a.staff("boss", Role.SUPERVISOR);
            ProvinceClient.Session session = new ProvinceClient.Session(boss.cookie(), boss.csrf());
            String lastId;
            try (SseRecorder onA = new SseRecorder(client.http, a.base(), session)) {
                b.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "cross-key-1", "serviceCode", "A"));
                List<String> seen = onA.until("ticket.issued");
                lastId = seen.get(seen.size() - 1).split(" ")[0];
            }
            // While the browser is away: a ticket issued on A, a counter opened and a call made on B.
            a.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "cross-key-2", "serviceCode", "A"));
            b.as(boss, "POST", "/api/v1/counters/1/open", null);
            b.as(boss, "POST", "/api/v1/counters/1/next", null);
            try (SseRecorder onB = new SseRecorder(client.http, b.base(), session, lastId)) {
                List<String> caughtUp = onB.until("ticket.called");
                assertThat(caughtUp).extracting(e -> e.split(" ")[1])
                        .containsExactly("ticket.issued", "counter.state", "ticket.called");
                assertThat(Long.parseLong(caughtUp.get(0).split(" ")[0])).isGreaterThan(Long.parseLong(lastId));
                assertThat(onB.outOfOrder).isFalse();
            }
        }
    }
}
