package vn.onestop.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.Wait;

/**
 * The hall display's stream survives a recall: a recall publishes its status move as a bare "ticket.called" as well
 * as the flagged call; the stream shows the flagged one and keeps going (it used to end on the bare one).
 */
class DisplayStreamRecallTest extends ServerSuite {
    @Test
    void aRecallBlinksOnTheHallStreamAndLaterCallsStillArrive() throws Exception {
        String kiosk = server.enrolKiosk("k");
        for (int i = 0; i < 2; i++) {
            server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "recall-key-" + i,
                    "serviceCode", "A"));
        }
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<java.io.InputStream> stream = server.http.send(HttpRequest.newBuilder(URI.create(server.base()
                + "/api/v1/display/events")).header("Accept", "text/event-stream").GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> {
            try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(stream.body(),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                // closed at the end of the test
            }
        }, "hall-stream");
        reader.setDaemon(true);
        reader.start();
        try {
            Wait.until(() -> lines.stream().anyMatch(l -> l.startsWith(":") && l.contains("connected")),
                    Duration.ofSeconds(5), "the hall stream to connect");
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + stream.statusCode() + " " + lines, e);
        }
        TestServer.StaffClient clerk = server.staff("clerk", Role.COUNTER_STAFF);
        server.as(clerk, "POST", "/api/v1/counters/1/open", null);
        String id = server.as(clerk, "POST", "/api/v1/counters/1/next", null).json().get("id").asText();
        assertThat(server.as(clerk, "POST", "/api/v1/counters/1/tickets/" + id + "/recall", null).status())
                .isEqualTo(200);
        server.as(clerk, "POST", "/api/v1/counters/1/next", null);
        Wait.until(() -> lines.stream().anyMatch(l -> l.contains("\"recall\":true") && l.contains("A001")),
                Duration.ofSeconds(5), "the recall of A001 on the hall stream");
        Wait.until(() -> lines.stream().anyMatch(l -> l.contains("A002")), Duration.ofSeconds(5),
                "the next call after the recall still on the hall stream");
        stream.body().close();
    }
}
