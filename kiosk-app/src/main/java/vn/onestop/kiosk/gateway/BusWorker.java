package vn.onestop.kiosk.gateway;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.onestop.device.display.DisplayException;
import vn.onestop.device.display.SerialDisplayBus;

/**
 * One display bus's thread (every frame of the bus is written on it) and, for a serial bus, a watcher that reads the
 * line so an unplugged adapter is noticed even when nothing is sent. Every {@link #TICK_MILLIS} the worker reopens a
 * lost adapter (after the link's backoff); when it comes back, every display of the bus is drawn again.
 */
final class BusWorker implements AutoCloseable {
    static final long TICK_MILLIS = 250;
    private final ScheduledExecutorService thread;
    private final SerialDisplayBus serial;
    private final List<CounterScreen> screens = new CopyOnWriteArrayList<>();
    private volatile boolean closed;
    private long drawnGeneration;

    /** A worker for {@code serial} (null for a virtual bus). */
    BusWorker(String name, SerialDisplayBus serial) {
        this.serial = serial;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "display-bus-" + name);
            t.setDaemon(true);
            return t;
        });
        if (serial != null) {
            thread.scheduleWithFixedDelay(this::tick, 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
            Thread watcher = new Thread(this::watch, "display-bus-watch-" + name);
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    ScheduledExecutorService thread() {
        return thread;
    }

    void add(CounterScreen screen) {
        screens.add(screen);
    }

    private void tick() {
        if (!serial.connected() && !serial.reconnect()) {
            return;
        }
        long generation = serial.generation();
        if (generation != drawnGeneration) {
            drawnGeneration = generation;
            screens.forEach(CounterScreen::redraw);
        }
    }

    private void watch() {
        while (!closed) {
            try {
                if (serial.connected()) {
                    serial.drain(200);
                } else {
                    Thread.sleep(50); // the worker's tick reopens the port; look again shortly
                }
            } catch (DisplayException e) {
                // the link now knows it was unplugged; the tick reopens it
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.shutdownNow();
        if (serial != null) {
            serial.close();
        }
    }
}
