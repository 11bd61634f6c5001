package vn.onestop.server.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import vn.onestop.server.Browser;
import vn.onestop.server.TestServer;
import vn.onestop.server.connector.ConnectorSettings;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.RequiresChromium;
import vn.onestop.testkit.Wait;

/**
 * The SMS gateway refused a notification: the technician page (headless Chromium) shows it failed with the reason and
 * the number masked, and "retry now" sends it (the gateway accepts it once).
 */
@RequiresChromium
@Tag("browser")
class NotificationOutboxBrowserTest {
    @TempDir
    Path dir;

    @Test
    void theTechnicianSeesAFailedSmsMaskedAndRetriesIt() throws Exception {
        try (SmsGatewayStub gateway = new SmsGatewayStub()) {
            Path data = Files.createDirectories(dir.resolve("data"));
            NotifySettings settings = Hall.settings(data, "notify.sms.url=" + gateway.url()
                    + "\nnotify.sms.tokenFile=sms-token.txt\nnotify.pollMillis=100\n");
            gateway.answer(400);
            try (TestServer server = new TestServer(data, TestServer.config(), Instant.now(), ConnectorSettings.off(),
                    settings)) {
                Hall hall = new Hall(server);
                String ticket = hall.issue();
                hall.watch(ticket, Contact.sms("0901234567"));
                String key = "ticket:" + ticket + ":ahead:sms";
                Wait.until(() -> server.app.notifications().rows(key).get(0).state().equals("failed"),
                        Duration.ofSeconds(20), "the gateway's refusal");
                server.staff("tech", Role.TECHNICIAN);
                try (Browser b = new Browser(dir.resolve("profile"))) {
                    b.login(server.base(), "tech", TestServer.PASSWORD);
                    b.open(server.base() + "/staff/technician");
                    b.until(Duration.ofSeconds(10), () -> b.find("#notify-rows").getText().contains(key));
                    assertThat(b.find("#notify-on").isDisplayed()).isTrue();
                    assertThat(b.find("#notify-off").isDisplayed()).isFalse();
                    assertThat(b.find("#nt-channels").getText()).isEqualTo("sms");
                    assertThat(b.find("#nt-failed").getText()).isEqualTo("1");
                    String row = b.find("#notify-rows").getText();
                    assertThat(row).contains("*******567").contains("Không gửi được").contains("(400)")
                            .doesNotContain("0901234567");

                    b.driver.findElement(By.cssSelector("#notify-rows button")).click();
                    b.until(Duration.ofSeconds(10), () -> b.find("#notify-msg").getText().contains(key));
                    Wait.until(() -> gateway.accepted(key) == 1, Duration.ofSeconds(20), "the retried SMS");
                    b.open(server.base() + "/staff/technician");
                    b.until(Duration.ofSeconds(10), () -> b.find("#audit").getText().contains("notification.retry"));
                    b.until(Duration.ofSeconds(10), () -> b.find("#nt-delivered").getText().equals("1"));
                    assertThat(b.console()).doesNotContain("Uncaught").doesNotContain("Refused");
                }
            }
        }
    }
}
