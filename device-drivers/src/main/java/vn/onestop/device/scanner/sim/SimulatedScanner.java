package vn.onestop.device.scanner.sim;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import vn.onestop.device.DaemonThreads;
import vn.onestop.device.scanner.CodeScanner;
import vn.onestop.device.scanner.ScanEvent;
import vn.onestop.device.scanner.ScanListener;
import vn.onestop.device.scanner.ScanListenerSlot;

/**
 * The scanner of the demo: a technician "scans" a sample card or any typed payload. Like a real
 * scanner, events come on the scanner's own thread, in order, and nothing comes before
 * {@link #start()} or after {@link #close()}.
 */
public final class SimulatedScanner implements CodeScanner {

    private final Clock clock;
    private final ScanListenerSlot listener = new ScanListenerSlot();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(DaemonThreads.named("scanner-simulated"));
    private volatile boolean started;

    public SimulatedScanner(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void onScan(ScanListener newListener) {
        listener.set(newListener);
    }

    @Override
    public void start() {
        started = true;
    }

    /** Scans a payload as a serial scanner would deliver it; returns false if the scanner is not running. */
    public boolean scan(String payload) {
        Objects.requireNonNull(payload, "payload");
        if (!started) {
            return false;
        }
        try {
            thread.execute(() -> listener.deliver(
                    new ScanEvent.CodeScanned(payload, ScanEvent.Source.SIMULATED, clock.instant())));
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** Scans one sample card. */
    public boolean scan(SampleCards.Card card) {
        return scan(card.payload());
    }

    /** Simulates a scan error (e.g. "invalid-utf8") so the demo can show the kiosk's error screens. */
    public boolean fail(String reason) {
        if (!started) {
            return false;
        }
        try {
            thread.execute(() -> listener.deliver(
                    new ScanEvent.ScanFailed(reason, ScanEvent.Source.SIMULATED, clock.instant())));
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    @Override
    public void close() {
        started = false;
        thread.shutdown();
        try {
            thread.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
