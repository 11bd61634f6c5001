package vn.onestop.kiosk.tech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.kiosk.config.KioskConfig;
import vn.onestop.testkit.TestClock;

class TechnicianPartsTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T02:00:00Z"), TestClock.VIETNAM);

    @Test
    void fiveQuickTapsInTheCornerOpenTechnicianMode() {
        SecretGesture g = new SecretGesture(clock, 5, Duration.ofSeconds(4));
        for (int i = 0; i < 4; i++) {
            assertThat(g.touch(10, 10, 120)).isFalse();
            clock.advance(Duration.ofMillis(500));
        }
        assertThat(g.touch(10, 10, 120)).isTrue();
    }

    @Test
    void slowTapsOrATapElsewhereDoNotCount() {
        SecretGesture g = new SecretGesture(clock, 5, Duration.ofSeconds(4));
        for (int i = 0; i < 5; i++) {
            assertThat(g.touch(10, 10, 120)).isFalse();
            clock.advance(Duration.ofSeconds(2));
        }
        for (int i = 0; i < 4; i++) {
            g.touch(10, 10, 120);
        }
        assertThat(g.touch(500, 10, 120)).isFalse();
        assertThat(g.touch(10, 10, 120)).isFalse();
    }

    @Test
    void theShippedPinIsCheckedAgainstItsHashOnly() throws Exception {
        KioskConfig config = KioskConfig.load(Path.of(System.getProperty("onestop.config.dir"), "kiosk.properties"));
        PinCheck pin = new PinCheck(config.technicianPinHash());
        assertThat(config.technicianPinHash()).doesNotContain("2468");
        assertThat(pin.matches("2468")).isTrue();
        assertThat(pin.matches("2469")).isFalse();
        assertThat(pin.matches("")).isFalse();
        assertThat(new PinCheck("").matches("2468")).as("no PIN configured: mode closed").isFalse();
        assertThat(new PinCheck(PinCheck.stored("9876", "abc")).matches("9876")).isTrue();
    }

    @Test
    void savingKeepsCommentsAndOrderAndAppendsNewKeys(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, "# Printer\nprinter.port=/dev/ttyS0\n\n# Server\nserver.url = http://a:1\n",
                StandardCharsets.UTF_8);
        PropertiesFileEditor.update(file, new java.util.LinkedHashMap<>(Map.of("server.url", "http://b:2",
                "printer.port", "/dev/ttyUSB1")));
        PropertiesFileEditor.update(file, Map.of("scanner.terminator", "CRLF"));
        assertThat(Files.readString(file)).isEqualTo("# Printer\nprinter.port=/dev/ttyUSB1\n\n# Server\n"
                + "server.url=http://b:2\nscanner.terminator=CRLF\n");
    }
}
