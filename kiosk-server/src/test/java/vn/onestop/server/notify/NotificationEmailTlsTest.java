package vn.onestop.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.ServerApp;
import vn.onestop.server.TestServer;
import vn.onestop.server.connector.ConnectorSettings;
import vn.onestop.testkit.Wait;

/**
 * E-mail over SMTP with implicit TLS (GreenMail's SMTPS on a random port) and over STARTTLS ({@link StartTlsServer}),
 * the server's certificate trusted through {@code notify.email.trustedCertificates}; and what an untrusted
 * certificate does: the message waits in the outbox with a reason a technician can act on, and is sent once the
 * certificate is trusted.
 */
class NotificationEmailTlsTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String ADDRESS = "cong.dan.tls@example.vn";
    /** A self-signed certificate for 127.0.0.1 made for this run; GreenMail's SMTPS presents it. */
    private static final ServerCertificate CERTIFICATE = ServerCertificate.make().forGreenMail();
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(smtps());
    @TempDir
    Path dir;
    TestServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** SMTPS on a random port; its start loads the keystore, slow on a busy machine. */
    private static com.icegreen.greenmail.util.ServerSetup smtps() {
        com.icegreen.greenmail.util.ServerSetup setup = ServerSetupTest.SMTPS.dynamicPort();
        setup.setServerStartupTimeout(20_000);
        return setup;
    }

    private NotifySettings settings(int port, String security, boolean trusted) throws Exception {
        Files.copy(CERTIFICATE.pem(), dir.resolve("mail-server.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return Hall.settings(dir, "notify.email.host=127.0.0.1\nnotify.email.port=" + port
                + "\nnotify.email.security=" + security + "\nnotify.email.from=trungtam@example.vn\n"
                + (trusted ? "notify.email.trustedCertificates=mail-server.pem\n" : "")
                + "notify.retry.initialSeconds=10\nnotify.retry.maxSeconds=20\nnotify.pollMillis=50\n");
    }

    private TestServer start(NotifySettings settings) {
        server = new TestServer(dir, TestServer.config(), Instant.parse("2026-11-25T01:00:00Z"),
                ConnectorSettings.off(), settings);
        return server;
    }

    /** The citizen's "you are next" e-mail: queued when the first ticket in the queue is watched; returns its key. */
    private static String watched(Hall hall) throws Exception {
        String ticket = hall.issue();
        assertThat(hall.watch(ticket, Contact.email(ADDRESS))).isTrue();
        return "ticket:" + ticket + ":ahead:email";
    }

    /** The outbox row of this key (the watcher queues it soon after the watch): a row with no attempt until then. */
    private NotificationOutbox.Row row(String key) {
        return server.app.notifications().rows(key).stream().findFirst().orElse(new NotificationOutbox.Row(null, key,
                "email", null, "none", 0, null, null, null, null, 0));
    }

    @Test
    void mailGoesOverSmtpsToAServerWhoseCertificateTheConfigurationTrusts() throws Exception {
        Hall hall = new Hall(start(settings(mail.getSmtps().getPort(), "ssl", true)));
        String key = watched(hall);
        Wait.until(() -> mail.getReceivedMessages().length >= 1, WAIT, "the e-mail over SMTPS");
        assertThat(mail.getReceivedMessages()[0].getSubject()).contains("A001").contains("you are next");
        Wait.until(() -> row(key).state().equals("delivered"), WAIT, "the row marked delivered");
    }

    @Test
    void mailGoesOverStartTlsToAServerWhoseCertificateTheConfigurationTrusts() throws Exception {
        try (StartTlsServer smtp = new StartTlsServer(CERTIFICATE.keyStore(), ServerCertificate.PASSWORD)) {
            Hall hall = new Hall(start(settings(smtp.port(), "starttls", true)));
            String key = watched(hall);
            Wait.until(() -> smtp.messages().size() == 1, WAIT, "the e-mail after STARTTLS");
            StartTlsServer.Received got = smtp.messages().get(0);
            assertThat(got.recipients()).containsExactly("<" + ADDRESS + ">");
            assertThat(got.data()).contains("Subject:").contains("Message-ID:");
            Wait.until(() -> row(key).state().equals("delivered"), WAIT, "the row marked delivered");
        }
    }

    @Test
    void aTrustedCertificateForAnotherHostNameIsRefusedSayingSo() throws Exception {
        ServerCertificate other = ServerCertificate.make("CN=mail.example.vn", "SAN=dns:mail.example.vn");
        try (StartTlsServer smtp = new StartTlsServer(other.keyStore(), ServerCertificate.PASSWORD)) {
            Files.copy(other.pem(), dir.resolve("mail-server.pem"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            NotifySettings settings = Hall.settings(dir, "notify.email.host=127.0.0.1\nnotify.email.port=" + smtp.port()
                    + "\nnotify.email.security=starttls\nnotify.email.from=trungtam@example.vn\n"
                    + "notify.email.trustedCertificates=mail-server.pem\nnotify.pollMillis=50\n");
            String key = watched(new Hall(start(settings)));
            Wait.until(() -> row(key).lastError() != null, WAIT, "a first attempt");
            assertThat(row(key).lastError()).contains("does not name 127.0.0.1").contains("notify.email.host");
            assertThat(row(key).state()).isNotIn("failed", "delivered");
            assertThat(smtp.messages()).isEmpty();
        }
    }

    @Test
    void anUntrustedCertificateKeepsTheMessageWithAClearReasonAndSendsItOnceTrusted() throws Exception {
        Path log = Path.of("target/test-logs/test.log");
        long logStart = Files.exists(log) ? Files.size(log) : 0;
        // The JVM's own authorities do not know the mail server's self-signed certificate.
        Hall hall = new Hall(start(settings(mail.getSmtps().getPort(), "ssl", false)));
        String key = watched(hall);
        Wait.until(() -> row(key).attempts() >= 1 && row(key).lastError() != null, WAIT, "a first attempt");
        passBackoff(key);
        Wait.until(() -> row(key).attempts() >= 2, WAIT, "a second attempt");
        NotificationOutbox.Row failing = row(key);
        assertThat(failing.state()).as("retried, not given up").isNotIn("failed", "delivered");
        assertThat(failing.lastError()).contains("certificate").contains("not trusted")
                .contains("notify.email.trustedCertificates").doesNotContain(ADDRESS);
        assertThat(mail.getReceivedMessages()).isEmpty();
        // The technician's view says the same.
        TestServer.StaffClient tech = server.staff("tech", vn.onestop.server.staff.Role.TECHNICIAN);
        String outbox = server.as(tech, "GET", "/api/v1/technician/notifications/outbox", null).body();
        assertThat(outbox).contains("not trusted").doesNotContain(ADDRESS);

        // Trusting the certificate (the next start reads the setting): the waiting message is sent, once.
        server.app.stop();
        ServerApp again = new ServerApp(TestServer.config(), server.db, server.clock, dir, ConnectorSettings.off(),
                settings(mail.getSmtps().getPort(), "ssl", true), null).start(0);
        try {
            passBackoff(key);
            Wait.until(() -> row(key).state().equals("delivered"), WAIT, "delivery once the certificate is trusted");
            assertThat(mail.getReceivedMessages()).hasSize(1);
        } finally {
            again.stop();
        }
        // The product's lines: GreenMail (the test's mail server, loggers c.i.g.*) logs its whole conversation.
        String logged = appended(log, logStart).lines().filter(l -> !l.contains(" c.i.g.") && !l.contains("[smtps:"))
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(logged).as("the worker logged the failure").contains(key).contains("not trusted");
        assertThat(logged).doesNotContain(ADDRESS).doesNotContain("cong.dan.tls");
    }

    /** Waits until the worker has put the failed row back for later, then moves the test clock past that. */
    private void passBackoff(String key) {
        Wait.until(() -> {
            Long next = row(key).nextAttemptAt();
            return next != null && next > server.clock.millis();
        }, WAIT, "the next attempt scheduled");
        server.clock.advance(Duration.ofMinutes(1));
    }

    /** What the log file got since {@code start} (the file is shared by every test of the module run). */
    private static String appended(Path log, long start) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(log.toFile(), "r")) {
            f.seek(start);
            byte[] b = new byte[(int) (f.length() - start)];
            f.readFully(b);
            return new String(b, StandardCharsets.UTF_8);
        }
    }
}
