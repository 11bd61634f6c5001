package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.help.HelpCall;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.RequiresChromium;

/**
 * "Gọi hỗ trợ" from the real kiosk window to the real server; the supervisor dashboard in headless Chromium shows
 * the call with the kiosk's name and screen and answers it; repeated presses within a minute raise nothing new; with
 * the server down the citizen is sent to the information desk and the call is delivered once the server is back.
 */
@Tag("gui")
class HelpCallGuiTest extends KioskGuiSuite {
    private DashboardBrowser browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private HelpCall.Outcome shown() {
        return GuiActionRunner.execute(() -> kiosk.app.frame().helpShown());
    }

    private String noticeText() {
        return GuiActionRunner.execute(() -> kiosk.window.label("help.notice.text").target().getText());
    }

    @Test
    @RequiresChromium
    void theDashboardShowsTheCallAndAnswersItAndRepeatedPressesRaiseNothingNew() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of());
        kiosk.click("attract.start");
        kiosk.waitForStep(Step.IDENTIFY);
        kiosk.click("identify.help");
        KioskHarness.waitFor("someone is coming", () -> shown() == HelpCall.Outcome.COMING);
        assertThat(noticeText()).contains("Sẽ có người đến hỗ trợ");
        assertThat(kiosk.server.helpAlerts()).containsExactly("Kiosk 1 identify null");

        kiosk.server.app().staff().create("test", "giamsat1", "Giám sát", Role.SUPERVISOR,
                "mat-khau-du-dai-1".toCharArray());
        browser = new DashboardBrowser(tmp.resolve("chromium"));
        browser.login(kiosk.server.url(), "giamsat1", "mat-khau-du-dai-1");
        browser.open(kiosk.server.url() + "/staff/dashboard");
        browser.until(Duration.ofSeconds(15), () -> !browser.all(".help-alert").isEmpty());
        WebElement call = browser.all(".help-alert").get(0);
        assertThat(call.getText()).contains("Kiosk 1").contains("Nhận diện công dân").contains("Tôi đến ngay");

        kiosk.window.button("help.notice.close").click();
        KioskHarness.waitFor("notice dismissed", () -> shown() == null);
        kiosk.click("identify.help");
        KioskHarness.waitFor("already called", () -> shown() == HelpCall.Outcome.ALREADY_CALLED);

        call.findElement(By.cssSelector("[data-help-ack]")).click();
        browser.until(Duration.ofSeconds(15), () -> browser.all(".help-alert").isEmpty());
        assertThat(kiosk.server.helpAlerts()).containsExactly("Kiosk 1 identify giamsat1");
        assertThat(kiosk.server.audited("help.acknowledge")).isEqualTo(1);

        // Answered on the server, but a press within the minute still raises no second call.
        kiosk.click("identify.help");
        KioskHarness.waitFor("already called", () -> shown() == HelpCall.Outcome.ALREADY_CALLED);
        assertThat(kiosk.server.helpAlerts()).hasSize(1);
    }

    @Test
    void withTheServerDownTheCitizenIsSentToTheDeskAndTheCallArrivesLater() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of());
        kiosk.server.stop();
        kiosk.click("attract.help");
        KioskHarness.waitFor("ask at the desk", () -> shown() == HelpCall.Outcome.ASK_AT_DESK);
        assertThat(noticeText()).contains("hỏi tại quầy hướng dẫn");
        kiosk.click("attract.help");
        KioskHarness.waitFor("still the desk", () -> shown() == HelpCall.Outcome.ASK_AT_DESK);

        kiosk.server.restart();
        KioskHarness.waitFor("call delivered by a retry", () -> kiosk.server.helpAlerts().size() == 1);
        assertThat(kiosk.server.helpAlerts()).containsExactly("Kiosk 1 attract null");
        KioskHarness.waitFor("someone is coming after all", () -> shown() == HelpCall.Outcome.COMING);
    }

    /** Debian's headless Chromium and its chromedriver at their fixed paths (no driver download). */
    private static final class DashboardBrowser implements AutoCloseable {
        private final org.openqa.selenium.chrome.ChromeDriver driver;

        DashboardBrowser(java.nio.file.Path profile) {
            org.openqa.selenium.chrome.ChromeOptions options = new org.openqa.selenium.chrome.ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--no-first-run", "--window-size=1366,900", "--lang=vi", "--user-data-dir=" + profile);
            driver = new org.openqa.selenium.chrome.ChromeDriver(new org.openqa.selenium.chrome.ChromeDriverService
                    .Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).usingAnyFreePort()
                    .build(), options);
        }

        void open(String url) {
            driver.get(url);
        }

        List<WebElement> all(String css) {
            return driver.findElements(By.cssSelector(css));
        }

        void until(Duration timeout, java.util.function.Supplier<Boolean> condition) {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, timeout, Duration.ofMillis(50))
                    .until(d -> condition.get());
        }

        void login(String base, String user, String password) {
            open(base + "/staff/login");
            driver.findElement(By.id("username")).sendKeys(user);
            driver.findElement(By.id("password")).sendKeys(password);
            driver.findElement(By.id("login-button")).click();
            until(Duration.ofSeconds(10), () -> !driver.getCurrentUrl().contains("/staff/login"));
        }

        @Override
        public void close() {
            driver.quit();
        }
    }
}
