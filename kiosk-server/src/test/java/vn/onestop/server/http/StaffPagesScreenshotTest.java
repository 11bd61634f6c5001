package vn.onestop.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import vn.onestop.server.Browser;
import vn.onestop.server.Filings;
import vn.onestop.server.ScanFiles;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.RequiresChromium;

/**
 * A morning at a centre, then every staff page checked and photographed in headless Chromium. The PNGs go to
 * {@code target/screenshots} (or {@code -Donestop.screenshots.dir=DIR}); {@code docs/staff-*.png} are copies.
 */
@RequiresChromium
@Tag("browser")
class StaffPagesScreenshotTest {
    @TempDir
    Path dir;
    TestServer server;
    Path out;
    int keys;
    int rated;


    @BeforeEach
    void start() throws Exception {
        server = new TestServer(Files.createDirectories(dir.resolve("data")));
        out = Path.of(System.getProperty("onestop.screenshots.dir", "target/screenshots"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void everyPageShowsTheMorning() throws Exception {
        TestServer.StaffClient admin = server.staff("quan.tri", Role.ADMIN);
        server.app.staff().create("test", "nguyen.an", "Nguyễn An", Role.COUNTER_STAFF, TestServer.PASSWORD.toCharArray());
        String hall = server.enrolKiosk("Ki-ốt sảnh A");
        String floor = server.enrolKiosk("Ki-ốt tầng 2");
        server.enrolKiosk("Ki-ốt sảnh B");
        morning(admin, hall);
        server.kiosk(hall, "POST", "/api/v1/kiosk/heartbeat", heartbeat(false));
        server.kiosk(floor, "POST", "/api/v1/kiosk/heartbeat", heartbeat(true));
        String floorId = server.app.kiosks().list().stream().filter(k -> k.name().equals("Ki-ốt tầng 2"))
                .findFirst().orElseThrow().id();
        server.as(admin, "POST", "/api/v1/technician/kiosks/" + floorId + "/device-settings", Map.of("settings",
                Map.of("printer.port", "/dev/ttyUSB0", "printer.profile", "xprinter-xp80", "ui.large.text", "true")));

        try (Browser b = new Browser(dir.resolve("p"))) {
            b.open(server.base() + "/staff/login");
            b.find("#username").sendKeys("nguyen.an");
            b.screenshot(out.resolve("staff-login.png"));
            b.login(server.base(), "nguyen.an", TestServer.PASSWORD);
            b.until(Duration.ofSeconds(10), () -> b.find("#current-number").getText().matches("[A-E]\\d{3}"));
            b.find("#current-dossiers button").click();
            b.until(Duration.ofSeconds(5), () -> b.find("#dossier").getText().contains("LLTP-1"));
            Path scan = dir.resolve("to-khai.jpg");
            Files.write(scan, ScanFiles.image("jpg", 1240, 1754, java.awt.Color.WHITE));
            b.find("#scan-file").sendKeys(scan.toString());
            b.find("#upload-form button").click();
            b.until(Duration.ofSeconds(10), () -> b.find("#page-count").getText().equals("1"));
            b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 1280));
            b.screenshot(out.resolve("staff-counter.png"));
            b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));

            b.open(server.base() + "/staff/display");
            b.until(Duration.ofSeconds(10), () -> b.driver.findElements(By.cssSelector("#last-calls li")).size() >= 3);
            assertThat(b.find("#call-number").getText()).matches("[A-E]\\d{3}");
            b.screenshot(out.resolve("staff-display.png"));

            b.open(server.base() + "/staff/login");
            b.login(server.base(), "quan.tri", TestServer.PASSWORD);
            b.until(Duration.ofSeconds(10), () -> b.find("#alerts").getText().contains("Ki-ốt sảnh A"));
            b.until(Duration.ofSeconds(10), () -> !b.driver.findElements(By.cssSelector("#chart-hours rect")).isEmpty());
            assertThat(b.find("#alerts").getText()).contains("Chờ quá ngưỡng").contains("Sắp hết giấy");
            b.screenshot(out.resolve("staff-dashboard.png"));
            // the browser's today is the machine's, the server's clock is the test's: ask for the server's day
            b.driver.executeScript("document.getElementById('from').value = '2026-11-25';"
                    + "document.getElementById('to').value = '2026-11-25';");
            b.find("#report-form button").click();
            b.until(Duration.ofSeconds(10), () -> b.find("#officials").getText().contains("quan.tri"));
            assertThat(b.find("#officials-head").getText()).contains("Rất hài lòng").contains("Rất không hài lòng")
                    .contains("Thái độ của cán bộ");
            b.until(Duration.ofSeconds(10), () -> b.find("#unverified").getText().contains("LLTP-1"));
            assertThat(b.find("#unverified").getText()).contains("chưa xác minh");
            b.driver.executeScript("window.scrollTo(0, document.body.scrollHeight)");
            b.screenshot(out.resolve("staff-reports.png"));

            b.open(server.base() + "/staff/technician");
            b.until(Duration.ofSeconds(10), () -> b.find("#fleet").getText().contains("Ki-ốt tầng 2"));
            b.find("#new-code").click();
            b.until(Duration.ofSeconds(5), () -> b.find("#code").getText().matches("\\d{4}-\\d{4}-\\d{4}"));
            b.driver.findElements(By.cssSelector("#fleet tr")).stream()
                    .filter(tr -> tr.getText().contains("Ki-ốt tầng 2")).findFirst().orElseThrow()
                    .findElement(By.cssSelector("button")).click();
            b.until(Duration.ofSeconds(5), () -> b.find("#settings-text").getAttribute("value")
                    .contains("printer.port=/dev/ttyUSB0"));
            assertThat(b.find("#fleet").getText()).contains("Sắp hết giấy").contains("0.3.1");
            b.screenshot(out.resolve("staff-technician.png"));
        }
        assertThat(out.resolve("staff-technician.png")).isNotEmptyFile();
    }

    /** Tickets from 08:00 to 10:30 over services A-C, served at counters 1-3, a few ratings. */
    private void morning(TestServer.StaffClient admin, String kiosk) throws Exception {
        for (String counter : new String[] {"1", "2", "3"}) {
            server.as(admin, "POST", "/api/v1/counters/" + counter + "/open", null);
        }
        String[] services = {"A", "B", "A", "C", "A", "B"};
        for (int round = 0; round < 5; round++) {
            for (String s : services) {
                server.kiosk(kiosk, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "shot-key-" + (keys++),
                        "serviceCode", s));
                server.clock.advance(Duration.ofMinutes(2));
            }
            for (String counter : new String[] {"1", "2", "3"}) {
                var called = server.as(admin, "POST", "/api/v1/counters/" + counter + "/next", null);
                server.clock.advance(Duration.ofMinutes(5));
                if (called.status() == 200 && round == 4 && counter.equals("1")) {
                    Map<String, Object> dossier = Filings.dossier("shot-dossier-1");
                    dossier.put("ticketId", called.json().get("id").asText());
                    dossier.put("delivery", "COUNTER");
                    server.kiosk(kiosk, "POST", "/api/v1/dossiers", dossier);
                }
                if (called.status() == 200 && round < 4) {
                    String id = called.json().get("id").asText();
                    server.as(admin, "POST", "/api/v1/counters/" + counter + "/tickets/" + id + "/complete", null);
                    server.kiosk(kiosk, "POST", "/api/v1/ratings", Map.of("ticketId", id, "score", 5 - rated++ % 4));
                }
            }
        }
    }

    private static Map<String, Object> heartbeat(boolean paper) {
        return Map.of("printer", Map.of("online", true, "paperLow", !paper, "paperOut", false, "coverOpen", false,
                "cutterError", false, "statusBits", paper ? 0 : 0x0C), "scannerOk", true,
                "freeDiskBytes", 12_000_000_000L, "appVersion", "0.3.1", "outboxPending", 0);
    }
}
