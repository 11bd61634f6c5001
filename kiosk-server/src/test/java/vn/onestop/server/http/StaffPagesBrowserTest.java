package vn.onestop.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import vn.onestop.server.Browser;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.RequiresChromium;

/**
 * The staff pages in headless Chromium against a real server: calling, the hall display, refusals (and the English
 * toggle), escaping.
 */
@RequiresChromium
@Tag("browser")
class StaffPagesBrowserTest {
    static final String XSS_NAME = "<img src=x onerror=\"window.__xss=1\"><script>window.__xss=2</script>";
    @TempDir
    Path dir;
    TestServer server;
    String kiosk;
    int keys;


    @BeforeEach
    void start() throws Exception {
        server = new TestServer(java.nio.file.Files.createDirectories(dir.resolve("data")));
        kiosk = server.enrolKiosk("Sảnh A");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    void issue(String service) throws Exception {
        server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "browser-key-" + (keys++),
                "serviceCode", service));
    }

    @Test
    void aCallFromTheCounterConsoleIsOnTheHallDisplayWithinOneSecond() throws Exception {
        for (int i = 0; i < 3; i++) {
            issue("A");
        }
        server.app.staff().create("test", "clerk", "Clerk", Role.COUNTER_STAFF, TestServer.PASSWORD.toCharArray());
        try (Browser display = new Browser(dir.resolve("p1")); Browser counter = new Browser(dir.resolve("p2"))) {
            display.open(server.base() + "/staff/display");
            display.until(Duration.ofSeconds(10), () -> display.find("#live-dot").getAttribute("class").contains("live"));
            counter.login(server.base(), "clerk", TestServer.PASSWORD);
            assertThat(counter.driver.getCurrentUrl()).endsWith("/staff/counter");
            counter.until(Duration.ofSeconds(10), () -> !counter.find("#open-toggle").getText().isEmpty());
            counter.find("#open-toggle").click();
            counter.until(Duration.ofSeconds(10), () -> counter.find("[data-act=next]").isEnabled());

            // Timed inside the two pages (one machine clock): the click on the counter console, and the moment the
            // hall display's number changes, so WebDriver's own round trips under a loaded machine are not counted.
            display.driver.executeScript("window.__shownAt = null; new MutationObserver(function () {"
                    + " if (!window.__shownAt && document.querySelector('#call-number').textContent === 'A001')"
                    + " { window.__shownAt = Date.now(); } }).observe(document.body,"
                    + " {subtree: true, childList: true, characterData: true});");
            long clicked = ((Number) counter.driver.executeScript("var t = Date.now();"
                    + " document.querySelector('[data-act=next]').click(); return t;")).longValue();
            display.until(Duration.ofSeconds(5), () -> display.driver.executeScript("return window.__shownAt;")
                    != null);
            long millis = ((Number) display.driver.executeScript("return window.__shownAt;")).longValue() - clicked;
            assertThat(millis).as("display shows the call %d ms after the click", millis).isLessThan(1000);
            assertThat(display.find("#call-number").getText()).isEqualTo("A001");
            assertThat(display.find("#call-counter").getText()).isEqualTo("Quầy 1");
            assertThat(display.find("#sentence").getText()).isEqualTo("Mời số A001 đến Quầy 1");
            counter.until(Duration.ofSeconds(5), () -> counter.find("#current-number").getText().equals("A001"));

            // A double click calls one ticket, never two.
            counter.until(Duration.ofSeconds(5), () -> counter.find("[data-act=next]").isEnabled());
            new Actions(counter.driver).doubleClick(counter.find("[data-act=next]")).perform();
            counter.until(Duration.ofSeconds(5), () -> counter.find("#current-number").getText().equals("A002"));
            JsonNode queues = server.send("GET", "/api/v1/display/state", null, null, null).json().get("queues");
            assertThat(queues.get(0).get("waiting").asInt()).isEqualTo(1);

            // Keyboard: H completes the current ticket.
            counter.until(Duration.ofSeconds(5), () -> counter.find("[data-act=complete]").isEnabled());
            new Actions(counter.driver).sendKeys("h").perform();
            counter.until(Duration.ofSeconds(5), () -> counter.find("#current-number").getText().equals("—"));
        }
    }

    /**
     * A caller keypad remapped in the console's "Phím tắt / Shortcuts": F2 calls the next ticket, the default N no
     * longer does once it is mapped away, and a mapping the page cannot read is refused with a message.
     */
    @Test
    void aRemappedKeypadKeyCallsTheNextTicket() throws Exception {
        for (int i = 0; i < 2; i++) {
            issue("A");
        }
        server.app.staff().create("test", "clerk", "Clerk", Role.COUNTER_STAFF, TestServer.PASSWORD.toCharArray());
        try (Browser counter = new Browser(dir.resolve("k"))) {
            counter.login(server.base(), "clerk", TestServer.PASSWORD);
            counter.until(Duration.ofSeconds(10), () -> !counter.find("#open-toggle").getText().isEmpty());
            counter.find("#open-toggle").click();
            counter.until(Duration.ofSeconds(10), () -> counter.find("[data-act=next]").isEnabled());

            counter.find("details.keys summary").click();
            WebElement input = counter.find("#counter-keys");
            input.clear();
            input.sendKeys("f2=next, x=jump");
            counter.find("#counter-keys-save").click();
            counter.until(Duration.ofSeconds(5), () -> counter.find("#counter-keys-msg").getText().contains("x=jump"));
            assertThat(counter.find("#counter-keys-msg").getAttribute("class")).contains("error");
            assertThat(counter.find("[data-act=next] kbd").getText()).isEqualTo("N");

            input.clear();
            input.sendKeys("f2=next, h=complete");
            counter.find("#counter-keys-save").click();
            counter.until(Duration.ofSeconds(5), () -> counter.find("[data-act=next] kbd").getText().equals("F2"));

            // The old default key N is no longer "next": nothing is called.
            new Actions(counter.driver).sendKeys("n").perform();
            counter.until(Duration.ofSeconds(5), () -> counter.find("[data-act=next]").isEnabled());
            assertThat(counter.find("#current-number").getText()).isEqualTo("—");
            assertThat(server.send("GET", "/api/v1/display/state", null, null, null).json()
                    .get("queues").get(0).get("waiting").asInt()).isEqualTo(2);

            // F2 calls the next ticket.
            new Actions(counter.driver).sendKeys(Keys.F2).perform();
            counter.until(Duration.ofSeconds(5), () -> counter.find("#current-number").getText().equals("A001"));
            assertThat(server.send("GET", "/api/v1/display/state", null, null, null).json()
                    .get("queues").get(0).get("waiting").asInt()).isEqualTo(1);

            // The mapping is kept for this official: after a reload F2 still calls the next ticket.
            // A slow network (as on a busy office LAN): the page shows the keys only once they work.
            org.openqa.selenium.chromium.ChromiumNetworkConditions slow =
                    new org.openqa.selenium.chromium.ChromiumNetworkConditions();
            slow.setLatency(Duration.ofMillis(400));
            counter.driver.setNetworkConditions(slow);
            counter.driver.navigate().refresh();
            counter.until(Duration.ofSeconds(10), () -> counter.find("[data-act=next] kbd").getText().equals("F2"));
            new Actions(counter.driver).sendKeys(Keys.F2).perform();
            counter.until(Duration.ofSeconds(5), () -> counter.find("#current-number").getText().equals("A002"));
        }
    }

    /** The pages bring the kiosk's Roboto (every Vietnamese glyph) rather than hoping the PC has a good font. */
    @Test
    void thePagesDrawTheirTextInTheServedRobotoFont() throws Exception {
        try (Browser b = new Browser(dir.resolve("f"))) {
            b.open(server.base() + "/staff/display");
            b.until(Duration.ofSeconds(10), () -> Boolean.TRUE.equals(b.driver.executeScript(
                    "return document.fonts.status === 'loaded' && Array.from(document.fonts).some("
                            + "f => f.family.replace(/\"/g, '') === 'Roboto' && f.status === 'loaded')")));
            assertThat((String) b.driver.executeScript(
                    "return getComputedStyle(document.body).fontFamily")).startsWith("Roboto");
        }
    }

    @Test
    void aTechnicianCannotOpenTheCounterConsole() throws Exception {
        server.app.staff().create("test", "tech", "Tech", Role.TECHNICIAN, TestServer.PASSWORD.toCharArray());
        try (Browser b = new Browser(dir.resolve("p"))) {
            b.login(server.base(), "tech", TestServer.PASSWORD);
            b.open(server.base() + "/staff/counter");
            b.until(Duration.ofSeconds(5), () -> b.find("[data-bind=user]").getText().contains("technician"));
            assertThat(b.find("#denied h2").getText()).isEqualTo("Bạn không có quyền mở trang này.");
            assertThat(b.driver.findElements(org.openqa.selenium.By.cssSelector("[data-act=next]"))).isEmpty();
            b.find("[data-action=language]").click();
            assertThat(b.find("#denied h2").getText()).isEqualTo("You may not open this page.");
        }
    }

    @Test
    void aNameWithMarkupShowsAsTextAndNeverRuns() throws Exception {
        server.enrolKiosk(XSS_NAME);
        server.app.staff().create("test", "tech", "Tech", Role.TECHNICIAN, TestServer.PASSWORD.toCharArray());
        server.app.staff().create("test", "boss", "Boss", Role.SUPERVISOR, TestServer.PASSWORD.toCharArray());
        try (Browser b = new Browser(dir.resolve("p"))) {
            b.login(server.base(), "tech", TestServer.PASSWORD);
            b.until(Duration.ofSeconds(10), () -> b.find("#fleet").getText().contains("<script>"));
            assertThat(b.find("#fleet").getText()).contains(XSS_NAME);
            assertThat(b.driver.executeScript("return window.__xss === undefined")).isEqualTo(true);
            assertThat(b.driver.findElements(org.openqa.selenium.By.cssSelector("#fleet img"))).isEmpty();
            b.find("[data-action=logout]").click();
            b.until(Duration.ofSeconds(5), () -> b.driver.getCurrentUrl().contains("/staff/login"));
            b.login(server.base(), "boss", TestServer.PASSWORD);
            b.until(Duration.ofSeconds(10), () -> b.find("#kiosks").getText().contains("<script>"));
            assertThat(b.driver.executeScript("return window.__xss === undefined")).isEqualTo(true);
        }
    }

    @Test
    void theHeaderFormChangesTheOwnPassword() throws Exception {
        server.app.staff().create("test", "boss", "Boss", Role.SUPERVISOR, TestServer.PASSWORD.toCharArray());
        String next = "mùa thu Hà Nội lá vàng rơi";
        try (Browser b = new Browser(dir.resolve("p"))) {
            b.login(server.base(), "boss", TestServer.PASSWORD);
            b.until(Duration.ofSeconds(10), () -> b.find("[data-bind=user]").getText().contains("boss"));
            b.find("[data-action=password]").click();
            b.find("input[name=currentPassword]").sendKeys("not-the-right-one-at-all");
            b.find("input[name=newPassword]").sendKeys(next);
            b.find("input[name=newPasswordAgain]").sendKeys(next);
            b.find("form.password-change button[type=submit]").click();
            b.until(Duration.ofSeconds(10), () -> b.find("form.password-change .message").getText()
                    .contains("current password is wrong"));
            b.find("input[name=currentPassword]").clear();
            b.find("input[name=currentPassword]").sendKeys(TestServer.PASSWORD);
            b.find("form.password-change button[type=submit]").click();
            b.until(Duration.ofSeconds(10), () -> b.find("form.password-change .message").getText()
                    .startsWith("Đã đổi mật khẩu"));
            assertThat(b.driver.getCurrentUrl()).endsWith("/staff/dashboard");
        }
        assertThat(server.login("boss", next).cookie()).startsWith("onestop_session=");
    }
}
