package vn.onestop.device.scanner.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.device.scanner.CccdSamples;
import vn.onestop.device.scanner.EventRecorder;
import vn.onestop.device.scanner.serial.FrameFormat;
import vn.onestop.device.scanner.serial.SerialScanner;
import vn.onestop.device.scanner.serial.SerialScannerSettings;
import vn.onestop.device.serial.JSerialCommLink;
import vn.onestop.device.serial.SerialSettings;
import vn.onestop.testkit.PtyPair;
import vn.onestop.testkit.RequiresSocat;
import vn.onestop.testkit.Wait;

/** The scanner player program on one end of a socat pty pair, the kiosk's serial scanner on the other. */
@RequiresSocat
class ScannerPlayerMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ScannerPlayerMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void playsPayloadsAndACardsFileThatTheKioskReadsExactly(@TempDir Path dir) throws Exception {
        Path cards = Path.of(getClass().getResource("/scanner/sample-cards.txt").toURI());
        EventRecorder recorder = new EventRecorder();
        try (PtyPair pair = new PtyPair(dir);
             SerialScanner scanner = new SerialScanner(
                     new JSerialCommLink(SerialSettings.of(pair.hostSide(), 9600), Clock.systemUTC()),
                     SerialScannerSettings.defaults().withFrame(FrameFormat.parse("CRLF", 4096)),
                     Clock.systemUTC())) {
            scanner.onScan(recorder);
            scanner.start();
            Wait.until(scanner::isConnected, Duration.ofSeconds(10), "scanner opened the pty");
            int status = run("--port", pair.deviceSide(), "--terminator", "CRLF", "--packet", "7",
                    "--cards", cards.toString(), CccdSamples.HUE_2024);
            assertThat(status).as(err.toString(StandardCharsets.UTF_8)).isZero();
            recorder.awaitCount(4, Duration.ofSeconds(10));
        }
        assertThat(recorder.codes()).containsExactly(CccdSamples.HUE_2024, CccdSamples.HANOI_WOMAN,
                CccdSamples.HCMC_MAN, "A-0427");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("sent scan 4 of 4");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 6: no TAB").doesNotContain("Tuyết");
    }

    @Test
    void badArgumentsAndMissingPortsAreExplained(@TempDir Path dir) {
        assertThat(run("A-1")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--port PATH is required").contains("usage:");
        assertThat(run("--port", "/dev/x", "--terminator", "ETX", "A-1")).isEqualTo(2);
        assertThat(run("--port", "/dev/x", "--packet", "zero", "A-1")).isEqualTo(2);
        assertThat(run("--port", dir.resolve("no-such-tty").toString(), "A-1")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no-such-tty");
    }
}
