package vn.onestop.server.events;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.ProvinceClient;
import vn.onestop.server.SseRecorder;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;

/** A hall display on {@code /api/v1/events} while several kiosks issue at once must see every ticket. */
class EventsUnderLoadTest {
    @TempDir
    Path dir;

    @Test
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

    @Test
    void aDisplayReconnectingWhileKiosksIssueMissesNothingAndGetsNothingTwice() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            TestServer.StaffClient boss = server.staff("boss", Role.SUPERVISOR);
            ProvinceClient.Session session = new ProvinceClient.Session(boss.cookie(), boss.csrf());
            List<String> kiosks = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                kiosks.add(server.enrolKiosk("Kiosk " + i));
            }
            SseRecorder before = new SseRecorder(server.http, server.base(), session);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<Integer>> results = new ArrayList<>();
            for (String token : kiosks) {
                results.add(pool.submit(() -> {
                    for (int n = 0; n < 60; n++) {
                        server.kiosk(token, "POST", "/api/v1/tickets", Map.of("idempotencyKey",
                                "reconnect-" + java.util.UUID.randomUUID(), "serviceCode", "A"));
                    }
                    return 60;
                }));
            }
            waitFor(() -> before.issued.size() >= 40);
            before.close();
            long lastSeen = before.issued.values().stream().mapToLong(Long::longValue).max().orElseThrow();
            SseRecorder after = new SseRecorder(server.http, server.base(), session, Long.toString(lastSeen));
            int issued = 0;
            for (Future<Integer> f : results) {
                issued += f.get();
            }
            pool.shutdown();
            int total = issued;
            waitFor(() -> distinct(before, after, lastSeen) >= total);
            after.close();

            assertThat(after.outOfOrder).as("ids after reconnecting only grow").isFalse();
            assertThat(after.issued.keySet()).as("nothing the display saw before is sent again")
                    .doesNotContainAnyElementsOf(seenUpTo(before, lastSeen));
            assertThat(distinct(before, after, lastSeen)).as("tickets the display saw over both connections")
                    .isEqualTo(issued);
        }
    }

    private static java.util.Set<String> seenUpTo(SseRecorder r, long lastSeen) {
        java.util.Set<String> s = new java.util.HashSet<>();
        r.issued.forEach((ticket, id) -> {
            if (id <= lastSeen) {
                s.add(ticket);
            }
        });
        return s;
    }

    private static int distinct(SseRecorder before, SseRecorder after, long lastSeen) {
        java.util.Set<String> all = seenUpTo(before, lastSeen);
        all.addAll(after.issued.keySet());
        return all.size();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
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
