package vn.onestop.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * In headless Chromium: the technician page lists each counter display as its gateway reported it and sends the
 * test pattern (audited; GatewayPtyTest shows the gateway lighting it).
 */
@RequiresChromium
@Tag("browser")
class DisplaysPagesBrowserTest {
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
    void theTechnicianSeesDisplayStatesAndSendsATestPattern() throws Exception {
        String code = server.app.gateways().createCode(List.of("2"), "test", "main");
        String token = server.app.gateways().enrol(new GatewayRegistry.EnrolRequest(code, "Sảnh A")).tokens().get("2");
        server.kiosk(token, "POST", "/api/v1/gateway/counters/2/status", Map.of("connected", false,
                "error", "Display bus on /dev/ttyUSB0 was unplugged", "display", "bus /dev/ttyUSB0 address 2"));
        server.app.staff().create("test", "tech", "Tech", Role.TECHNICIAN, TestServer.PASSWORD.toCharArray());
        try (Browser b = new Browser(dir.resolve("t"))) {
            b.login(server.base(), "tech", TestServer.PASSWORD);
            b.open(server.base() + "/staff/technician");
            b.until(Duration.ofSeconds(10), () -> b.find("#displays").getText().contains("unplugged"));
            String row = b.find("#displays").getText();
            assertThat(row).contains("Sảnh A").contains("bus /dev/ttyUSB0 address 2").contains("Mất kết nối");
            b.find("#displays button[data-counter='2']").click();
            b.until(Duration.ofSeconds(5), () -> b.find("#displays-msg").getText().contains("2"));
            long audited = server.db.read(c -> vn.onestop.server.db.Rows.count(c, "SELECT COUNT(*) FROM audit_log "
                    + "WHERE action = 'display.test-pattern' AND target = '2' AND actor = 'tech'"));
            assertThat(audited).isEqualTo(1);
        }
    }
}
