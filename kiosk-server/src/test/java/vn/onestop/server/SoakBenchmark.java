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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Soak: one hour of a busy centre (6 kiosks issuing 720 tickets an hour with heartbeats and config reads,
 * 2 counters calling/serving/completing and refreshing the queue page, 3 hall displays listening on
 * {@code /api/v1/events}) compressed into {@code soak.seconds} (default 100 s, 36x) against the real server
 * program in its own JVM (SQLite, {@code -Xmx256m}). Baseline in the same run: the very same schedule with
 * every request a {@code GET /health}. Prints requests, errors, p99 latencies, events and the server's heap
 * (after full GC) and RSS at start and end.
 */
@Tag("bench")
class SoakBenchmark {
    private static final int KIOSKS = 6;
    private static final int DISPLAYS = 3;
    @TempDir
    Path dir;

    @Test
    void oneHourOfCentreTrafficCompressed() throws Exception {
        double soakSeconds = Double.parseDouble(System.getProperty("soak.seconds", "100"));
        double speedUp = 3600 / soakSeconds;
        try (DemoServerProcess server = new DemoServerProcess(dir)) {
            DemoServerProcess.Staff technician = server.login("demo-technician");
            List<String> kiosks = new ArrayList<>();
            for (int i = 1; i <= KIOSKS; i++) {
                kiosks.add(server.enrolKiosk(technician, "Soak kiosk " + i));
            }
            Map<String, DemoServerProcess.Staff> counters = new LinkedHashMap<>();
            DemoServerProcess.Staff clerk1 = server.login("demo-counter1");
            DemoServerProcess.Staff clerk2 = server.login("demo-counter2");
            counters.put("1", clerk1);
            counters.put("2", clerk2);
            for (Map.Entry<String, DemoServerProcess.Staff> c : counters.entrySet()) {
                assertThat(server.post("/api/v1/counters/" + c.getKey() + "/open", "", DemoServerProcess.headers(c.getValue()))
                        .statusCode()).isEqualTo(204);
            }

            SoakTraffic baseline = new SoakTraffic(server, kiosks, counters, speedUp, true);
            baseline.run(Math.min(30, soakSeconds / 3));
            double heapStart = server.heapAfterGcMib();
            double rssStart = server.rssMib();

            DemoServerProcess.Staff supervisor = server.login("demo-supervisor");
            List<Display> displays = new ArrayList<>();
            for (int i = 0; i < DISPLAYS; i++) {
                displays.add(new Display(server, supervisor));
            }
            SoakTraffic soak = new SoakTraffic(server, kiosks, counters, speedUp, false);
            soak.run(soakSeconds);
            double heapEnd = server.heapAfterGcMib();
            double rssEnd = server.rssMib();
            displays.forEach(Display::close);

            print("soak_simulated_hours", 1, "h");
            print("soak_real_duration", soakSeconds, "s");
            print("soak_requests_served", soak.served.get(), "requests");
            print("soak_errors", soak.errors.get(), "requests");
            print("soak_tickets_issued", soak.issued.get(), "tickets");
            print("soak_tickets_completed", soak.completed.get(), "tickets");
            for (String kind : List.of("issue", "heartbeat", "config", "next", "serve", "complete", "queues")) {
                print("soak_p99_" + kind, soak.p99Ms(kind), "ms");
            }
            print("soak_p99_all", soak.p99Ms(null), "ms");
            print("baseline_health_requests_served", baseline.served.get(), "requests");
            print("baseline_health_errors", baseline.errors.get(), "requests");
            print("baseline_health_p99", baseline.p99Ms(null), "ms");
            print("soak_vs_health_p99_ratio", soak.p99Ms(null) / baseline.p99Ms(null), "");
            int fewest = displays.stream().mapToInt(d -> d.issuedEvents.get()).min().orElse(0);
            print("sse_displays", DISPLAYS, "listeners");
            print("sse_fewest_ticket_issued_events", fewest, "events");
            print("sse_missed_ticket_issued_events", soak.issued.get() - fewest, "events");
            print("server_heap_after_gc_start", heapStart, "MiB");
            print("server_heap_after_gc_end", heapEnd, "MiB");
            print("server_heap_growth_ratio", heapEnd / heapStart, "");
            print("server_rss_start", rssStart, "MiB");
            print("server_rss_end", rssEnd, "MiB");

            assertThat(soak.errors.get()).as("errors during the soak").isZero();
            // Displays missing events is a finding (EventsUnderLoadTest), printed above, not a benchmark failure.
        }
    }

    /** A hall display: an open event stream counting ticket.issued events. */
    static final class Display {
        final AtomicInteger issuedEvents = new AtomicInteger();
        private final InputStream body;

        Display(DemoServerProcess server, DemoServerProcess.Staff staff) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/events"))
                    .header("Cookie", staff.cookie()).header("Accept", "text/event-stream").GET().build();
            HttpResponse<InputStream> r = server.http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertThat(r.statusCode()).isEqualTo(200);
            body = r.body();
            Thread reader = new Thread(this::read, "display");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.equals("event: ticket.issued") || line.equals("event:ticket.issued")) {
                        issuedEvents.incrementAndGet();
                    }
                }
            } catch (java.io.IOException closed) {
                // the display was closed
            }
        }

        void close() {
            try {
                body.close();
            } catch (java.io.IOException ignored) {
                // closing a stream that already ended
            }
        }
    }

    static void print(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "%s: %.2f %s", name, value, unit).trim());
    }
}
