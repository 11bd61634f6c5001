package vn.onestop.server.province;

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
import vn.onestop.server.TestServer;
import vn.onestop.server.db.Rows;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.RequiresChromium;

/**
 * {@code /staff/province} in headless Chromium: a province supervisor sees two centres side by side, in Vietnamese
 * and English, and opens one centre's dashboard from its row. The PNG goes to {@code target/screenshots} (or
 * {@code -Donestop.screenshots.dir=docs} for {@code docs/staff-province.png}).
 */
@RequiresChromium
@Tag("browser")
class ProvincePageBrowserTest {
    private static final String COMMUNE = "xa-tan-phu";
    @TempDir
    Path dir;
    TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer(Files.createDirectories(dir.resolve("data")));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theProvinceSupervisorSeesBothCentresAndOpensOne() throws Exception {
        long now = server.clock.millis();
        server.db.write(c -> Rows.update(c, "INSERT INTO centre (id, name_vi, name_en, kind, agency_code, time_zone, "
                + "created_at, updated_at) VALUES (?, 'Xã Tân Phú', 'Tan Phu Commune', 'commune', 'H41.21.02', "
                + "'Asia/Ho_Chi_Minh', ?, ?)", COMMUNE, now, now));
        String hall = server.enrolKiosk("Ki-ốt sảnh A");
        String commune = server.enrolKiosk("Ki-ốt Tân Phú");
        server.db.write(c -> Rows.update(c, "UPDATE kiosk SET centre_id = ? WHERE name = 'Ki-ốt Tân Phú'", COMMUNE));
        for (int i = 0; i < 3; i++) {
            server.kiosk(hall, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "province-page-" + i,
                    "serviceCode", "A"));
        }
        server.kiosk(hall, "POST", "/api/v1/kiosk/heartbeat", Map.of("printer", Map.of("online", true, "paperLow",
                false, "paperOut", false, "coverOpen", false, "cutterError", false, "statusBits", 0), "scannerOk", true,
                "freeDiskBytes", 5_000_000_000L, "appVersion", "0.1.0", "outboxPending", 0));
        server.kiosk(commune, "POST", "/api/v1/kiosk/help", Map.of("screen", "procedure"));
        server.app.staff().create("test", "tinh.giam.sat", "Giám sát tỉnh", Role.SUPERVISOR,
                TestServer.PASSWORD.toCharArray());
        server.db.write(c -> Rows.update(c, "UPDATE staff_grant SET centre_id = '*' WHERE username = 'tinh.giam.sat'"));

        try (Browser b = new Browser(dir.resolve("p"))) {
            b.login(server.base(), "tinh.giam.sat", TestServer.PASSWORD);
            b.open(server.base() + "/staff/province");
            b.until(Duration.ofSeconds(10), () -> b.driver.findElements(By.cssSelector("#centres tr")).size() == 2);
            String mainRow = b.find("#centres tr:nth-child(1)").getText();
            String communeRow = b.find("#centres tr:nth-child(2)").getText();
            assertThat(mainRow).startsWith(server.app.centres().require("main").nameVi()).contains(" 3 ");
            assertThat(communeRow).startsWith("Xã Tân Phú");
            assertThat(b.find("#centres tr:nth-child(2) td:nth-child(7)").getText()).as("a call for help")
                    .isEqualTo("1");
            assertThat(b.find("h1").getText()).isEqualTo("Các trung tâm trong tỉnh");
            Path out = Path.of(System.getProperty("onestop.screenshots.dir", "target/screenshots"));
            b.screenshot(out.resolve("staff-province.png"));

            b.find("[data-action=language]").click();
            b.until(Duration.ofSeconds(5), () -> b.find("h1").getText().equals("Centres of the province"));
            b.until(Duration.ofSeconds(5), () -> b.find("#centres tr:nth-child(2)").getText()
                    .startsWith("Tan Phu Commune"));

            b.find("#centres tr:nth-child(2) a").click();
            b.until(Duration.ofSeconds(10), () -> b.driver.getCurrentUrl().endsWith("/staff/dashboard?centre="
                    + COMMUNE));
            assertThat(b.console()).doesNotContain("Content Security Policy");
        }
    }
}
