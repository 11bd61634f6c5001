package vn.onestop.device.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.device.document.sane.SaneScanner;
import vn.onestop.device.document.sane.SaneSettings;
import vn.onestop.testkit.RequiresSane;
import vn.onestop.testkit.SaneTestDevice;

/** The real scanimage with SANE's test backend (a private SANE_CONFIG_DIR listing only 'test'). */
@RequiresSane
class SaneScannerTest {

    @TempDir
    Path dir;
    private Path config;

    @BeforeEach
    void configure() throws IOException {
        config = SaneTestDevice.configure(dir.resolve("sane"));
    }

    private SaneScanner scanner(String device, String... options) {
        return new SaneScanner(SaneSettings.a4(device).withConfigDir(config).withExtraOptions(List.of(options)),
                PageDecoder.defaults(), dir.resolve("work"));
    }

    @Test
    void aGridPageComesBackGrayAt300DpiAndPassesTheCheck() throws Exception {
        ScannedPage page = scanner("test", "--test-picture=Grid").scan();
        assertThat(page.dpi()).isEqualTo(300);
        // the test backend's bed is 200 x 200 mm: scanimage rounds A4 down to it
        assertThat(page.widthMm()).isBetween(195.0, 211.0);
        assertThat(PageQuality.defaults().check(page.image()).verdict()).isEqualTo(PageQuality.Verdict.OK);
        try (var files = Files.list(dir.resolve("work"))) {
            assertThat(files).as("temporary page files are deleted").isEmpty();
        }
    }

    @Test
    void whiteAndBlackSheetsAreFlagged() throws Exception {
        ScannedPage white = scanner("test", "--test-picture=Solid white").scan();
        ScannedPage black = scanner("test", "--test-picture=Solid black").scan();
        assertThat(PageQuality.defaults().check(white.image()).verdict()).isEqualTo(PageQuality.Verdict.BLANK);
        assertThat(PageQuality.defaults().check(black.image()).verdict()).isEqualTo(PageQuality.Verdict.TOO_DARK);
    }

    @Test
    void noScannerJamAndUnplugAreToldApart() {
        assertFault(scanner("nosuchdevice"), ScanFault.NO_SCANNER);
        assertFault(scanner("test", "--read-return-value=SANE_STATUS_JAMMED"), ScanFault.JAMMED);
        assertFault(scanner("test", "--read-return-value=SANE_STATUS_IO_ERROR"), ScanFault.DISCONNECTED);
        assertFault(scanner("test", "--read-return-value=SANE_STATUS_COVER_OPEN"), ScanFault.COVER_OPEN);
    }

    @Test
    void aScanPastTheTimeLimitIsStopped() {
        SaneScanner slow = new SaneScanner(SaneSettings.a4("test").withConfigDir(config).withTimeout(
                Duration.ofSeconds(1)).withExtraOptions(List.of("--read-delay=yes",
                "--read-delay-duration=200000", "--read-limit=yes", "--read-limit-size=1024")),
                PageDecoder.defaults(), dir.resolve("work"));
        long start = System.nanoTime();
        assertFault(slow, ScanFault.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aFaultToldBeforeScanimageHangsIsThatFaultNotATimeOut() throws Exception {
        // A scanimage that reports the open cover and then never exits (as a wedged driver does).
        Path program = dir.resolve("hanging-scanimage");
        Files.writeString(program, "#!/bin/sh\necho 'scanimage: sane_read: Scanner cover is open' >&2\nexec sleep 30\n");
        Files.setPosixFilePermissions(program, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        SaneSettings s = new SaneSettings("test", 300, 210, 297, Duration.ofSeconds(1), config, List.of(),
                program.toString());
        long start = System.nanoTime();
        assertFault(new SaneScanner(s, PageDecoder.defaults(), dir.resolve("work")), ScanFault.COVER_OPEN);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aMissingProgramIsAFailureNamingIt() {
        SaneSettings s = new SaneSettings("test", 300, 210, 297, Duration.ofSeconds(5), config, List.of(),
                dir.resolve("no-scanimage").toString());
        assertThatThrownBy(() -> new SaneScanner(s, PageDecoder.defaults(), dir).scan())
                .isInstanceOf(DocumentScanException.class).hasMessageContaining("no-scanimage");
    }

    private static void assertFault(DocumentScanner scanner, ScanFault fault) {
        assertThatThrownBy(scanner::scan).isInstanceOf(DocumentScanException.class)
                .satisfies(e -> assertThat(((DocumentScanException) e).fault()).isEqualTo(fault));
    }
}
