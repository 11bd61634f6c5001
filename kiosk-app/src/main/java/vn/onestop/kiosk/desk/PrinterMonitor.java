package vn.onestop.kiosk.desk;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.wire.PrinterHealth;
import vn.onestop.device.printer.PrinterStatus;
import vn.onestop.kiosk.flow.PrinterAvailability;

/**
 * Reads the printer's status on the printer thread and lets it drive the screens: any change reaches
 * the UI through {@code ui}, and paper near end, paper out, cover open or no answer alert the server (and
 * so does the printer's return to ready).
 */
public final class PrinterMonitor {
    /** Log4j starts on first use: after the window opens (see the kiosk's LoggingSetup), not when this loads. */
    private static final class Log {
        static final Logger LOG = LogManager.getLogger(PrinterMonitor.class);
    }
    private final PrinterSlot printer;
    private final ScheduledExecutorService printerThread;
    private final Executor ui;
    private volatile Consumer<PrinterAvailability> sink = a -> { };
    private final Runnable alert;
    private volatile PrinterStatus last = PrinterStatus.ok();
    private volatile PrinterAvailability availability = PrinterAvailability.READY;

    public PrinterMonitor(PrinterSlot printer, ScheduledExecutorService printerThread, Executor ui, Runnable alert) {
        this.printer = printer;
        this.printerThread = printerThread;
        this.ui = ui;
        this.alert = alert;
    }

    /** Who hears each change of availability, on the UI executor (the flow); set before {@link #start}. */
    public void onAvailability(Consumer<PrinterAvailability> listener) {
        this.sink = listener;
    }

    public void start(long periodMillis) {
        printerThread.scheduleWithFixedDelay(this::poll, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Reads the status now (printer thread). */
    public void poll() {
        report(printer.status());
    }

    /** A status seen by anyone (e.g. a failed print); any thread. */
    public void report(PrinterStatus status) {
        boolean changed = !status.equals(last);
        last = status;
        PrinterAvailability now = PrinterHealthMapping.availability(status);
        boolean recovered = now == PrinterAvailability.READY && availability != PrinterAvailability.READY;
        if (now != availability) {
            availability = now;
            Log.LOG.info("Printer now {} (answered={}, paperOut={}, coverOpen={}, nearEnd={})", now, status.answered(),
                    status.paperOut(), status.coverOpen(), status.paperNearEnd());
            Consumer<PrinterAvailability> listener = sink;
            ui.execute(() -> listener.accept(now));
        }
        // A recovery is sent at once too, so the technician's alert clears without waiting for the heartbeat.
        if (changed && (now != PrinterAvailability.READY || recovered)) {
            alert.run();
        }
    }

    public PrinterStatus last() {
        return last;
    }

    public PrinterHealth health() {
        return PrinterHealthMapping.health(last);
    }
}
