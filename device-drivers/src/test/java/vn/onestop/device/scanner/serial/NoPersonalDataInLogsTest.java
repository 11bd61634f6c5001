package vn.onestop.device.scanner.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.onestop.device.scanner.CccdSamples;
import vn.onestop.device.scanner.EventRecorder;
import vn.onestop.device.scanner.IdentityReader;
import vn.onestop.device.scanner.TestIdentity;

/** Cards, broken cards, refusals and a failing listener leave no ID number or name in the log. */
class NoPersonalDataInLogsTest {

    @Test
    void scanningCardsLogsNoPersonalData() throws Exception {
        FakeScannerLink link = new FakeScannerLink();
        IdentityReader reader = TestIdentity.reader();
        EventRecorder recorder = new EventRecorder();
        SerialScannerSettings settings = SerialScannerSettings.defaults().withFrame(FrameFormat.parse("CR", 64));
        try (SerialScanner scanner = new SerialScanner(link, settings, Clock.systemUTC())) {
            scanner.onScan(event -> {
                recorder.onEvent(event);
                reader.read(event);
                throw new IllegalStateException("listener bug with " + event); // the slot must not log this text
            });
            scanner.start();
            link.deliver((CccdSamples.HANOI_WOMAN + "\r").getBytes(StandardCharsets.UTF_8)); // too long for 64
            link.deliver(CccdSamples.HCMC_MAN.substring(0, 40).getBytes(StandardCharsets.UTF_8));
            link.deliver("\r079085001234\r".getBytes(StandardCharsets.UTF_8));
            recorder.awaitCount(3, Duration.ofSeconds(5));
            link.unplug();
        }
        Path log = Path.of("target", "test-logs", "test.log");
        assertThat(log).exists();
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(recorder.events().get(2).toString()).doesNotContain("079085001234").contains("12 chars");
        for (String card : CccdSamples.ALL) {
            String[] f = card.split("\\|");
            assertThat(text).doesNotContain(f[0]).doesNotContain(f[2]);
        }
    }
}
