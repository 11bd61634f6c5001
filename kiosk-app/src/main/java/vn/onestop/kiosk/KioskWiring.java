package vn.onestop.kiosk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.swing.SwingUtilities;
import org.apache.logging.log4j.LogManager;
import vn.onestop.core.address.AddressConversion;
import vn.onestop.device.DaemonThreads;
import vn.onestop.device.scanner.IdentityReader;
import vn.onestop.kiosk.config.FilingConfig;
import vn.onestop.kiosk.desk.DeviceDossierDesk;
import vn.onestop.kiosk.desk.DeviceGuideDesk;
import vn.onestop.kiosk.desk.DevicePageScanDesk;
import vn.onestop.kiosk.config.DocumentsConfig;
import vn.onestop.kiosk.slip.GuideSlipLayout;
import vn.onestop.kiosk.desk.DeviceTicketDesk;
import vn.onestop.kiosk.desk.FilingSender;
import vn.onestop.kiosk.desk.PrinterMonitor;
import vn.onestop.kiosk.desk.PrinterSlot;
import vn.onestop.kiosk.desk.ServerLink;
import vn.onestop.kiosk.desk.TicketLayout;
import vn.onestop.kiosk.flow.FilingOptions;
import vn.onestop.kiosk.flow.KioskFlow;

/**
 * The kiosk's working parts joined together, without a window: one thread for the network, one for the printer,
 * one for filings to store (the scanner has its own), the printer and its monitor, the server link, the desks,
 * the flow, the scan routing and the enrolment. The monitor and the server link report to the flow once it is
 * built. {@link KioskApp} starts and stops it.
 */
final class KioskWiring {
    final ScheduledExecutorService network = single("kiosk-network");
    final ScheduledExecutorService printerThread = single("kiosk-printer");
    final ScheduledExecutorService filingStorage = single("kiosk-filings");
    final ScheduledExecutorService documentScanner = single("kiosk-document-scanner");
    final PrinterSlot printer;
    final PrinterMonitor monitor;
    final ServerLink server;
    final FilingSender filings;
    final KioskFlow flow;
    final ScanRouter scans;
    final Enrolment enrolment;

    KioskWiring(KioskParts parts, String version) {
        var config = parts.config();
        Executor ui = SwingUtilities::invokeLater;
        printer = new PrinterSlot(parts.printer());
        monitor = new PrinterMonitor(printer, printerThread, ui, this::alertServer);
        server = new ServerLink(parts.client(), parts.outbox(), network, ui, monitor::health, version);
        DeviceTicketDesk desk = new DeviceTicketDesk(server, printer, monitor,
                new TicketLayout(config.centreNameVi(), config.centreNameEn(), parts.clock().getZone()),
                printerThread, ui, parts.clock());
        filings = new FilingSender(parts.client(), parts.filingOutbox(), FilingSender.NONE, filingStorage);
        var dossiers = new DeviceDossierDesk(server, filings, printer, monitor, printerThread, ui,
                new DeviceDossierDesk.Preparation(config.centreNameVi(), parts::catalogue,
                        DocumentsConfig.pdf(config.all()), parts.clock(), filingStorage));
        var pageScanner = new DevicePageScanDesk(DocumentsConfig.scanner(config.all(), parts.dataDir()),
                vn.onestop.device.document.PageQuality.defaults(), documentScanner, ui);
        var guides = new DeviceGuideDesk(printer, monitor, new GuideSlipLayout(config.centreNameVi()),
                parts::catalogue, printerThread, ui);
        flow = new KioskFlow(parts.parser(), desk, dossiers, guides, pageScanner, FilingConfig.from(config.all())
                .withAddresses(addressesReadApart(parts.configDir())),
                parts.clock(),
                Duration.ofSeconds(config.idleSeconds()), Duration.ofSeconds(config.doneSeconds()),
                () -> UUID.randomUUID().toString());
        monitor.onAvailability(flow::printerChanged);
        server.onOnline(flow::serverChanged);
        scans = new ScanRouter(new IdentityReader(parts.parser()), flow, ui, parts.scanner());
        server.scannerHealth(scans::connected);
        enrolment = new Enrolment(parts.client(), config);
        server.onUnauthorized(enrolment::tokenRefused);
    }

    private void alertServer() {
        server.alertNow();
    }

    /** Stops the threads (waiting a little for the printer's and the network's work in hand). */
    void stopThreads() {
        network.shutdownNow();
        printerThread.shutdown();
        filingStorage.shutdown();
        documentScanner.shutdownNow();
        try {
            printerThread.awaitTermination(3, TimeUnit.SECONDS);
            network.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ScheduledExecutorService single(String name) {
        return Executors.newSingleThreadScheduledExecutor(DaemonThreads.named(name));
    }

    /**
     * The old-to-new address tables (some 13,000 rows) are read on a thread of their own, not on the event thread
     * that builds the kiosk; the first filing that converts an address waits for the read if it is not done yet. A
     * table that cannot be read leaves addresses unconverted (the citizen corrects them on screen) and is logged.
     */
    private static Function<String, AddressConversion> addressesReadApart(Path configDir) {
        CompletableFuture<Function<String, AddressConversion>> tables = OwnThread
                .<Function<String, AddressConversion>>supply("address-tables", () -> FilingConfig.addresses(configDir))
                .exceptionally(e -> {
                    LogManager.getLogger(KioskWiring.class).warn("Address tables not read, addresses are not "
                            + "converted: {}", e.getMessage());
                    return FilingOptions.NO_CONVERSION;
                });
        return address -> tables.join().apply(address);
    }
}
