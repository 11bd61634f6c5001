package vn.onestop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.staff.Role;

/** A hall display on {@code /api/v1/events} while several kiosks issue at once must see every ticket. */
class EventsUnderLoadTest {
    @TempDir
    Path dir;

    @Test
    @Disabled("finding: EventBus.publish numbers events under its lock but calls listeners after releasing it;"
            + " two kiosks issuing at once can deliver event N+1 before N, and EventsApi.send then drops N as"
            + " already sent (id <= last sent). Here a display got 360 of 400; SoakBenchmark saw 709 of 720")
    void aDisplaySeesEveryTicketIssuedConcurrently() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            TestServer.StaffClient boss = server.staff("boss", Role.SUPERVISOR);
            List<String> kiosks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                kiosks.add(server.enrolKiosk("Kiosk " + i));
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/events"))
                    .header("Cookie", boss.cookie()).header("Accept", "text/event-stream").GET().build();
            InputStream body = server.http.send(request, HttpResponse.BodyHandlers.ofInputStream()).body();
            AtomicInteger seen = new AtomicInteger();
            Thread reader = new Thread(() -> count(body, seen));
            reader.setDaemon(true);
            reader.start();

            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Integer>> results = new ArrayList<>();
            for (String token : kiosks) {
                results.add(pool.submit(() -> {
                    for (int n = 0; n < 50; n++) {
                        server.kiosk(token, "POST", "/api/v1/tickets", Map.of("idempotencyKey",
                                "load-" + java.util.UUID.randomUUID(), "serviceCode", "A"));
                    }
                    return 50;
                }));
            }
            int issued = 0;
            for (Future<Integer> f : results) {
                issued += f.get();
            }
            pool.shutdown();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (seen.get() < issued && System.nanoTime() < deadline) {
                java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
            }
            body.close();
            assertThat(seen.get()).as("ticket.issued events the display received").isEqualTo(issued);
        }
    }

    private static void count(InputStream body, AtomicInteger seen) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.replace(" ", "").equals("event:ticket.issued")) {
                    seen.incrementAndGet();
                }
            }
        } catch (java.io.IOException closed) {
            // the test closed the stream
        }
    }
}
