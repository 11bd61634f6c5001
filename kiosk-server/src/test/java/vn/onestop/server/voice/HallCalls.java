package vn.onestop.server.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;

/** A kiosk that issues tickets and a clerk at counter 1 who calls them, through the real HTTP API. */
final class HallCalls {
    private final TestServer server;
    private final String kiosk;
    private final TestServer.StaffClient clerk;
    private int keys;

    HallCalls(TestServer server) throws Exception {
        this.server = server;
        kiosk = server.enrolKiosk("Sảnh A");
        clerk = server.staff("clerk", Role.COUNTER_STAFF);
        assertThat(server.as(clerk, "POST", "/api/v1/counters/1/open", null).status()).isLessThan(300);
    }

    /** Issues a ticket of service A and calls it to counter 1; returns its displayed number. */
    String call() throws Exception {
        TestServer.Reply issued = server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey",
                "voice-key-" + (keys++), "serviceCode", "A"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        TestServer.Reply called = server.as(clerk, "POST", "/api/v1/counters/1/next", null);
        assertThat(called.status()).as(called.body()).isEqualTo(200);
        return called.json().get("displayNumber").asText();
    }

    /** GET the announcement of {@code number} at counter 1, as the display's audio element does. */
    HttpResponse<byte[]> announcement(String number) throws Exception {
        return server.http.send(HttpRequest.newBuilder(URI.create(server.base()
                + "/api/v1/display/announcement?number=" + number + "&counterId=1")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
