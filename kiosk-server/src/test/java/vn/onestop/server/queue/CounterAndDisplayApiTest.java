package vn.onestop.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.server.Filings;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;

/** The JSON the counter console and the hall display read, and the double-click guard on "call next". */
class CounterAndDisplayApiTest extends ServerSuite {
    String kiosk;
    TestServer.StaffClient clerk;

    @BeforeEach
    void start() throws Exception {
        kiosk = server.enrolKiosk("Sảnh A");
        clerk = server.staff("clerk", Role.COUNTER_STAFF);
        server.as(clerk, "POST", "/api/v1/counters/1/open", null);
    }

    private void issue(String key) throws Exception {
        assertThat(server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", key, "serviceCode", "A"))
                .status()).isEqualTo(201);
    }

    @Test
    void aRepeatedCallNextWithTheSameViewCallsOnlyOneTicket() throws Exception {
        issue("key-dbl-0001");
        issue("key-dbl-0002");
        TestServer.Reply first = server.as(clerk, "POST", "/api/v1/counters/1/next?expectCurrent=", null);
        TestServer.Reply second = server.as(clerk, "POST", "/api/v1/counters/1/next?expectCurrent=", null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asText()).contains("A001");
        JsonNode state = server.as(clerk, "GET", "/api/v1/counters/1/state", null).json();
        assertThat(state.get("current").get("number").asText()).isEqualTo("A001");
        JsonNode queues = server.as(clerk, "GET", "/api/v1/supervisor/queues", null).json();
        assertThat(queues.get(0).get("waiting").asInt()).isEqualTo(1);
        String current = state.get("current").get("id").asText();
        assertThat(server.as(clerk, "POST", "/api/v1/counters/1/next?expectCurrent=" + current, null).json()
                .get("displayNumber").asText()).isEqualTo("A002");
    }

    @Test
    void counterStateShowsTheCurrentTicketItsWaitItsDossierAndParkedTickets() throws Exception {
        issue("key-state-001");
        server.clock.advance(Duration.ofMinutes(7));
        JsonNode called = server.as(clerk, "POST", "/api/v1/counters/1/next", null).json();
        Map<String, Object> dossier = Filings.dossier("doss-state-01");
        dossier.put("ticketId", called.get("id").asText());
        dossier.put("delivery", "COUNTER");
        TestServer.Reply filed = server.kiosk(kiosk, "POST", "/api/v1/dossiers", dossier);
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        JsonNode state = server.as(clerk, "GET", "/api/v1/counters/1/state", null).json();
        assertThat(state.get("current").get("dossiers").get(0).get("code").asText())
                .isEqualTo(filed.json().get("dossier").get("code").asText());
        assertThat(state.toString()).doesNotContain("001203004567").doesNotContain("Nguyễn");
        assertThat(state.get("open").asBoolean()).isTrue();
        assertThat(state.get("current").get("serviceCode").asText()).isEqualTo("A");
        assertThat(state.get("current").get("waitedSeconds").asLong()).isEqualTo(420);
        // The counter page reads these names: the view records must keep them exactly.
        assertThat(fieldNames(state)).containsExactly("id", "name", "open", "staff", "services", "current", "parked");
        assertThat(fieldNames(state.get("current"))).containsExactly("id", "number", "serviceCode", "serviceName",
                "priorityClass", "status", "issuedAt", "calledAt", "waitedSeconds", "recallCount", "dossiers");
        assertThat(fieldNames(state.get("current").get("dossiers").get(0)))
                .containsExactly("code", "procedureCode", "status");
        server.as(clerk, "POST", "/api/v1/counters/1/tickets/" + called.get("id").asText() + "/park", null);
        state = server.as(clerk, "GET", "/api/v1/counters/1/state", null).json();
        assertThat(state.get("current").isNull()).isTrue();
        assertThat(state.get("parked").get(0).get("number").asText()).isEqualTo("A001");
        assertThat(fieldNames(state.get("parked").get(0))).as("a parked ticket lists no dossiers").containsExactly(
                "id", "number", "serviceCode", "serviceName", "priorityClass", "status", "issuedAt", "calledAt",
                "waitedSeconds", "recallCount");
        JsonNode display = server.as(clerk, "GET", "/api/v1/display/state", null).json();
        assertThat(fieldNames(display)).containsExactly("calls", "counters", "queues");
        assertThat(fieldNames(display.get("calls").get(0)))
                .containsExactly("number", "counterId", "counterName", "calledAt");
        assertThat(display.get("calls").get(0).get("number").asText()).isEqualTo("A001");
        assertThat(fieldNames(display.get("counters").get(0))).containsExactly("id", "name");
        assertThat(fieldNames(display.get("queues").get(0))).containsExactly("serviceCode", "nameVi", "waiting");
        assertThat(server.as(clerk, "GET", "/api/v1/counters/99/state", null).status()).isEqualTo(404);
    }

    /** Opens the public display feed and returns its lines as they arrive. */
    private BlockingQueue<String> displayFeed(String lastEventId, java.util.List<InputStream> toClose)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/display/events"))
                .header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> r = server.http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        toClose.add(r.body());
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                lines.add("closed");
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    /** Reads lines until the event {@code type}; returns the id line seen before it, or fails after 10 s. */
    private static String idOf(BlockingQueue<String> lines, String type) throws InterruptedException {
        String id = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith("id:")) {
                id = line.substring(3).trim();
            } else if (("event: " + type).equals(line)) {
                return id;
            }
        }
        throw new AssertionError("no " + type + " on the display feed within 10 s");
    }

    @Test
    void aDisplayThatReconnectsCatchesUpOnTheCallsItMissed() throws Exception {
        java.util.List<InputStream> streams = new java.util.ArrayList<>();
        try {
            BlockingQueue<String> first = displayFeed(null, streams);
            assertThat(first.poll(5, TimeUnit.SECONDS)).isNotNull();
            issue("key-recon-01");
            String lastId = idOf(first, "queue.changed");
            streams.get(0).close();
            server.as(clerk, "POST", "/api/v1/counters/1/next", null); // while the TV is disconnected
            BlockingQueue<String> again = displayFeed(lastId, streams);
            assertThat(Long.parseLong(idOf(again, "ticket.called"))).isGreaterThan(Long.parseLong(lastId));
        } finally {
            for (InputStream in : streams) {
                in.close();
            }
        }
    }

    @Test
    void theDisplayFeedIsPublicAndCarriesNumbersAndCountersOnly() throws Exception {
        issue("key-disp-001");
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/display/events"))
                .header("Accept", "text/event-stream").GET().build();
        HttpResponse<InputStream> r = server.http.send(req, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(r.statusCode()).isEqualTo(200);
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                lines.add("closed");
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            assertThat(lines.poll(5, TimeUnit.SECONDS)).isNotNull();
            server.as(clerk, "POST", "/api/v1/counters/1/next", null);
            String data = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (data == null && System.nanoTime() < deadline) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if ("event: ticket.called".equals(line)) {
                    data = lines.poll(5, TimeUnit.SECONDS);
                }
            }
            assertThat(data).isNotNull().startsWith("data:");
            JsonNode call = server.json.readTree(data.substring(5));
            assertThat(call.get("number").asText()).isEqualTo("A001");
            assertThat(call.get("counterId").asText()).isEqualTo("1");
            assertThat(call.has("ticketId")).isFalse();
        } finally {
            r.body().close();
        }
        JsonNode state = server.send("GET", "/api/v1/display/state", null, null, null).json();
        assertThat(state.get("calls").get(0).get("number").asText()).isEqualTo("A001");
        assertThat(state.get("calls").get(0).get("counterName").asText()).isEqualTo("Quầy 1");
        assertThat(state.toString()).doesNotContain("ticketId").doesNotContain("\"id\":\"" + "A");
        assertThat(state.get("queues").get(0).fieldNames()).toIterable()
                .containsExactlyInAnyOrder("serviceCode", "nameVi", "waiting");
    }

    private static java.util.List<String> fieldNames(JsonNode node) {
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
