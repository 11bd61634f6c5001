package vn.onestop.kiosk.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.testkit.Wait;

/**
 * The demo's set-up: the shipped config/gateway.properties (a virtual bus) against the real server; a call at counter
 * 1 makes display-1.png show the number, read back dot by dot. Bad gateway settings are refused naming the key.
 */
class GatewayVirtualDisplayTest {
    /** Hand-drawn 5x7 dots of the characters a first A ticket can have (as a person reads the LED module). */
    private static final Map<Character, List<String>> SEEN = Map.of(
            'A', List.of(".###.", "#...#", "#...#", "#####", "#...#", "#...#", "#...#"),
            '0', List.of(".###.", "#...#", "#..##", "#.#.#", "##..#", "#...#", ".###."),
            '1', List.of("..#..", ".##..", "..#..", "..#..", "..#..", "..#..", ".###."));

    @TempDir
    Path dir;

    @Test
    void theShippedVirtualSetUpDrawsTheCalledNumber() throws Exception {
        try (GatewayRig rig = new GatewayRig(dir, false)) {
            Wait.until(() -> rig.gateway.display("1").streamLive(), Duration.ofSeconds(10), "stream live");
            String number = rig.issue("A");
            assertThat(number).isEqualTo("A001");
            GatewayRig.Staff clerk = rig.official("clerk1");
            rig.as(clerk, "/api/v1/counters/1/open");
            rig.as(clerk, "/api/v1/counters/1/next");
            Path png = rig.gatewayConfig.buses().get("hall").folder().resolve("display-1.png");
            try {
                Wait.until(() -> "A001".equals(read(png)), Duration.ofSeconds(2), "display-1.png to show A001");
            } catch (AssertionError e) {
                // say what the gateway knows of the display (its last error) instead of only "not within"
                throw new AssertionError(e.getMessage() + "; display: " + rig.gateway.display("1") + ", PNG reads "
                        + read(png), e);
            }
            Wait.until(() -> rig.app.gateways().displays("main").stream().anyMatch(d -> d.counterId().equals("1")
                    && "A001".equals(d.shown())), Duration.ofSeconds(5), "the server to know display 1 shows A001");
        }
    }

    @Test
    void badGatewaySettingsAreRefusedNamingTheKey() {
        Properties p = new Properties();
        p.setProperty("server.url", "http://127.0.0.1:1");
        p.setProperty("counters", "1");
        p.setProperty("bus.hall.profile", "generic-ascii-xor");
        assertThatThrownBy(() -> GatewayConfig.from(p, dir)).hasMessageContaining("bus.hall.port is missing");
        p.setProperty("bus.hall.port", "/dev/ttyUSB0");
        p.setProperty("counter.1.display", "hal:1");
        assertThatThrownBy(() -> GatewayConfig.from(p, dir)).hasMessageContaining("counter.1.display");
        p.setProperty("counter.1.display", "hall:x");
        assertThatThrownBy(() -> GatewayConfig.from(p, dir)).hasMessageContaining("'x' is not a whole number");
        p.setProperty("counter.1.display", "hall:1");
        p.setProperty("keypad.port", "/dev/ttyUSB1");
        p.setProperty("keypad.profile", "generic-ascii");
        p.setProperty("keypad.counter.5", "9");
        assertThatThrownBy(() -> GatewayConfig.from(p, dir)).hasMessageContaining("counter 9 is not in counters");
    }

    /** The characters of the PNG's four cells, or null while it is missing or being replaced. */
    private static String read(Path png) {
        try {
            if (!Files.exists(png)) {
                return null;
            }
            BufferedImage img = ImageIO.read(png.toFile());
            if (img == null) {
                return null;
            }
            int cell = 8;
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                int x0 = 2 + i * 7;
                List<String> rows = new java.util.ArrayList<>();
                for (int r = 0; r < 7; r++) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 0; c < 5; c++) {
                        int rgb = img.getRGB((x0 + c) * cell + cell / 2, (2 + r) * cell + cell / 2);
                        row.append(((rgb >> 16) & 0xFF) > 150 && ((rgb >> 8) & 0xFF) < 100 ? '#' : '.');
                    }
                    rows.add(row.toString());
                }
                out.append(SEEN.entrySet().stream().filter(e -> e.getValue().equals(rows)).map(Map.Entry::getKey)
                        .findFirst().orElse('?'));
            }
            return out.toString();
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
