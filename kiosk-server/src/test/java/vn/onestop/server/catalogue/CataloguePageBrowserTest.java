package vn.onestop.server.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.Browser;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.RequiresChromium;

/**
 * In headless Chromium: an admin edits a procedure's fee on /staff/catalogue; a fee that is not a number is refused
 * on the page with nothing saved; the saved fee is in the kiosks' configuration at once.
 */
@RequiresChromium
@Tag("browser")
class CataloguePageBrowserTest {
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
    void anAdminChangesAFeeOnThePageAndTheKioskConfigurationCarriesIt() throws Exception {
        String kiosk = server.enrolKiosk("Sảnh A");
        server.app.staff().create("test", "boss", "Boss", Role.ADMIN, TestServer.PASSWORD.toCharArray());
        try (Browser b = new Browser(dir.resolve("b"))) {
            b.login(server.base(), "boss", TestServer.PASSWORD);
            b.open(server.base() + "/staff/catalogue");
            b.until(Duration.ofSeconds(10), () -> b.find("#cat-procedures").getText().contains("LLTP-1"));
            b.find("#cat-procedures button[data-code='LLTP-1']").click();
            b.until(Duration.ofSeconds(5), () -> b.find("#cat-editor").isDisplayed());
            b.find("#ed-fee").clear();
            b.find("#ed-fee").sendKeys("hai trăm");
            b.find("#ed-save").click();
            b.until(Duration.ofSeconds(5), () -> b.find("#ed-msg").getText().contains("số nguyên"));
            b.find("#ed-fee").clear();
            b.find("#ed-fee").sendKeys("250.000");
            b.find("#ed-save").click();
            b.until(Duration.ofSeconds(10), () -> b.find("#ed-msg").getText().contains("Đã lưu"));
            b.until(Duration.ofSeconds(10), () -> b.find("#cat-procedures").getText().contains("250000"));
            b.screenshot(Path.of(System.getProperty("onestop.screenshots.dir", "target/screenshots"),
                    "staff-catalogue.png"));
        }
        JsonNode config = server.kiosk(kiosk, "GET", "/api/v1/kiosk/config", null).json();
        long fee = 0;
        for (JsonNode p : config.get("procedures")) {
            if (p.get("code").asText().equals("LLTP-1")) {
                fee = p.get("feeVnd").asLong();
            }
        }
        assertThat(fee).isEqualTo(250000);
    }
}
