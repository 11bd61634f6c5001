package vn.onestop.server.mobile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.Browser;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.RequiresChromium;

/**
 * The citizen's phone page (issue 24) in headless Chromium emulating a phone 360 px wide, against a real server:
 * the ticket's link opened, the people ahead falling as counters call through the API, "go to counter 2" within one
 * second of the call (with vibration and the chime asked for), "I am coming back", cancel; and the same page
 * following the queue by polling when no stream can be opened. The link printed holds the centre's public address;
 * the test opens its path on the test server. A PNG goes to {@code target/screenshots} (or
 * {@code -Donestop.screenshots.dir=DIR}); {@code docs/mobile-ticket.png} is a copy.
 */
@RequiresChromium
@Tag("browser")
class MobileTicketBrowserTest {
    static final String BASE = "https://hcc.example.vn";
    /** Records the page's vibration requests (headless Chromium has no motor to ask). */
    static final String VIBRATION_PROBE = "window.__vibrations = 0; navigator.vibrate = function () { "
            + "window.__vibrations++; return true; };";
    @TempDir
    Path dir;
    TestServer server;
    String kiosk;
    TestServer.StaffClient clerk;
    int keys;

    private void start(MobileSettings mobile) throws Exception {
        ServerConfig config = TestServer.config().toBuilder().mobile(mobile).build();
        server = new TestServer(Files.createDirectories(dir.resolve("data")), config);
        kiosk = server.enrolKiosk("Sảnh A");
        clerk = server.staff("clerk", Role.COUNTER_STAFF);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Issues a ticket of service A and returns the path of its link (/t/...). */
    private String issue() throws Exception {
        JsonNode t = server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "phone-key-" + (keys++),
                "serviceCode", "A")).json();
        String url = t.get("followUrl").asText();
        assertThat(url).startsWith(BASE + "/t/");
        return url.substring(BASE.length());
    }

    private void call(String counter) throws Exception {
        assertThat(server.as(clerk, "POST", "/api/v1/counters/" + counter + "/next", null).status()).isEqualTo(200);
    }

    private Browser phone(String name) {
        Browser b = new Browser(dir.resolve(name), 360);
        b.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", VIBRATION_PROBE));
        return b;
    }

    private static String text(Browser b, String css) {
        return b.find(css).getText();
    }

    @Test
    void thePhoneFollowsTheTicketUntilItsCounterCallsItThenParksAndCancels() throws Exception {
        start(MobileSettings.off().withBaseUrl(BASE));
        issue();
        issue();
        String link = issue();
        server.as(clerk, "POST", "/api/v1/counters/1/open", null);
        server.as(clerk, "POST", "/api/v1/counters/2/open", null);
        try (Browser b = phone("phone")) {
            b.open(server.base() + link);
            b.until(Duration.ofSeconds(10), () -> text(b, "#number").equals("A003"));
            assertThat(text(b, "#ahead")).isEqualTo("2");
            assertThat(text(b, "#status-text")).isEqualTo("Đang chờ gọi số");
            assertThat(text(b, "#service")).isNotBlank();
            b.until(Duration.ofSeconds(10), () -> "stream".equals(b.find("body").getAttribute("data-live")));
            assertThat(((Number) b.driver.executeScript("return document.documentElement.scrollWidth")).intValue())
                    .as("nothing wider than the phone").isLessThanOrEqualTo(360);
            b.screenshot(Path.of(System.getProperty("onestop.screenshots.dir", "target/screenshots"))
                    .resolve("mobile-ticket.png"));

            call("1");
            b.until(Duration.ofSeconds(5), () -> text(b, "#ahead").equals("1"));
            call("1");
            b.until(Duration.ofSeconds(5), () -> text(b, "#ahead").equals("0"));
            assertThat(b.find("#called").isDisplayed()).isFalse();

            // Measured with the page's own clock (same machine): from the call request to the call on the screen,
            // without the WebDriver round trips that a loaded test machine stretches.
            long before = System.currentTimeMillis();
            call("2");
            b.until(Duration.ofSeconds(5), () -> b.find("#called").isDisplayed()
                    && text(b, "#called-counter").equals("Quầy 2"));
            long millis = Long.parseLong(b.find("body").getAttribute("data-called-at")) - before;
            assertThat(millis).as("the phone shows the call %d ms after it", millis).isLessThan(1000);
            assertThat(text(b, "#status-text")).isEqualTo("Đến lượt bạn!");
            assertThat(((Number) b.driver.executeScript("return window.__vibrations")).intValue()).isEqualTo(1);
            assertThat(b.find("body").getAttribute("data-chimes")).as("the chime was played").isEqualTo("1");
            assertThat(b.find("#cancel").isDisplayed()).as("a called ticket is not cancelled from the phone")
                    .isFalse();

            b.find("#lang").click();
            assertThat(text(b, "#status-text")).isEqualTo("It is your turn!");
            assertThat(text(b, ".call-line")).isEqualTo("Please go to");

            b.find("#park").click();
            b.until(Duration.ofSeconds(5), () -> text(b, "#status-text").startsWith("Your turn is kept until"));
            assertThat(b.find("#park").isDisplayed()).as("once per ticket").isFalse();
            assertThat(b.find("#back").isDisplayed()).isTrue();
            assertThat(server.as(clerk, "GET", "/api/v1/counters/2/state", null).json().get("current").isNull())
                    .as("the counter is free for the next citizen").isTrue();

            b.find("#cancel").click();
            b.find("#cancel-yes").click();
            b.until(Duration.ofSeconds(5), () -> text(b, "#status-text").equals("This ticket was cancelled."));
            assertThat(b.find("#back").isDisplayed()).isFalse();
            assertThat(server.as(clerk, "GET", "/api/v1/supervisor/queues", null).json().get(0).get("waiting")
                    .asInt()).isZero();
        }
    }

    @Test
    void withoutAStreamThePageFollowsTheQueueByPolling() throws Exception {
        start(new MobileSettings(BASE, 10, 30, 0, 1)); // no stream may open: every phone polls
        issue();
        String link = issue();
        server.as(clerk, "POST", "/api/v1/counters/1/open", null);
        try (Browser b = phone("poller")) {
            b.open(server.base() + link);
            b.until(Duration.ofSeconds(10), () -> text(b, "#number").equals("A002"));
            b.until(Duration.ofSeconds(10), () -> "poll".equals(b.find("body").getAttribute("data-live")));
            assertThat(text(b, "#ahead")).isEqualTo("1");
            call("1");
            b.until(Duration.ofSeconds(10), () -> text(b, "#ahead").equals("0"));
            call("1");
            b.until(Duration.ofSeconds(10), () -> text(b, "#called-counter").equals("Quầy 1"));
        }
    }

    @Test
    void anUnknownLinkSaysSoAndNothingElse() throws Exception {
        start(MobileSettings.off().withBaseUrl(BASE));
        try (Browser b = phone("stranger")) {
            b.open(server.base() + "/t/" + "0".repeat(48));
            b.until(Duration.ofSeconds(10), () -> b.find("#unknown").isDisplayed());
            assertThat(text(b, "#unknown")).contains("không đúng hoặc đã hết hạn");
            assertThat(b.find("#ticket").isDisplayed()).isFalse();
        }
    }
}
