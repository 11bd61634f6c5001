package vn.onestop.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.TestMailbox;
import vn.onestop.server.TestServer;
import vn.onestop.server.connector.ConnectorSettings;
import vn.onestop.testkit.Wait;

/**
 * A watched ticket's e-mails through a real SMTP server (GreenMail on a random port): "N people away" once when it
 * comes within the threshold, "called to counter 2" once when called; a recall sends nothing more.
 */
class NotificationEmailTest {
    @RegisterExtension
    static TestMailbox mail = new TestMailbox();
    @TempDir
    Path dir;
    TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    TestServer start() throws Exception {
        NotifySettings settings = Hall.settings(dir, mail.notifyProperties());
        server = new TestServer(dir, TestServer.config(), Instant.parse("2026-11-25T01:00:00Z"),
                ConnectorSettings.off(), settings);
        return server;
    }

    @Test
    void aWatchedTicketGetsOneMailWhenNearAndOneWhenCalled() throws Exception {
        Hall hall = new Hall(start());
        List<String> tickets = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            tickets.add(hall.issue());
        }
        String mine = tickets.get(4);
        String number = hall.number(mine);
        assertThat(hall.watch(mine, Contact.email("cong.dan@example.vn"))).isTrue();
        assertThat(hall.next()).isEqualTo(tickets.get(0));
        Wait.until(() -> mail.to("cong.dan@example.vn").size() == 1, Duration.ofSeconds(10),
                "the 'people away' e-mail");
        MimeMessage near = mail.to("cong.dan@example.vn").get(0);
        assertThat(near.getSubject()).contains(number).contains("còn 3 người").contains("3 ahead");
        assertThat(GreenMailUtil.getBody(near)).isNotEmpty();
        assertThat(near.getFrom()[0].toString()).isEqualTo("trungtam@example.vn");

        for (int i = 1; i < 5; i++) {
            hall.next();
        }
        Wait.until(() -> mail.to("cong.dan@example.vn").size() == 2, Duration.ofSeconds(10), "the 'called' e-mail");
        MimeMessage called = mail.to("cong.dan@example.vn").get(1);
        assertThat(called.getSubject()).isEqualTo("Mời số " + number + " đến Quầy 2 / Number " + number
                + ": counter 2");
        String body = (String) called.getContent();
        assertThat(body).contains("Mời số " + number + " đến Quầy 2.").contains("please go to counter 2")
                .doesNotContain("cong.dan");

        // A recall sends nothing more. Barrier: a second watched ticket called after the recall is mailed by the same
        // watcher thread, which handles events in order.
        hall.recall(mine);
        String other = hall.issue();
        assertThat(hall.watch(other, Contact.email("nguoi.khac@example.vn"))).isTrue();
        hall.next();
        Wait.until(() -> mail.to("nguoi.khac@example.vn").size() == 2, Duration.ofSeconds(10),
                "the second ticket's mails");
        assertThat(mail.to("cong.dan@example.vn")).hasSize(2);
        assertThat(server.app.notifications().rows("ticket:" + mine + ":")).extracting(NotificationOutbox.Row::state)
                .containsExactly("delivered", "delivered");
    }
}
