package vn.onestop.server.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.onestop.server.TestMailbox.subject;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.config.Settings;
import vn.onestop.server.TestMailbox;
import vn.onestop.server.TestServer;
import vn.onestop.server.connector.ConnectorSettings;
import vn.onestop.server.notify.NotifySettings;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.Wait;

/**
 * A booking's e-mails through a real SMTP server (GreenMail on a random port, issue 24): the confirmation carries the
 * booking code; checked in at the kiosk, the booked ticket's "called to counter" mail reaches the same address once.
 */
class BookingMailTest {
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

    @Test
    void theConfirmationCarriesTheCodeAndTheBookedTicketsCallIsMailed() throws Exception {
        NotifySettings settings = NotifySettings.from(Settings.parse(dir.resolve("server.properties"),
                mail.notifyProperties()), dir);
        // Wednesday 2026-11-25, 08:00 in Ho Chi Minh City.
        server = new TestServer(dir, TestServer.config(), Instant.parse("2026-11-25T01:00:00Z"),
                ConnectorSettings.off(), settings);
        TestServer.StaffClient admin = server.staff("admin1", Role.ADMIN);
        assertThat(server.as(admin, "PUT", "/api/v1/booking/slots/A", List.of(Map.of("weekday", 3, "start", "08:00",
                "end", "08:30", "capacity", 2))).status()).isEqualTo(200);

        TestServer.Reply booked = server.send("POST", "/api/v1/public/bookings?centre=main", Map.of("serviceCode", "A",
                "day", "2026-11-25", "start", "08:00", "email", "cong.dan@example.vn"), Map.of(), null);
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        String code = booked.json().get("code").asText();
        Wait.until(() -> mail.to("cong.dan@example.vn").size() == 1, Duration.ofSeconds(10),
                "the confirmation e-mail");
        MimeMessage confirmation = mail.to("cong.dan@example.vn").get(0);
        assertThat(confirmation.getSubject()).contains(code);
        assertThat(GreenMailUtil.getBody(confirmation)).contains(code).contains("2026-11-25").contains("08:00");

        String kiosk = server.enrolKiosk("Sảnh A");
        TestServer.Reply in = server.kiosk(kiosk, "POST", "/api/v1/kiosk/bookings/check-in", Map.of("code", code));
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        String number = in.json().get("ticket").get("displayNumber").asText();
        TestServer.StaffClient clerk = server.staff("clerk", Role.COUNTER_STAFF);
        server.as(clerk, "POST", "/api/v1/counters/2/open", null);
        assertThat(server.as(clerk, "POST", "/api/v1/counters/2/next", null).json().get("displayNumber").asText())
                .isEqualTo(number);
        Wait.until(() -> mail.to("cong.dan@example.vn").stream().anyMatch(m -> subject(m).contains("Quầy 2")),
                Duration.ofSeconds(10), "the 'called to counter 2' e-mail");
        assertThat(mail.to("cong.dan@example.vn").stream().filter(m -> subject(m).contains(number))
                .filter(m -> subject(m).contains("Quầy 2")).count()).as("called once").isEqualTo(1);
        // One confirmation, however often the outbox worker ran.
        assertThat(mail.to("cong.dan@example.vn").stream().filter(m -> subject(m).contains(code)).count())
                .isEqualTo(1);
    }
}
