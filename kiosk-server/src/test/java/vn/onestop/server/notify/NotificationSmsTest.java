package vn.onestop.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.ServerApp;
import vn.onestop.server.TestServer;
import vn.onestop.server.connector.ConnectorSettings;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.Wait;

/**
 * SMS notifications through a local gateway stub (docs/sms-gateway.md): retried after 503 and delivered once, a 400
 * given up at once, the same event twice queued once, pending rows delivered once after a restart, the technician's
 * view and retry, and addresses erased by the retention job.
 */
class NotificationSmsTest {
    static final Duration WAIT = Duration.ofSeconds(10);
    static final String PHONE = "0901234567";
    @TempDir
    Path dir;
    SmsGatewayStub gateway;
    NotifySettings settings;
    TestServer server;
    Hall hall;

    @BeforeEach
    void start() throws Exception {
        gateway = new SmsGatewayStub();
        settings = Hall.settings(dir, "notify.sms.url=" + gateway.url() + "\nnotify.sms.tokenFile=sms-token.txt\n"
                + "notify.sms.sender=ONESTOP\nnotify.retry.initialSeconds=10\nnotify.retry.maxSeconds=20\n"
                + "notify.retry.maxAttempts=5\nnotify.pollMillis=50\n");
        server = new TestServer(dir, TestServer.config(), Instant.parse("2026-11-25T01:00:00Z"),
                ConnectorSettings.off(), settings);
        hall = new Hall(server);
    }

    @AfterEach
    void stop() {
        server.close();
        gateway.close();
    }

    NotificationOutbox.Row row(String key) {
        return server.app.notifications().rows(key).stream().filter(r -> r.idempotencyKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no outbox row " + key));
    }

    /** Waits until the worker has put the failed row back for later, then moves the test clock past that. */
    void passBackoff(String key) {
        Wait.until(() -> {
            Long next = row(key).nextAttemptAt();
            return next != null && next > server.clock.millis();
        }, WAIT, "the next attempt scheduled");
        server.clock.advance(Duration.ofMinutes(1));
    }

    @Test
    void failuresWith503AreRetriedAndTheMessageIsDeliveredOnce() throws Exception {
        gateway.answer(503, 503);
        String ticket = hall.issue();
        assertThat(hall.watch(ticket, Contact.sms("090 123 4567"))).isTrue();
        String key = "ticket:" + ticket + ":ahead:sms";
        Wait.until(() -> gateway.requests(key) == 1, WAIT, "the first attempt");
        Wait.until(() -> row(key).lastError() != null, WAIT, "the first failure recorded");
        assertThat(row(key).state()).isEqualTo("pending");
        assertThat(row(key).lastError()).contains("503");
        passBackoff(key);
        Wait.until(() -> gateway.requests(key) == 2, WAIT, "the second attempt");
        passBackoff(key);
        Wait.until(() -> row(key).state().equals("delivered"), WAIT, "delivery");
        assertThat(gateway.requests(key)).isEqualTo(3);
        assertThat(gateway.accepted(key)).isEqualTo(1);
        assertThat(row(key).attempts()).isEqualTo(3);
        JsonNode sms = gateway.bodies().get(0);
        assertThat(sms.get("to").asText()).isEqualTo(PHONE);
        assertThat(sms.get("from").asText()).isEqualTo("ONESTOP");
        assertThat(sms.get("reference").asText()).isEqualTo(key);
        assertThat(sms.get("text").asText()).contains(hall.number(ticket)).contains("sắp đến lượt").contains("is next");
    }

    @Test
    void aRefusalWith400IsPermanentAndNotRetriedUntilATechnicianSaysSo() throws Exception {
        gateway.answer(400);
        String ticket = hall.issue();
        hall.watch(ticket, Contact.sms(PHONE));
        String key = "ticket:" + ticket + ":ahead:sms";
        Wait.until(() -> row(key).state().equals("failed"), WAIT, "the refusal");
        assertThat(row(key).lastError()).contains("400");
        // Barrier: a later message is delivered by a later round, which would have claimed the failed row if it
        // were due.
        server.clock.advance(Duration.ofMinutes(1));
        server.db.write(c -> server.app.notifications().send(c, "test:barrier", Contact.sms("0912000111"),
                "", "Thử / Test"));
        Wait.until(() -> gateway.accepted("test:barrier") == 1, WAIT, "the later message");
        assertThat(gateway.requests(key)).isEqualTo(1);
        assertThat(row(key).attempts()).isEqualTo(1);

        TestServer.StaffClient tech = server.staff("tech", Role.TECHNICIAN);
        TestServer.Reply backlog = server.as(tech, "GET", "/api/v1/technician/notifications/outbox", null);
        assertThat(backlog.status()).isEqualTo(200);
        assertThat(backlog.json().get("failed").asLong()).isEqualTo(1);
        assertThat(backlog.json().get("channels").toString()).isEqualTo("[\"sms\"]");
        assertThat(backlog.body()).contains("*******567").doesNotContain(PHONE).doesNotContain("0912000111");
        TestServer.StaffClient clerk = hall.clerk;
        assertThat(server.as(clerk, "GET", "/api/v1/technician/notifications/outbox", null).status()).isEqualTo(403);

        String id = row(key).id();
        assertThat(server.as(tech, "POST", "/api/v1/technician/notifications/outbox/" + id + "/retry", null)
                .status()).isEqualTo(200);
        Wait.until(() -> row(key).state().equals("delivered"), WAIT, "delivery after the technician's retry");
        assertThat(gateway.accepted(key)).isEqualTo(1);
        assertThat(server.as(tech, "POST", "/api/v1/technician/notifications/outbox/" + id + "/retry", null)
                .status()).as("a delivered row is not sent again").isEqualTo(404);
    }

    @Test
    void theSameEventTwiceQueuesOnceAndARecallSendsNothing() throws Exception {
        String first = hall.issue();
        hall.watch(first, Contact.sms(PHONE));
        String called = hall.next();
        assertThat(called).isEqualTo(first);
        String key = "ticket:" + first + ":called:sms";
        Wait.until(() -> gateway.accepted(key) == 1, WAIT, "the 'called' SMS");
        // What a second server process's bus (PostgreSQL) hands over: the very same event once more; and a recall.
        server.app.events().publish("ticket.called", Map.of("ticketId", first, "number", hall.number(first),
                "counterId", "2", "serviceCode", "A", "recall", false));
        hall.recall(first);
        boolean queuedAgain = server.db.write(c -> server.app.notifications().send(c, key, Contact.sms(PHONE), "",
                "again"));
        assertThat(queuedAgain).as("a key queued before queues nothing").isFalse();
        // Barrier: a second watched ticket's SMS goes through the same watcher thread and worker afterwards.
        String second = hall.issue();
        hall.watch(second, Contact.sms("0912000111"));
        hall.next();
        Wait.until(() -> gateway.accepted("ticket:" + second + ":called:sms") == 1, WAIT, "the second ticket's SMS");
        assertThat(gateway.requests(key)).isEqualTo(1);
        assertThat(server.app.notifications().rows("ticket:" + first + ":called")).hasSize(1);
        assertThat(gateway.bodies().stream().filter(b -> b.get("reference").asText().equals(key)).findFirst()
                .orElseThrow().get("text").asText()).contains("Mời số " + hall.number(first) + " đến Quầy 2")
                .contains("please go to counter 2");
    }

    @Test
    void rowsPendingAtAStopAreDeliveredOnceAfterTheRestart() throws Exception {
        gateway.answer(503, 503, 503);
        String ticket = hall.issue();
        hall.watch(ticket, Contact.sms(PHONE));
        String key = "ticket:" + ticket + ":ahead:sms";
        Wait.until(() -> row(key).lastError() != null, WAIT, "a failed first attempt");
        server.app.stop();
        // The next start, on the same database (the same file, or the same PostgreSQL database).
        ServerApp again = new ServerApp(TestServer.config(), server.db, server.clock, dir, ConnectorSettings.off(),
                settings, null).start(0);
        try {
            for (int attempt = 2; attempt <= 4; attempt++) {
                passBackoff(key);
                int n = attempt;
                Wait.until(() -> gateway.requests(key) >= n, WAIT, "attempt " + n);
            }
            Wait.until(() -> row(key).state().equals("delivered"), WAIT, "delivery after the restart");
            assertThat(gateway.accepted(key)).isEqualTo(1);
            assertThat(gateway.requests(key)).isEqualTo(4);
        } finally {
            again.stop();
        }
    }

    @Test
    void theRetentionJobErasesAddressesOfOldFinishedRows() throws Exception {
        String ticket = hall.issue();
        hall.watch(ticket, Contact.sms(PHONE));
        String key = "ticket:" + ticket + ":ahead:sms";
        Wait.until(() -> row(key).state().equals("delivered"), WAIT, "delivery");
        server.clock.advance(Duration.ofDays(29));
        server.app.retention().runOnce();
        assertThat(address(key)).as("kept within notify.retentionDays (30)").isEqualTo(PHONE);
        server.clock.advance(Duration.ofDays(2));
        server.app.retention().runOnce();
        assertThat(address(key)).isNull();
        assertThat(row(key).address()).isEqualTo("(erased)");
        long watches = server.db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM ticket_watch WHERE ticket_id = ?",
                ticket));
        assertThat(watches).isZero();
    }

    String address(String key) {
        return server.db.read(c -> Rows.one(c, "SELECT address FROM notification_outbox WHERE idempotency_key = ?",
                rs -> rs.getString(1), key)).orElse(null);
    }
}
