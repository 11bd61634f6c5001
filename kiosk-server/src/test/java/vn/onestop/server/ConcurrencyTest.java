package vn.onestop.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.Role;

/** Many counters pressing "next" at once, many kiosks issuing at once with retries. */
class ConcurrencyTest extends ServerSuite {
    @Test
    void fiftyThreadsPressingNextCallEachTicketExactlyOnce() throws Exception {
        String kiosk = server.enrolKiosk("Sảnh A");
        int tickets = 40;
        for (int i = 0; i < tickets; i++) {
            server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "next-key-" + i,
                    "serviceCode", "A"));
        }
        TestServer.StaffClient clerk = server.staff("clerk", Role.COUNTER_STAFF);
        // Counters 1, 2 and 4 all call from service A; 50 threads share them, each pressing once.
        for (String c : List.of("1", "2", "4")) {
            server.as(clerk, "POST", "/api/v1/counters/" + c + "/open", null);
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch go = new CountDownLatch(1);
        ConcurrentLinkedQueue<String> called = new ConcurrentLinkedQueue<>();
        List<Future<Integer>> results = new ArrayList<>();
        String[] counters = {"1", "2", "4"};
        for (int t = 0; t < 50; t++) {
            String counter = counters[t % 3];
            results.add(pool.submit(() -> {
                go.await();
                TestServer.Reply r = server.as(clerk, "POST", "/api/v1/counters/" + counter + "/next", null);
                if (r.status() == 200) {
                    called.add(r.json().get("id").asText());
                }
                return r.status();
            }));
        }
        go.countDown();
        for (Future<Integer> f : results) {
            assertThat(f.get(60, TimeUnit.SECONDS)).isIn(200, 204);
        }
        pool.shutdown();
        assertThat(called).hasSize(tickets).doesNotHaveDuplicates();
        long callHistory = server.db.read(c -> Rows.count(c,
                "SELECT COUNT(*) FROM ticket_history WHERE status = 'called'"));
        assertThat(callHistory).isEqualTo(tickets);
        long stillCalled = server.db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM ticket WHERE status = 'called'"));
        long done = server.db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM ticket WHERE status = 'done'"));
        assertThat(stillCalled).as("at most one current ticket per counter").isLessThanOrEqualTo(3);
        assertThat(done + stillCalled).isEqualTo(tickets);
    }

    @Test
    void twentyKiosksIssueAThousandTicketsWithRetriesWithoutDuplicatesOrLosses() throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            tokens.add(server.enrolKiosk("Kiosk " + k));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<List<String>>> results = new ArrayList<>();
        for (int k = 0; k < 20; k++) {
            String token = tokens.get(k);
            int kiosk = k;
            results.add(pool.submit(() -> {
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    Map<String, String> body = Map.of("idempotencyKey", "k" + kiosk + "-ticket-" + i,
                            "serviceCode", i % 2 == 0 ? "A" : "B");
                    JsonNode first = server.kiosk(token, "POST", "/api/v1/tickets", body).json();
                    // Every fifth request is sent again, as a kiosk does when a reply is lost.
                    if (i % 5 == 0) {
                        JsonNode retry = server.kiosk(token, "POST", "/api/v1/tickets", body).json();
                        assertThat(retry.get("id").asText()).isEqualTo(first.get("id").asText());
                    }
                    numbers.add(first.get("displayNumber").asText());
                }
                return numbers;
            }));
        }
        Set<String> all = new HashSet<>();
        int count = 0;
        for (Future<List<String>> f : results) {
            List<String> numbers = f.get(120, TimeUnit.SECONDS);
            count += numbers.size();
            all.addAll(numbers);
        }
        pool.shutdown();
        assertThat(count).isEqualTo(1000);
        assertThat(all).as("no duplicate numbers").hasSize(1000);
        assertThat(all).contains("A001", "A500", "B001", "B500").doesNotContain("A501", "B501");
        long stored = server.db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM ticket"));
        assertThat(stored).isEqualTo(1000);
    }
}
