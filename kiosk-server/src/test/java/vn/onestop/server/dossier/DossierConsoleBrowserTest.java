package vn.onestop.server.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.Browser;
import vn.onestop.server.Filings;
import vn.onestop.server.ScanFiles;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.RequiresChromium;

/** The counter console's dossier panel in headless Chromium: open a dossier, add scanned pages, change its status. */
@RequiresChromium
@Tag("browser")
class DossierConsoleBrowserTest {
    @TempDir
    Path dir;
    TestServer server;
    String code;


    @BeforeEach
    void start() throws Exception {
        server = new TestServer(Files.createDirectories(dir.resolve("data")));
        String kiosk = server.enrolKiosk("Sảnh A");
        code = Filings.received(server, kiosk, Filings.dossier("console-key-01"), "H41.21-261125-0001");
        server.app.staff().create("test", "clerk", "Clerk", Role.COUNTER_STAFF, TestServer.PASSWORD.toCharArray());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void clerkUploadsAScanThenABadFileAndMovesTheDossierOn() throws Exception {
        Path scan = dir.resolve("trang-1.png");
        Files.write(scan, ScanFiles.image("png", 600, 850, Color.LIGHT_GRAY));
        Path notes = dir.resolve("ghi-chu.txt");
        Files.writeString(notes, "không phải ảnh");
        try (Browser b = new Browser(dir.resolve("p"))) {
            b.login(server.base(), "clerk", TestServer.PASSWORD);
            b.find("#dossier-code").sendKeys(code);
            b.find("#dossier-form button").click();
            b.until(Duration.ofSeconds(5), () -> b.find("#dossier-panel").isDisplayed());
            assertThat(b.find("#dossier-title").getText()).isEqualTo(code);
            assertThat(b.find("#page-count").getText()).isEqualTo("0");

            b.find("#scan-file").sendKeys(scan.toString());
            b.find("#upload-form button").click();
            b.until(Duration.ofSeconds(10), () -> b.find("#page-count").getText().equals("1"));
            assertThat(b.find("#uploads").getText()).contains("clerk").contains("PNG");
            assertThat(b.find("#panel-msg").getText()).contains("1 trang");
            assertThat(b.find("#pages-link").getAttribute("href")).endsWith("/api/v1/staff/dossiers/" + code
                    + "/pages.pdf");
            assertThat(b.find("#slip-link").getAttribute("href")).endsWith("/slip.pdf");

            b.find("#scan-file").sendKeys(notes.toString());
            b.find("#upload-form button").click();
            b.until(Duration.ofSeconds(10), () -> b.find("#panel-msg").getText().contains("not a JPEG"));
            assertThat(b.find("#panel-msg").getText()).startsWith("ghi-chu.txt");
            assertThat(b.find("#page-count").getText()).isEqualTo("1");

            b.find("#status-buttons button[data-status=processing]").click();
            b.until(Duration.ofSeconds(5), () -> b.find("#dossier").getText().contains("Đang xử lý"));
        }
        assertThat(server.as(server.login("clerk", TestServer.PASSWORD), "GET", "/api/v1/staff/dossiers/" + code
                + "/pages", null).json().get("pageCount").asInt()).isEqualTo(1);
    }
}
