package vn.onestop.device.scanner.serial;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.device.scanner.CccdSamples;
import vn.onestop.device.scanner.IdentityReader;
import vn.onestop.device.scanner.Percentiles;
import vn.onestop.device.scanner.ScanEvent;
import vn.onestop.device.scanner.TestIdentity;
import vn.onestop.device.serial.JSerialCommLink;
import vn.onestop.device.serial.SerialSettings;
import vn.onestop.testkit.PtyPair;
import vn.onestop.testkit.RequiresSocat;
import vn.onestop.testkit.Wait;

/**
 * Time from the last byte of a CCCD payload written on the device end of a socat pty pair to a
 * validated identity on the kiosk end (jSerialComm read, framing, UTF-8, parsing). This is over a pty,
 * which ignores the baud rate: the wire time of the payload at real serial speeds is computed from its
 * byte count and printed beside it. Baseline in the same run: parsing the payload alone.
 */
@Tag("bench")
@RequiresSocat
class CardToIdentityBenchTest {

    private static final int WARMUP = 50;
    private static final int RUNS = 400;

    @TempDir
    Path dir;

    @Test
    void lastByteToValidatedIdentity() throws Exception {
        String payload = CccdSamples.HANOI_WOMAN;
        FrameFormat frame = FrameFormat.terminatedBy(FrameFormat.Terminator.CR, 4096);
        byte[] wire = frame.encode(payload);
        byte[] head = java.util.Arrays.copyOf(wire, wire.length - 1);
        byte[] last = {wire[wire.length - 1]};
        IdentityReader reader = TestIdentity.reader();
        BlockingQueue<Long> accepted = new LinkedBlockingQueue<>();
        try (PtyPair pair = new PtyPair(dir);
             JSerialCommLink device = new JSerialCommLink(SerialSettings.of(pair.deviceSide(), 115200), Clock.systemUTC());
             SerialScanner scanner = new SerialScanner(
                     new JSerialCommLink(SerialSettings.of(pair.hostSide(), 115200), Clock.systemUTC()),
                     SerialScannerSettings.defaults().withFrame(frame).withDuplicateWindow(Duration.ZERO),
                     Clock.systemUTC())) {
            scanner.onScan(reader.listener(outcome -> {
                if (outcome instanceof IdentityReader.Outcome.Accepted) {
                    accepted.add(System.nanoTime());
                }
            }));
            scanner.start();
            device.open();
            Wait.until(scanner::isConnected, Duration.ofSeconds(10), "scanner opened the pty");
            Percentiles latency = new Percentiles(RUNS);
            for (int i = 0; i < WARMUP + RUNS; i++) {
                device.write(head);
                long t0 = System.nanoTime();
                device.write(last);
                Long t1 = accepted.poll(5, TimeUnit.SECONDS);
                if (t1 == null) {
                    throw new AssertionError("no identity within 5 s for scan " + i);
                }
                if (i >= WARMUP) {
                    latency.add(t1 - t0);
                }
            }
            Percentiles parse = parseBaseline(reader, payload);
            Percentiles.print("card-last-byte-to-identity-over-pty p50", latency.millis(50), "ms");
            Percentiles.print("card-last-byte-to-identity-over-pty p99", latency.millis(99), "ms");
            Percentiles.print("baseline-parse-only p50", parse.millis(50), "ms");
            Percentiles.print("baseline-parse-only p99", parse.millis(99), "ms");
            Percentiles.print("card-last-byte-to-identity p99 ratio to parse-only p99",
                    latency.millis(99) / parse.millis(99), "x");
            int bytes = payload.getBytes(StandardCharsets.UTF_8).length + 1;
            SerialSettings at9600 = SerialSettings.of(pair.hostSide(), 9600);
            SerialSettings at115200 = SerialSettings.of(pair.hostSide(), 115200);
            Percentiles.print("card-payload-bytes", bytes, "bytes");
            Percentiles.print("card-wire-time-computed-9600-8N1", at9600.wireMillis(bytes), "ms");
            Percentiles.print("card-wire-time-computed-115200-8N1", at115200.wireMillis(bytes), "ms");
        }
    }

    private static Percentiles parseBaseline(IdentityReader reader, String payload) {
        Percentiles p = new Percentiles(RUNS);
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long t0 = System.nanoTime();
            IdentityReader.Outcome o = reader.read(new ScanEvent.CodeScanned(payload, ScanEvent.Source.SERIAL,
                    Instant.EPOCH));
            long dt = System.nanoTime() - t0;
            if (!(o instanceof IdentityReader.Outcome.Accepted)) {
                throw new AssertionError("the bench payload must be a valid card");
            }
            if (i >= WARMUP) {
                p.add(dt);
            }
        }
        return p;
    }
}
