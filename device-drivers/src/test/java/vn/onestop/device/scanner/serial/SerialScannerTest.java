package vn.onestop.device.scanner.serial;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.onestop.device.scanner.CccdSamples;
import vn.onestop.device.scanner.EventRecorder;
import vn.onestop.testkit.TestClock;
import vn.onestop.device.scanner.ScanEvent;

class SerialScannerTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final FakeScannerLink link = new FakeScannerLink();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T08:00:00Z"));
    private final EventRecorder recorder = new EventRecorder();
    private final SerialScannerSettings settings = SerialScannerSettings.defaults()
            .withReconnectDelay(Duration.ofMillis(20));
    private SerialScanner scanner;

    @AfterEach
    void close() {
        if (scanner != null) {
            scanner.close();
        }
    }

    private void start(SerialScannerSettings s) {
        scanner = new SerialScanner(link, s, clock);
        scanner.onScan(recorder);
        scanner.start();
    }

    private void sendChunked(String code, Random random) {
        byte[] wire = settings.frame().encode(code);
        int i = 0;
        while (i < wire.length) {
            int n = Math.min(wire.length - i, 1 + random.nextInt(16));
            byte[] chunk = new byte[n];
            System.arraycopy(wire, i, chunk, 0, n);
            link.deliver(chunk);
            i += n;
        }
    }

    @Test
    void chunkedCardsArriveWholeOnTheScannerThread() {
        start(settings);
        Random random = new Random(11);
        for (String code : CccdSamples.ALL) {
            sendChunked(code, random);
        }
        recorder.awaitCount(CccdSamples.ALL.size(), WAIT);
        assertThat(recorder.codes()).containsExactlyElementsOf(CccdSamples.ALL);
        assertThat(recorder.events()).allMatch(e -> e.source() == ScanEvent.Source.SERIAL);
        assertThat(recorder.threads()).allMatch(name -> name.startsWith("scanner-"));
    }

    @Test
    void theSameCardTwiceWithinTheWindowIsOneScanButAfterItIsTwo() {
        start(settings.withDuplicateWindow(Duration.ofMillis(1500)));
        Random random = new Random(5);
        sendChunked(CccdSamples.HCMC_MAN, random);
        recorder.awaitCount(1, WAIT);
        clock.advance(Duration.ofMillis(1000));
        sendChunked(CccdSamples.HCMC_MAN, random);
        sendChunked("TK-0001", random);
        recorder.awaitCount(2, WAIT);
        clock.advance(Duration.ofMillis(1600));
        sendChunked("TK-0001", random);
        clock.advance(Duration.ofMillis(1600));
        sendChunked(CccdSamples.HCMC_MAN, random);
        recorder.awaitCount(4, WAIT);
        assertThat(recorder.codes()).containsExactly(CccdSamples.HCMC_MAN, "TK-0001", "TK-0001",
                CccdSamples.HCMC_MAN);
    }

    @Test
    void unplugMidCodeReportsItThenReplugRecoversByItself() {
        start(settings);
        sendChunked("BEFORE", new Random(1));
        recorder.awaitCount(1, WAIT);
        assertThat(scanner.isConnected()).isTrue();
        link.deliver("001199012345|".getBytes(StandardCharsets.UTF_8));
        awaitPartialRead();
        link.unplug();
        recorder.awaitCount(2, WAIT);
        assertThat(recorder.failures()).containsExactly(CodeFramer.INCOMPLETE);
        awaitCondition(() -> !scanner.isConnected(), "scanner reports the unplug");
        link.replug();
        awaitCondition(scanner::isConnected, "scanner reconnects");
        sendChunked(CccdSamples.DANANG_ELDER, new Random(2));
        recorder.awaitCount(3, WAIT);
        assertThat(recorder.codes()).containsExactly("BEFORE", CccdSamples.DANANG_ELDER);
        assertThat(link.opens()).isEqualTo(2);
    }

    @Test
    void aScannerThatIsMissingAtStartIsPickedUpWhenPluggedIn() {
        link.unplug();
        start(settings);
        awaitCondition(() -> !scanner.isConnected(), "scanner stays disconnected");
        link.replug();
        awaitCondition(scanner::isConnected, "scanner connects when plugged");
        sendChunked("TK-0099", new Random(3));
        recorder.awaitCount(1, WAIT);
        assertThat(recorder.codes()).containsExactly("TK-0099");
    }

    @Test
    void aCodeWithoutTerminatorIsReportedAfterSilence() {
        start(settings);
        link.deliver("ABC".getBytes(StandardCharsets.US_ASCII));
        awaitPartialRead();
        clock.advance(settings.incompleteAfter().plusMillis(1));
        recorder.awaitCount(1, WAIT);
        assertThat(recorder.failures()).containsExactly(CodeFramer.INCOMPLETE);
    }

    @Test
    void aFailingListenerDoesNotStopTheScanner() {
        scanner = new SerialScanner(link, settings, clock);
        scanner.onScan(event -> {
            if (event instanceof ScanEvent.CodeScanned c && c.code().equals("BOOM")) {
                throw new IllegalStateException("listener bug");
            }
            recorder.onEvent(event);
        });
        scanner.start();
        sendChunked("BOOM", new Random(4));
        sendChunked("OK-1", new Random(4));
        recorder.awaitCount(1, WAIT);
        assertThat(recorder.codes()).containsExactly("OK-1");
    }

    private void awaitPartialRead() {
        awaitCondition(link::drained, "the reader took the bytes");
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("timed out: " + what).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
