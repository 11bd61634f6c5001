package vn.onestop.device.scanner;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Collects scan events from any thread; waits for a condition with a timeout (never a bare sleep). */
public final class EventRecorder implements ScanListener {

    private final List<ScanEvent> events = new ArrayList<>();
    private final List<String> threads = new ArrayList<>();

    @Override
    public synchronized void onEvent(ScanEvent event) {
        events.add(event);
        threads.add(Thread.currentThread().getName());
        notifyAll();
    }

    public synchronized List<ScanEvent> events() {
        return List.copyOf(events);
    }

    public synchronized List<String> threads() {
        return List.copyOf(threads);
    }

    public synchronized List<String> codes() {
        return events.stream().filter(e -> e instanceof ScanEvent.CodeScanned)
                .map(e -> ((ScanEvent.CodeScanned) e).code()).toList();
    }

    public synchronized List<String> failures() {
        return events.stream().filter(e -> e instanceof ScanEvent.ScanFailed)
                .map(e -> ((ScanEvent.ScanFailed) e).reason()).toList();
    }

    /** Waits until the event list satisfies {@code condition}; fails after {@code timeout}. */
    public synchronized void awaitEvents(Predicate<List<ScanEvent>> condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.test(events)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out waiting for " + what + "; got " + events);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what, e);
            }
        }
    }

    public void awaitCount(int n, Duration timeout) {
        awaitEvents(list -> list.size() >= n, timeout, n + " events");
    }
}
