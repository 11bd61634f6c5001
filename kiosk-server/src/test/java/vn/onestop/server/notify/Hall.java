package vn.onestop.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import vn.onestop.core.config.Settings;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;

/** A centre's hall through the real HTTP API: a kiosk issues tickets and a clerk at counter 2 calls them. */
final class Hall {
    final TestServer server;
    final String kiosk;
    final TestServer.StaffClient clerk;

    Hall(TestServer server) throws Exception {
        this.server = server;
        kiosk = server.enrolKiosk("Sảnh A");
        clerk = server.staff("clerk", Role.COUNTER_STAFF);
        assertThat(server.as(clerk, "POST", "/api/v1/counters/2/open", null).status()).isEqualTo(204);
    }

    /** Issues a ticket of service A at the kiosk; returns its id. */
    String issue() throws Exception {
        TestServer.Reply r = server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey",
                UUID.randomUUID().toString(), "serviceCode", "A"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json().get("id").asText();
    }

    /** Counter 2 calls the next ticket; returns its id. */
    String next() throws Exception {
        TestServer.Reply r = server.as(clerk, "POST", "/api/v1/counters/2/next", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("id").asText();
    }

    void recall(String ticketId) throws Exception {
        TestServer.Reply r = server.as(clerk, "POST", "/api/v1/counters/2/tickets/" + ticketId + "/recall", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    String number(String ticketId) {
        return server.app.queue().find(ticketId).displayNumber();
    }

    boolean watch(String ticketId, Contact contact) {
        return server.db.write(c -> server.app.notifications().watch(c, ticketId, contact));
    }

    /** Notification settings as server.properties lines would give them (files relative to {@code dir}). */
    static NotifySettings settings(Path dir, String properties) throws Exception {
        Files.writeString(dir.resolve("sms-token.txt"), SmsGatewayStub.TOKEN + "\n");
        return NotifySettings.from(Settings.parse(dir.resolve("server.properties"), properties), dir);
    }
}
