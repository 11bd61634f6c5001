package vn.onestop.server.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;

/** Server-Sent Events: live ticket and counter events, and catch-up from Last-Event-ID after a reconnect. */
class EventsTest extends ServerSuite {
    String kiosk;
    TestServer.StaffClient boss;

    @BeforeEach
    void start() throws Exception {
        kiosk = server.enrolKiosk("Sảnh A");
        boss = server.staff("boss", Role.SUPERVISOR);
    }

    /** An open event stream whose lines arrive in a queue. */
    final class Stream implements AutoCloseable {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        final InputStream body;

        Stream(String lastEventId) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/events"))
                    .header("Cookie", boss.cookie()).header("Accept", "text/event-stream").GET();
            if (lastEventId != null) {
                b.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<InputStream> r = server.http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(r.statusCode()).isEqualTo(200);
            body = r.body();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (java.io.IOException e) {
                    lines.add("closed");
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        /** Reads events (id and type) until one of {@code type} arrives, or fails after 10 s. */
        List<String[]> until(String type) throws InterruptedException {
            List<String[]> events = new ArrayList<>();
            String id = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line == null) {
                    continue;
                }
                if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    String t = line.substring(6).trim();
                    events.add(new String[] {id, t});
                    if (t.equals(type)) {
                        return events;
                    }
                }
            }
            throw new AssertionError("no " + type + " event within 10 s; got " + events.size() + " events");
        }

        @Override
        public void close() throws Exception {
            body.close();
        }
    }

    void issue(String key) throws Exception {
        server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", key, "serviceCode", "A"));
    }

    @Test
    void liveEventsArriveAndAReconnectingClientCatchesUp() throws Exception {
        String lastId;
        try (Stream live = new Stream(null)) {
            live.lines.poll(5, TimeUnit.SECONDS); // the stream is open once its first comment arrives
            issue("sse-key-0001");
            assertThat(live.until("ticket.issued").get(0)[0]).isNotNull();
            server.as(boss, "POST", "/api/v1/counters/1/open", null);
            List<String[]> got = live.until("counter.state");
            lastId = got.get(got.size() - 1)[0];
        }
        // While disconnected: a ticket is issued and called.
        issue("sse-key-0002");
        server.as(boss, "POST", "/api/v1/counters/1/next", null);
        try (Stream again = new Stream(lastId)) {
            List<String[]> caughtUp = again.until("ticket.called");
            assertThat(caughtUp).extracting(e -> e[1]).containsExactly("ticket.issued", "ticket.called");
            assertThat(Long.parseLong(caughtUp.get(0)[0])).isGreaterThan(Long.parseLong(lastId));
        }
    }

    @Test
    void deviceAlertsGoOutWhenProblemsChangeNotWithEveryHeartbeat() throws Exception {
        Map<String, Object> paperOut = Map.of("online", true, "paperLow", true, "paperOut", true, "coverOpen", false,
                "cutterError", false, "statusBits", 0x0C);
        Map<String, Object> fine = Map.of("online", true, "paperLow", false, "paperOut", false, "coverOpen", false,
                "cutterError", false, "statusBits", 0);
        try (Stream live = new Stream(null)) {
            live.lines.poll(5, TimeUnit.SECONDS);
            for (int i = 0; i < 3; i++) {
                server.kiosk(kiosk, "POST", "/api/v1/kiosk/heartbeat", heartbeat(paperOut));
            }
            server.kiosk(kiosk, "POST", "/api/v1/kiosk/heartbeat", heartbeat(fine));
            List<String[]> events = live.until("device.recovered");
            assertThat(events).extracting(e -> e[1]).containsExactly("device.alert", "device.recovered");
        }
    }

    private static Map<String, Object> heartbeat(Map<String, Object> printer) {
        return Map.of("printer", printer, "scannerOk", true, "freeDiskBytes", 5_000_000_000L, "appVersion", "0.1.0",
                "outboxPending", 0);
    }
}
