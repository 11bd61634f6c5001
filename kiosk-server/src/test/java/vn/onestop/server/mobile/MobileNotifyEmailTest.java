package vn.onestop.server.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.TestMailbox;
import vn.onestop.server.TestServer;
import vn.onestop.server.connector.ConnectorSettings;
import vn.onestop.server.db.Rows;
import vn.onestop.server.notify.NotifySettings;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.Wait;

/**
 * A ticket's phone page asks to be notified by e-mail through the public route (issue 24), against a real server and a
 * real SMTP server (GreenMail on a random port): a bad address is refused with a clear message and stores nothing, a
 * channel the server does not send by is refused, the page shows only the masked address, and as counter 2 calls,
 * GreenMail receives "3 people away" and "called to counter 2" for that ticket's number, once each.
 */
class MobileNotifyEmailTest {
    static final String BASE = "https://hcc.example.vn";
    static final String ADDRESS = "cong.dan@example.vn";
    @RegisterExtension
    static TestMailbox mail = new TestMailbox();
    @TempDir
    Path dir;
    TestServer server;
    String kiosk;
    TestServer.StaffClient clerk;
    int keys;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private void start() throws Exception {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("server.properties"), mail.notifyProperties());
        ServerConfig sc = TestServer.config().toBuilder().mobile(MobileSettings.off().withBaseUrl(BASE)).build();
        server = new TestServer(Files.createDirectories(dir.resolve("data")), sc,
                Instant.parse("2026-11-25T01:00:00Z"), ConnectorSettings.off(), NotifySettings.load(config));
        kiosk = server.enrolKiosk("Sảnh A");
        clerk = server.staff("clerk", Role.COUNTER_STAFF);
        assertThat(server.as(clerk, "POST", "/api/v1/counters/2/open", null).status()).isEqualTo(204);
    }

    /** Issues a ticket of service A; returns the token of its link. */
    private String issue() throws Exception {
        TestServer.Reply r = server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey",
                "notify-key-" + (keys++), "serviceCode", "A"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String url = r.json().get("followUrl").asText();
        assertThat(url).startsWith(BASE + "/t/");
        return url.substring((BASE + "/t/").length());
    }

    private TestServer.Reply notify(String token, String channel, String address) throws Exception {
        return server.send("POST", "/api/v1/mobile/tickets/" + token + "/notify", Map.of("channel", channel,
                "address", address), null, null);
    }

    private JsonNode state(String token) throws Exception {
        TestServer.Reply r = server.send("GET", "/api/v1/mobile/tickets/" + token, null, null, null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json();
    }

    private void next() throws Exception {
        TestServer.Reply r = server.as(clerk, "POST", "/api/v1/counters/2/next", null);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private long watches() {
        return server.db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM ticket_watch"));
    }

    @Test
    void thePhoneAsksForEmailsAndTheyComeOnceWhenNearAndOnceWhenCalled() throws Exception {
        start();
        for (int i = 0; i < 4; i++) {
            issue();
        }
        String token = issue();
        JsonNode before = state(token);
        String number = before.get("number").asText();
        assertThat(before.get("notifyChannels")).extracting(JsonNode::asText).containsExactly("email");
        assertThat(before.get("canNotify").asBoolean()).isTrue();
        assertThat(before.get("notifying")).isEmpty();

        TestServer.Reply bad = notify(token, "email", "cong.dan@example");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        assertThat(bad.json().get("detail").asText()).contains("Địa chỉ e-mail không đúng")
                .contains("Not a valid e-mail address").doesNotContain("cong.dan");
        TestServer.Reply sms = notify(token, "sms", "0912 345 678");
        assertThat(sms.status()).as("this server sends no SMS").isEqualTo(400);
        assertThat(sms.json().get("detail").asText()).contains("does not send notifications this way");
        assertThat(watches()).as("nothing stored for refused addresses").isZero();
        assertThat(notify("0".repeat(48), "email", ADDRESS).status()).as("an unknown link").isEqualTo(404);
        assertThat(watches()).isZero();

        TestServer.Reply ok = notify(token, "email", ADDRESS);
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.body()).doesNotContain("cong.dan").doesNotContain(ADDRESS);
        assertThat(ok.json().get("notifying")).hasSize(1);
        assertThat(ok.json().get("notifying").get(0).get("channel").asText()).isEqualTo("email");
        assertThat(ok.json().get("notifying").get(0).get("to").asText()).isEqualTo("c***@example.vn");
        assertThat(state(token).get("notifying").get(0).get("to").asText()).isEqualTo("c***@example.vn");
        assertThat(watches()).isEqualTo(1);
        assertThat(mail.to(ADDRESS)).as("4 people ahead: not near yet").isEmpty();

        next(); // 3 ahead now: within notify.aheadThreshold (3)
        Wait.until(() -> mail.to(ADDRESS).size() == 1, Duration.ofSeconds(10), "the 'people away' e-mail");
        MimeMessage near = mail.to(ADDRESS).get(0);
        assertThat(near.getSubject()).contains(number).contains("còn 3 người").contains("3 ahead");

        for (int i = 0; i < 3; i++) {
            next();
        }
        assertThat(state(token).get("peopleAhead").asInt()).isZero();
        next(); // this phone's ticket, at counter 2
        Wait.until(() -> mail.to(ADDRESS).size() == 2, Duration.ofSeconds(10), "the 'called' e-mail");
        MimeMessage called = mail.to(ADDRESS).get(1);
        assertThat(called.getSubject()).isEqualTo("Mời số " + number + " đến Quầy 2 / Number " + number
                + ": counter 2");
        assertThat((String) called.getContent()).contains("Mời số " + number + " đến Quầy 2.")
                .contains("please go to counter 2").doesNotContain("cong.dan");
        JsonNode after = state(token);
        assertThat(after.get("status").asText()).isEqualTo("called");
        assertThat(after.get("canNotify").asBoolean()).as("a called ticket has nothing left to ask for").isFalse();
        assertThat(notify(token, "email", "khac@example.vn").status()).isEqualTo(409);

        // Once each. Barrier: a second phone's ticket, registered and called after the first, is mailed by the same
        // watcher thread, which handles events in order; by then any duplicate of the first would have been sent.
        String other = issue();
        assertThat(notify(other, "email", "nguoi.khac@example.vn").status()).isEqualTo(200);
        next();
        Wait.until(() -> mail.to("nguoi.khac@example.vn").size() == 2, Duration.ofSeconds(10),
                "the second phone's mails");
        assertThat(mail.to(ADDRESS)).hasSize(2);
    }
}
