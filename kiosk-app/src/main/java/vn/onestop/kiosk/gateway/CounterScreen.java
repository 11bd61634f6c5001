package vn.onestop.kiosk.gateway;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.device.display.CounterDisplay;
import vn.onestop.device.display.DisplayException;

/**
 * What one counter's display should show (the called number, blinking after a recall, or blank once the counter
 * closed) and what it last showed. Changes come from any thread; every write runs on the bus's one thread, so frames
 * of one bus never interleave. A test pattern or a keypad error is shown for a few seconds, then the number again.
 */
final class CounterScreen {
    private static final Logger LOG = LogManager.getLogger(CounterScreen.class);
    static final long TEMPORARY_MILLIS = 4000;
    private final String counter;
    private final CounterDisplay display;
    private final ScheduledExecutorService bus;
    private final Consumer<Snapshot> reports;
    private String wanted;
    private boolean blink;
    private Snapshot last;
    private long temporaryUntil;

    /** What the display last showed and whether that worked. {@code shown} is null when blank. */
    record Snapshot(String counter, String where, boolean connected, String shown, boolean blink, String error,
            long at) {}

    CounterScreen(String counter, CounterDisplay display, ScheduledExecutorService bus, Consumer<Snapshot> reports) {
        this.counter = counter;
        this.display = display;
        this.bus = bus;
        this.reports = reports;
        this.last = new Snapshot(counter, display.where(), false, null, false, "not driven yet", System.nanoTime());
    }

    /** Shows a called number (blinking for a recall). */
    synchronized void show(String number, boolean recall) {
        wanted = number;
        blink = recall;
        temporaryUntil = 0;
        bus.execute(this::redraw);
    }

    /** Blanks the display. */
    synchronized void clear() {
        wanted = null;
        blink = false;
        temporaryUntil = 0;
        bus.execute(this::redraw);
    }

    /** Lights the test pattern for a few seconds. */
    void testPattern() {
        temporary(() -> {
            display.testPattern();
            return "TEST";
        });
    }

    /** Shows "ERR" blinking for a few seconds (a keypad key the server refused), with the reason reported. */
    void error(String reason) {
        temporary(() -> {
            display.show("ERR", true);
            return "ERR";
        });
        bus.execute(() -> report(last.connected(), last.shown(), last.blink(), reason));
    }

    /** Writes the wanted state again (after a replug or a reconnection to the server). */
    void redraw() {
        String text;
        boolean flash;
        synchronized (this) {
            if (System.currentTimeMillis() < temporaryUntil) {
                return;
            }
            text = wanted;
            flash = blink;
        }
        try {
            if (text == null) {
                display.clear();
            } else {
                display.show(text, flash);
            }
            report(true, text, flash, null);
        } catch (DisplayException e) {
            failed(e);
        } catch (RuntimeException | Error e) {
            // a bug or an unusable virtual display must not silently kill the bus thread's task: say it
            failed(new DisplayException("Display at " + display.where() + " failed: " + e, e));
        }
    }

    Snapshot snapshot() {
        synchronized (this) {
            return last;
        }
    }

    private interface Temporary {
        String draw() throws DisplayException;
    }

    private void temporary(Temporary what) {
        synchronized (this) {
            temporaryUntil = System.currentTimeMillis() + TEMPORARY_MILLIS;
        }
        bus.execute(() -> {
            try {
                report(true, what.draw(), false, null);
            } catch (DisplayException e) {
                failed(e);
            } catch (RuntimeException | Error e) {
                failed(new DisplayException("Display at " + display.where() + " failed: " + e, e));
            }
        });
        bus.schedule(this::redraw, TEMPORARY_MILLIS + 10, TimeUnit.MILLISECONDS);
    }

    private void failed(DisplayException e) {
        Snapshot before = snapshot();
        if (before.connected() || before.error() == null || !before.error().equals(e.getMessage())) {
            LOG.warn("Counter {} display ({}): {}", counter, display.where(), e.getMessage());
        }
        report(false, before.shown(), before.blink(), e.getMessage());
    }

    private void report(boolean connected, String shown, boolean flashing, String error) {
        Snapshot s = new Snapshot(counter, display.where(), connected, shown, flashing, error, System.nanoTime());
        synchronized (this) {
            last = s;
        }
        reports.accept(s);
    }
}
