package vn.onestop.kiosk;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.identity.CccdParser;
import vn.onestop.core.identity.ProvinceCodes;
import vn.onestop.device.printer.TicketPrinter;
import vn.onestop.device.scanner.CodeScanner;
import vn.onestop.kiosk.config.CatalogueLoad;
import vn.onestop.kiosk.config.KioskConfig;
import vn.onestop.kiosk.outbox.FilingOutbox;
import vn.onestop.kiosk.outbox.OfflineOutbox;
import vn.onestop.kiosk.outbox.OutboxDatabase;
import vn.onestop.kiosk.outbox.OutboxException;
import vn.onestop.kiosk.server.KioskServerClient;
import vn.onestop.kiosk.server.TokenStore;

/**
 * The kiosk's collaborators that do file and device work to build (catalogue, parser, outbox, devices),
 * made off the event thread before the window opens. The printer may still be in the making (it loads
 * fonts): the window does not wait for it.
 */
public record KioskParts(KioskConfig config, Path configDir, Path dataDir, CatalogueLoad catalogues,
        CccdParser parser, CompletableFuture<TicketPrinter> printer, CodeScanner scanner, OutboxDatabase outboxDatabase,
        OfflineOutbox outbox, FilingOutbox filingOutbox,
        KioskServerClient client, Clock clock, boolean demo, vn.onestop.kiosk.ui.Pictograms pictograms) {

    /** Builds the printer on a thread of its own, so the window opens meanwhile. */
    public static CompletableFuture<TicketPrinter> printerInBackground(java.util.function.Supplier<TicketPrinter> make) {
        return OwnThread.supply("printer-setup", make::get);
    }

    /**
     * The procedure catalogue; blocks until it is read (never call it on the event thread before
     * {@link CatalogueLoad#isDone}).
     */
    public ProcedureCatalogue catalogue() {
        return catalogues.get();
    }

    /**
     * Reads the provinces from {@code configDir} and prepares the outbox in {@code dataDir}; the catalogue is
     * read once {@link CatalogueLoad#start} is called (when the window is open) or on first use.
     */
    public static KioskParts create(KioskConfig config, Path configDir, Path dataDir, String serverUrl,
            CompletableFuture<TicketPrinter> printer, CodeScanner scanner, Clock clock, boolean demo)
            throws OutboxException {
        CatalogueLoad catalogue = CatalogueLoad.of(configDir.resolve("catalogue/procedures.json"));
        CccdParser parser = new CccdParser(ProvinceCodes.load(configDir.resolve("provinces.csv")), clock);
        OutboxDatabase outboxDatabase = new OutboxDatabase(dataDir.resolve("outbox.sqlite"));
        OfflineOutbox outbox = new OfflineOutbox(outboxDatabase, config.offlinePrefix(), clock);
        FilingOutbox filingOutbox = new FilingOutbox(outboxDatabase, clock);
        KioskServerClient client = new KioskServerClient(serverUrl, new TokenStore(dataDir));
        return new KioskParts(config, configDir, dataDir, catalogue, parser, printer, scanner, outboxDatabase, outbox,
                filingOutbox, client, clock, demo, vn.onestop.kiosk.ui.Pictograms.load(configDir.resolve("pictograms")));
    }
}
