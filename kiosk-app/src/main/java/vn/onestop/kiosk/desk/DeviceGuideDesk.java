package vn.onestop.kiosk.desk;

import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.catalogue.QueueService;
import vn.onestop.device.printer.PrinterException;
import vn.onestop.kiosk.flow.GuideDesk;
import vn.onestop.kiosk.slip.GuideSlipLayout;

/** Guide slips on the printer thread, the result back on {@code ui}; the help desk from the catalogue in use. */
public final class DeviceGuideDesk implements GuideDesk {
    private static final class Log {
        static final Logger LOG = LogManager.getLogger(DeviceGuideDesk.class);
    }

    private final PrinterSlot printer;
    private final PrinterMonitor monitor;
    private final GuideSlipLayout layout;
    private final Supplier<ProcedureCatalogue> catalogue;
    private final ExecutorService printerThread;
    private final Executor ui;

    /** {@code catalogue}: the catalogue shown (already read when a guide opens, so it does not block). */
    public DeviceGuideDesk(PrinterSlot printer, PrinterMonitor monitor, GuideSlipLayout layout,
            Supplier<ProcedureCatalogue> catalogue, ExecutorService printerThread, Executor ui) {
        this.printer = printer;
        this.monitor = monitor;
        this.layout = layout;
        this.catalogue = catalogue;
        this.printerThread = printerThread;
        this.ui = ui;
    }

    @Override
    public void printGuide(Procedure procedure, Consumer<String> onDone) {
        Optional<QueueService> desk = catalogue.get().assistedFilingService();
        printerThread.execute(() -> {
            String problem = null;
            try {
                printer.print(layout.layout(procedure, desk));
                Log.LOG.info("Online-filing guide of {} printed", procedure.code());
            } catch (PrinterException e) {
                Log.LOG.warn("Guide slip of {} not printed: {}", procedure.code(), e.getMessage());
                if (e.status() != null) {
                    monitor.report(e.status());
                }
                problem = PrinterHealthMapping.reason(e.status());
            } catch (RuntimeException e) {
                Log.LOG.error("Guide slip of {} not printed: the printer driver failed: {}", procedure.code(),
                        e.getClass().getSimpleName());
                problem = "printer";
            }
            String answer = problem;
            ui.execute(() -> onDone.accept(answer));
        });
    }

    @Override
    public Optional<String> assistedService() {
        return catalogue.get().assistedFilingService().map(QueueService::code);
    }
}
