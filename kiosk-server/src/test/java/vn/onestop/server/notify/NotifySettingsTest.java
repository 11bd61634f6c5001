package vn.onestop.server.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.config.ConfigException;
import vn.onestop.core.config.Settings;
import vn.onestop.server.TestServer;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.Role;

/** The notify.* settings: off as shipped (and then nothing is queued), bad values refused naming the key. */
class NotifySettingsTest {
    @TempDir
    Path dir;

    NotifySettings parse(String text) {
        return NotifySettings.from(Settings.parse(dir.resolve("server.properties"), text), dir);
    }

    @Test
    void theShippedSettingsAreOff() {
        NotifySettings shipped = NotifySettings.load(Path.of(System.getProperty("onestop.config.dir")));
        assertThat(shipped.enabled()).isFalse();
        assertThat(shipped.channels()).isEmpty();
        assertThat(shipped.aheadThreshold()).isEqualTo(3);
    }

    @Test
    void bothChannelsAreReadWithTheirSecretsFromFiles() throws Exception {
        Files.writeString(dir.resolve("smtp-password.txt"), "mat-khau-smtp\n");
        Files.writeString(dir.resolve("sms-token.txt"), "token-cua-cong-sms\n");
        NotifySettings s = parse("notify.email.host=smtp.example.vn\nnotify.email.security=ssl\n"
                + "notify.email.user=trungtam\nnotify.email.passwordFile=smtp-password.txt\n"
                + "notify.email.from=trungtam@example.vn\nnotify.sms.url=https://sms.example.vn/v1/messages\n"
                + "notify.sms.tokenFile=sms-token.txt\nnotify.aheadThreshold=5\n");
        assertThat(s.channels()).containsExactlyInAnyOrder(Contact.Channel.EMAIL, Contact.Channel.SMS);
        assertThat(s.email().orElseThrow().port()).as("ssl's default port").isEqualTo(465);
        assertThat(s.email().orElseThrow().password()).isEqualTo("mat-khau-smtp");
        assertThat(s.sms().orElseThrow().token()).isEqualTo("token-cua-cong-sms");
        assertThat(s.aheadThreshold()).isEqualTo(5);
        assertThat(s.toString()).doesNotContain("mat-khau-smtp").doesNotContain("token-cua-cong-sms");
    }

    @Test
    void badValuesNameTheirKey() throws Exception {
        Files.writeString(dir.resolve("short-token.txt"), "abc\n");
        Map<String, String> cases = Map.of(
                "notify.sms.url=ftp://gateway.example.vn/sms\nnotify.sms.tokenFile=x", "notify.sms.url",
                "notify.sms.url=http://127.0.0.1/sms\n", "notify.sms.tokenFile",
                "notify.sms.url=http://127.0.0.1/sms\nnotify.sms.tokenFile=short-token.txt\n", "notify.sms.tokenFile",
                "notify.sms.url=http://127.0.0.1/sms\nnotify.sms.tokenFile=missing.txt\n", "notify.sms.tokenFile",
                "notify.email.host=smtp.example.vn\n", "notify.email.from",
                "notify.email.host=smtp.example.vn\nnotify.email.from=not-an-address\n", "notify.email.from",
                "notify.email.host=smtp.example.vn\nnotify.email.from=a@example.vn\nnotify.email.security=tls\n",
                "notify.email.security",
                "notify.email.host=smtp.example.vn\nnotify.email.from=a@example.vn\nnotify.email.user=u\n",
                "notify.email.passwordFile",
                "notify.aheadThreshold=0\n", "notify.aheadThreshold",
                "notify.retry.initialSeconds=60\nnotify.retry.maxSeconds=10\n", "notify.retry.maxSeconds");
        cases.forEach((text, key) -> assertThatThrownBy(() -> parse(text)).as(text)
                .isInstanceOf(ConfigException.class).hasMessageContaining(key));
    }

    /** notify.email.trustedCertificates: a PEM file read at start; a file that is no certificate stops the start. */
    @Test
    void theMailServersTrustedCertificatesComeFromAPemFile() throws Exception {
        Files.copy(ServerCertificate.make().pem(), dir.resolve("mail-ca.pem"));
        String base = "notify.email.host=127.0.0.1\nnotify.email.from=a@example.vn\n";
        NotifySettings.Email email = parse(base + "notify.email.trustedCertificates=mail-ca.pem\n").email()
                .orElseThrow();
        assertThat(email.trusted()).hasSize(1);
        assertThat(email.trusted().get(0).getSubjectX500Principal().getName()).contains("CN=127.0.0.1");
        assertThat(parse(base).email().orElseThrow().trusted()).as("the runtime's authorities").isEmpty();
        Files.writeString(dir.resolve("not-a-cert.pem"), "-----BEGIN CERTIFICATE-----\nxyz\n-----END CERTIFICATE-----\n");
        Files.writeString(dir.resolve("empty.pem"), "");
        Map<String, String> cases = Map.of(
                base + "notify.email.trustedCertificates=not-a-cert.pem\n", "not a certificate file",
                base + "notify.email.trustedCertificates=empty.pem\n", "holds no certificate",
                base + "notify.email.trustedCertificates=missing.pem\n", "cannot be read",
                base + "notify.email.security=none\nnotify.email.trustedCertificates=mail-ca.pem\n", "only with");
        cases.forEach((text, why) -> assertThatThrownBy(() -> parse(text)).as(text)
                .isInstanceOf(ConfigException.class).hasMessageContaining("notify.email.trustedCertificates")
                .hasMessageContaining(why));
    }

    @Test
    void contactsAreCheckedAndMaskedWithoutEchoingThem() {
        assertThat(Contact.sms("090-123 4567").address()).isEqualTo("0901234567");
        assertThat(Contact.sms("+84901234567").masked()).isEqualTo("*********567");
        assertThat(Contact.email("cong.dan@example.vn").masked()).isEqualTo("c***@example.vn");
        assertThat(Contact.email("cong.dan@example.vn").toString()).doesNotContain("cong.dan");
        assertThatThrownBy(() -> Contact.sms("12ab")).hasMessageNotContaining("12ab");
        assertThatThrownBy(() -> Contact.email("cong.dan@")).hasMessageNotContaining("cong.dan");
    }

    @Test
    void errorsFromServersKeepNoAddressOrNumber() {
        Contact to = Contact.email("cong.dan@example.vn");
        assertThat(NotificationWorker.scrub("550 5.1.1 <cong.dan@example.vn>: Recipient address rejected", to))
                .isEqualTo("550 5.1.1 <c***@example.vn>: Recipient address rejected");
        assertThat(NotificationWorker.scrub("Invalid Addresses: other.person@example.vn", to))
                .doesNotContain("other.person");
        assertThat(NotificationWorker.scrub("number +84901234567 unreachable", Contact.sms("0901234567")))
                .isEqualTo("number *** unreachable");
    }

    @Test
    void gatewayStatusesMeanWhatTheContractSays() {
        for (int status : new int[] {200, 201, 202, 409}) {
            assertThat(SmsGatewayNotifier.outcome(status).result()).as("" + status).isEqualTo(Notifier.Result.DELIVERED);
        }
        for (int status : new int[] {401, 403, 408, 425, 429, 500, 502, 503, 504}) {
            assertThat(SmsGatewayNotifier.outcome(status).result()).as("" + status)
                    .isEqualTo(Notifier.Result.TEMPORARY_FAILURE);
        }
        for (int status : new int[] {400, 404, 413, 422}) {
            assertThat(SmsGatewayNotifier.outcome(status).result()).as("" + status)
                    .isEqualTo(Notifier.Result.PERMANENT_FAILURE);
        }
    }

    @Test
    void switchedOffNothingIsQueued() throws Exception {
        try (TestServer server = new TestServer(dir)) {
            Hall hall = new Hall(server);
            String ticket = hall.issue();
            assertThat(hall.watch(ticket, Contact.sms("0901234567"))).isFalse();
            boolean queued = server.db.write(c -> server.app.notifications().send(c, "booking:B1:confirmed",
                    Contact.email("cong.dan@example.vn"), "Lịch hẹn / Booking", "Mã B1 / Code B1"));
            assertThat(queued).isFalse();
            hall.next();
            long rows = server.db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM notification_outbox")
                    + Rows.count(c, "SELECT COUNT(*) FROM ticket_watch"));
            assertThat(rows).isZero();
            TestServer.StaffClient tech = server.staff("tech", Role.TECHNICIAN);
            TestServer.Reply r = server.as(tech, "GET", "/api/v1/technician/notifications/outbox", null);
            assertThat(r.json().get("enabled").asBoolean()).isFalse();
        }
    }
}
