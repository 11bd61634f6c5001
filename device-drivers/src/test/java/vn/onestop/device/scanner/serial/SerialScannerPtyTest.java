package vn.onestop.device.scanner.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.device.scanner.CccdSamples;
import vn.onestop.device.scanner.EventRecorder;
import vn.onestop.device.serial.JSerialCommLink;
import vn.onestop.device.serial.SerialSettings;
import vn.onestop.testkit.PtyPair;
import vn.onestop.testkit.RequiresSocat;
import vn.onestop.testkit.Wait;

/** The serial scanner over the real jSerialComm link on a socat pty pair; the far end plays the scanner. */
@RequiresSocat
class SerialScannerPtyTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private PtyPair pair;
    private JSerialCommLink device;
    private SerialScanner scanner;
    private final EventRecorder recorder = new EventRecorder();
    private final FrameFormat frame = FrameFormat.terminatedBy(FrameFormat.Terminator.CRLF, 4096);

    @BeforeEach
    void start() throws Exception {
        pair = new PtyPair(dir);
        device = new JSerialCommLink(SerialSettings.of(pair.deviceSide(), 115200), Clock.systemUTC());
        device.open();
        JSerialCommLink host = new JSerialCommLink(SerialSettings.of(pair.hostSide(), 115200), Clock.systemUTC());
        SerialScannerSettings settings = SerialScannerSettings.defaults().withFrame(frame)
                .withDuplicateWindow(Duration.ZERO).withReconnectDelay(Duration.ofMillis(50));
        scanner = new SerialScanner(host, settings, Clock.systemUTC());
        scanner.onScan(recorder);
        scanner.start();
        Wait.until(scanner::isConnected, WAIT, "scanner opened the pty");
    }

    @AfterEach
    void stop() throws Exception {
        // Null-safe: a set-up that failed half-way must not hide its own error behind a NullPointerException.
        for (AutoCloseable c : new AutoCloseable[] {scanner, device, pair}) {
            if (c != null) {
                c.close();
            }
        }
    }

    /** Cut points: one inside every multi-byte letter of the payload, plus random ones. */
    private static List<byte[]> packets(byte[] wire, Random random) {
        List<Integer> cuts = new ArrayList<>();
        for (int i = 1; i < wire.length; i++) {
            boolean insideLetter = (wire[i] & 0xC0) == 0x80;
            if (insideLetter && random.nextInt(3) == 0 || random.nextInt(20) == 0) {
                cuts.add(i);
            }
        }
        cuts.add(wire.length);
        List<byte[]> out = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            byte[] p = new byte[cut - from];
            System.arraycopy(wire, from, p, 0, p.length);
            out.add(p);
            from = cut;
        }
        return out;
    }

    private void sendAsScanner(String payload, Random random) throws Exception {
        for (byte[] packet : packets(frame.encode(payload), random)) {
            device.write(packet); // returns once the bytes left: each packet reaches the pty on its own
        }
    }

    @Test
    void vietnameseCardsSplitInsideLettersArriveWholeAndExact() throws Exception {
        Random random = new Random(2026);
        List<String> sent = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            for (String payload : CccdSamples.ALL) {
                sendAsScanner(payload, random);
                sent.add(payload);
            }
        }
        recorder.awaitCount(sent.size(), WAIT);
        assertThat(recorder.codes()).containsExactlyElementsOf(sent);
        assertThat(recorder.failures()).isEmpty();
    }

    @Test
    void brokenBytesAreReportedAndTheNextCardStillReads() throws Exception {
        byte[] broken = "Nguy\u1EC5n".getBytes(StandardCharsets.UTF_8);
        broken[5] = (byte) 0xC3;
        device.write(broken);
        device.write(new byte[] {'\r', '\n'});
        sendAsScanner(CccdSamples.HUE_2024, new Random(1));
        recorder.awaitCount(2, WAIT);
        assertThat(recorder.failures()).containsExactly(CodeFramer.INVALID_UTF8);
        assertThat(recorder.codes()).containsExactly(CccdSamples.HUE_2024);
    }

    @Test
    void killingSocatIsAnUnplugAndTheScannerReconnectsByItself() throws Exception {
        sendAsScanner(CccdSamples.HCMC_MAN, new Random(3));
        recorder.awaitCount(1, WAIT);
        device.close();
        pair.unplug();
        Wait.until(() -> !scanner.isConnected(), WAIT, "scanner noticed the unplug");
        pair.plugIn();
        device = new JSerialCommLink(SerialSettings.of(pair.deviceSide(), 115200), Clock.systemUTC());
        device.open();
        Wait.until(scanner::isConnected, WAIT, "scanner reconnected");
        sendAsScanner(CccdSamples.DANANG_ELDER, new Random(4));
        recorder.awaitCount(2, WAIT);
        assertThat(recorder.codes()).containsExactly(CccdSamples.HCMC_MAN, CccdSamples.DANANG_ELDER);
    }
}
