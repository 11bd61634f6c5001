package vn.onestop.server.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import vn.onestop.server.Browser;
import vn.onestop.server.Filings;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.ChildJvm;
import vn.onestop.testkit.RequiresChromium;
import vn.onestop.testkit.Wait;

/**
 * The provincial system is down: the technician page (headless Chromium) shows the dossier waiting in the
 * connector's backlog, failing with the last error and the next attempt, and "retry now" queues it again (audited).
 */
@RequiresChromium
@Tag("browser")
class ConnectorBacklogBrowserTest {
    @TempDir
    Path dir;

    @Test
    void theTechnicianSeesTheBacklogWhileTheProvincialSystemIsDownAndRetriesARow() throws Exception {
        int nobody = ChildJvm.freePort(); // nothing listens there: the provincial system is down
        ConnectorSettings settings = new ConnectorSettings(true, URI.create("http://127.0.0.1:" + nobody),
                "browser-test-secret-0123456789".getBytes(StandardCharsets.UTF_8), Set.of(ConnectorEvent.RECEIVED),
                Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofMinutes(10), Duration.ofSeconds(30),
                Duration.ofMillis(100), 300);
        try (TestServer server = new TestServer(Files.createDirectories(dir.resolve("data")), TestServer.config(),
                Instant.now(), settings)) {
            String kiosk = server.enrolKiosk("Kiosk 1");
            String code = server.kiosk(kiosk, "POST", "/api/v1/dossiers", Filings.dossier("browser-1")).json()
                    .get("preparationCode").asText();
            TestServer.StaffClient clerk = server.staff("clerk", Role.COUNTER_STAFF);
            assertThat(server.as(clerk, "POST", "/api/v1/staff/prepared/" + code + "/receive", java.util.Map.of(
                    "officialCode", "")).status()).as("received, the code to come from the provincial system")
                    .isEqualTo(200);
            Wait.until(() -> server.app.connector().rows(code).get(0).lastError() != null, Duration.ofSeconds(20),
                    "the first attempt fails");
            server.staff("tech", Role.TECHNICIAN);
            try (Browser b = new Browser(dir.resolve("profile"))) {
                b.login(server.base(), "tech", TestServer.PASSWORD);
                b.open(server.base() + "/staff/technician");
                b.until(Duration.ofSeconds(10), () -> b.find("#connector-rows").getText().contains(code));
                assertThat(b.find("#connector-on").isDisplayed()).isTrue();
                assertThat(b.find("#connector-off").isDisplayed()).isFalse();
                assertThat(b.find("#cx-pending").getText()).isEqualTo("1");
                assertThat(b.find("#cx-failing").getText()).isEqualTo("1");
                String row = b.find("#connector-rows").getText();
                assertThat(row).contains("Gửi lỗi").contains("Đã tiếp nhận").contains("no answer from http://127.0.0.1:"
                        + nobody);
                assertThat(b.driver.findElements(By.cssSelector("#connector-rows td")).get(5).getText())
                        .as("the next attempt is shown").isNotBlank();

                b.driver.findElement(By.cssSelector("#connector-rows button")).click();
                b.until(Duration.ofSeconds(10), () -> b.find("#connector-msg").getText().contains(code));
                assertThat(b.find("#connector-msg").getText()).startsWith("Đã xếp gửi lại");
                Wait.until(() -> server.app.connector().rows(code).get(0).attempts() >= 2, Duration.ofSeconds(20),
                        "the row is tried again at once, not after the minute of back-off");
                b.open(server.base() + "/staff/technician");
                b.until(Duration.ofSeconds(10), () -> b.find("#audit").getText().contains("connector.retry"));
                b.screenshot(Path.of("target", "technician-connector.png")); // to look at, not compared
                assertThat(b.console()).doesNotContain("Uncaught").doesNotContain("Refused");
            }
        }
    }
}
