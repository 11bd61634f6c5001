package vn.onestop.kiosk;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.identity.IdentityProblem;
import vn.onestop.core.wire.KioskConfiguration;
import vn.onestop.device.scanner.CodeScanner;
import vn.onestop.device.scanner.IdentityReader;
import vn.onestop.device.scanner.ScanEvent;
import vn.onestop.device.scanner.ScanListener;
import vn.onestop.device.scanner.serial.SerialScanner;
import vn.onestop.kiosk.desk.DeviceTicketDesk;
import vn.onestop.kiosk.desk.PrinterMonitor;
import vn.onestop.kiosk.desk.PrinterSlot;
import vn.onestop.kiosk.desk.ServerLink;
import vn.onestop.kiosk.desk.TicketLayout;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.i18n.Messages;
import vn.onestop.kiosk.ops.UiHeartbeat;
import vn.onestop.kiosk.server.ServerRefusedException;
import vn.onestop.kiosk.server.ServerUnavailableException;
import vn.onestop.kiosk.sync.ConfigurationSync;
import vn.onestop.kiosk.sync.RemoteSettingsSync;
import vn.onestop.kiosk.sync.ServerCatalogue;
import vn.onestop.kiosk.sync.ServerConfigStore;
import vn.onestop.kiosk.tech.KioskTechnician;
import vn.onestop.kiosk.tech.LastScan;
import vn.onestop.kiosk.tech.PinCheck;
import vn.onestop.kiosk.tech.PropertiesFileEditor;
import vn.onestop.kiosk.tech.SecretGesture;
import vn.onestop.kiosk.tech.SettingsApplier;
import vn.onestop.kiosk.tech.TechnicianScreen;
import vn.onestop.kiosk.ui.AttractScreen;
import vn.onestop.kiosk.ui.FlowView;
import vn.onestop.kiosk.ui.KioskFrame;

/**
 * The running kiosk: one thread for the network, one for the printer (the scanner has its own), the
 * flow and its screens on the event thread. {@link #open} must run on the event thread.
 */
public final class KioskApp implements AutoCloseable {
    /** Log4j starts on first use: after the window opens (see the kiosk's LoggingSetup), not when this loads. */
    private static final class Log {
        static final Logger LOG = LogManager.getLogger(KioskApp.class);
    }
    private static final String VERSION = "0.1.0";
    /** How often the server's configuration is asked for (a conditional GET: 304 when unchanged). */
    private static final long CONFIG_REFRESH_SECONDS = 300;
    private final KioskParts parts;
    private final ScheduledExecutorService network = single("kiosk-network");
    private final ScheduledExecutorService printerThread = single("kiosk-printer");
    private final ScheduledExecutorService filingStorage = single("kiosk-filings");
    private final PrinterSlot printer;
    private final Messages messages;
    private final KioskFlow flow;
    private final KioskFrame frame;
    private final FlowView view;
    private final ServerLink server;
    private final PrinterMonitor monitor;
    private final AtomicReference<CodeScanner> scanner;
    private final ScanListener scanListener;
    private volatile LastScan lastScan;
    /** Built when technician mode first opens (never for the attract screen); event thread only. */
    private TechnicianScreen technician;
    private final UiHeartbeat uiHeartbeat;
    private boolean awaitsEnrolment;
    private final AttractScreen attract;
    private final ConfigurationSync configuration;
    private final vn.onestop.kiosk.outbox.FilingOutbox filingOutbox;
    private final vn.onestop.kiosk.desk.FilingSender filings;

    private KioskApp(KioskParts parts, boolean kioskMode) {
        this.parts = parts;
        var config = parts.config();
        Executor ui = SwingUtilities::invokeLater;
        messages = new Messages(config.language());
        printer = new PrinterSlot(parts.printer());
        KioskFlow[] flowRef = new KioskFlow[1];
        monitor = new PrinterMonitor(printer, printerThread, ui, a -> flowRef[0].printerChanged(a), this::alert);
        server = new ServerLink(parts.client(), parts.outbox(), network, ui, up -> flowRef[0].serverChanged(up),
                monitor::health, VERSION);
        DeviceTicketDesk desk = new DeviceTicketDesk(server, printer, monitor,
                new TicketLayout(config.centreNameVi(), config.centreNameEn(), parts.clock().getZone()),
                printerThread, ui, parts.clock());
        filingOutbox = new vn.onestop.kiosk.outbox.FilingOutbox(parts.dataDir().resolve("outbox.sqlite"),
                parts.clock());
        filings = new vn.onestop.kiosk.desk.FilingSender(parts.client(), filingOutbox,
                vn.onestop.kiosk.desk.FilingSender.NONE, filingStorage);
        var dossiers = new vn.onestop.kiosk.desk.DeviceDossierDesk(server, filings, printer, monitor, printerThread,
                ui);
        flow = new KioskFlow(parts.parser(), desk, dossiers,
                vn.onestop.kiosk.config.FilingConfig.from(config.all())
                        .withAddresses(vn.onestop.kiosk.config.FilingConfig.addresses(parts.configDir())), parts.clock(),
                Duration.ofSeconds(config.idleSeconds()), Duration.ofSeconds(config.doneSeconds()),
                () -> UUID.randomUUID().toString());
        flowRef[0] = flow;
        frame = new KioskFrame(messages.get("app.title"), kioskMode);
        attract = new AttractScreen(messages, config, flow::start);
        attract.onLookup(flow::openLookup);
        view = new FlowView(frame, flow, messages, parts.catalogues(), attract);
        uiHeartbeat = new UiHeartbeat(parts.dataDir().resolve("heartbeat"), ui, parts.clock(),
                10_000);
        attract.onSecretGesture(new SecretGesture(parts.clock(), 5, Duration.ofSeconds(4)),
                this::openTechnician);
        IdentityReader reader = new IdentityReader(parts.parser());
        scanListener = event -> {
            if (event instanceof ScanEvent.CodeScanned slip && vn.onestop.core.slip.SlipQr.looksLikeSlip(slip.code())) {
                SwingUtilities.invokeLater(() -> flow.slipScanned(slip.code()));
                return;
            }
            IdentityReader.Outcome outcome = reader.read(event);
            lastScan = new LastScan(event.at(), event.source().name(),
                    event instanceof ScanEvent.CodeScanned c ? c.code().length() : 0,
                    outcome instanceof IdentityReader.Outcome.Refused r ? "refused " + r.reasons().stream()
                            .map(IdentityProblem::code).toList() : "accepted");
            SwingUtilities.invokeLater(() -> flow.cardRead(outcome));
        };
        scanner = new AtomicReference<>(parts.scanner());
        parts.scanner().onScan(scanListener);
        configuration = new ConfigurationSync(parts.client(), new ServerConfigStore(parts.dataDir()),
                this::useServerConfiguration);
    }

    /**
     * Shows the server's centre name and catalogue (a new or saved server configuration); merged with the
     * file's catalogue on the calling (network) thread, shown on the event thread.
     */
    private void useServerConfiguration(KioskConfiguration c) {
        try {
            var merged = ServerCatalogue.merge(c, parts.catalogue());
            SwingUtilities.invokeLater(() -> {
                view.replaceCatalogue(merged);
                attract.centreName(c.centreName());
            });
        } catch (IllegalArgumentException e) {
            Log.LOG.warn("Server configuration not used, keeping the current catalogue: {}", e.getMessage());
        }
    }

    /** Covers the flow with technician mode (PIN first); event thread. */
    public void openTechnician() {
        view.suspend();
        technician().open();
        frame.showScreen("technician");
    }

    /**
     * First start of a kiosk that has neither a token nor an enrolment code: technician mode (PIN first)
     * with a notice asking for the server address and an enrolment code; event thread.
     */
    public void openForEnrolment() {
        awaitsEnrolment = true;
        view.suspend();
        technician().openForEnrolment();
        frame.showScreen("technician");
        Log.LOG.info("Technician screen shown: this kiosk is not enrolled (no server token, no enrolment code)");
    }

    private TechnicianScreen technician() {
        if (technician == null) {
            technician = new TechnicianScreen(messages, new PinCheck(parts.config().technicianPinHash()),
                    new KioskTechnician(settings(), printer, monitor, this::lastScan, parts.clock()), printerThread,
                    view::resume, stored -> PropertiesFileEditor.update(parts.configDir().resolve("kiosk.properties"),
                            java.util.Map.of("technician.pin.sha256", stored)));
            frame.addScreen("technician", technician);
        }
        return technician;
    }

    /** True when the kiosk started unenrolled and opened technician mode for it. */
    public boolean awaitsEnrolment() {
        return awaitsEnrolment;
    }

    /** Puts a new scanner in place of the old one (technician mode); any thread. */
    public void replaceScanner(CodeScanner next) {
        next.onScan(scanListener);
        next.start();
        CodeScanner old = scanner.getAndSet(next);
        if (old != next) {
            old.close();
        }
    }

    /** The last scan, without its content (technician mode). */
    public Optional<LastScan> lastScan() {
        return Optional.ofNullable(lastScan);
    }

    /** Saves and applies technician changes. */
    public SettingsApplier settings() {
        return new SettingsApplier(parts.configDir(), parts.dataDir(), parts.demo(),
                parts.clock(), printer, this::replaceScanner, parts.client(), code -> network.execute(() -> {
                    parts.client().forgetToken();
                    enrolWith(code);
                }));
    }

    /** Builds the window and starts devices and the server link; event thread only. */
    public static KioskApp open(KioskParts parts, boolean kioskMode) {
        KioskApp app = new KioskApp(parts, kioskMode);
        app.view.start();
        app.scanner.get().start();
        app.server.onUnauthorized(() -> {
            if (!app.parts.config().enrolmentCode().isBlank()) {
                app.parts.client().forgetToken();
                app.enrolIfNeeded();
            }
        });
        app.server.scannerHealth(() -> !(app.scanner.get() instanceof SerialScanner serial) || serial.isConnected());
        app.server.onSettingsVersion(new RemoteSettingsSync(app.parts.client(), app.settings()::saveAndApply,
                app.parts.dataDir())::versionAnnounced);
        // The catalogue, the server link (HTTP client, outbox database), the printer poll, the filing resends, the server
        // configuration and the watchdog heartbeat start once the window is open: the first screen does not wait.
        app.frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                app.frame.removeWindowListener(this);
                // The attract screen is painted first, then the work below (and the window listeners added
                // after this one: logging, printer) starts, so none of it slows the first paint.
                javax.swing.JRootPane root = app.frame.getRootPane();
                root.paintImmediately(0, 0, root.getWidth(), root.getHeight());
                app.parts.catalogues().start();
                app.network.execute(app::enrolIfNeeded);
                app.network.execute(app.configuration::loadSaved);
                app.network.scheduleWithFixedDelay(app.configuration::refresh, 1, CONFIG_REFRESH_SECONDS,
                        TimeUnit.SECONDS);
                app.monitor.start(app.parts.config().printerPollMillis());
                app.server.start(15);
                app.filings.start(app.network, 15, app.server::reachable);
                app.uiHeartbeat.start(20);
            }
        });
        if (!app.parts.client().enrolled() && app.parts.config().enrolmentCode().isBlank()) {
            app.openForEnrolment();
        }
        return app;
    }

    /**
     * Shows the window (full-screen in kiosk mode). Once it is open, the other screens are built behind the
     * attract screen one per event, each queued after the previous one is built, so the attract screen's
     * first paint (and any tap) comes before them instead of waiting for all of them.
     */
    public void show(boolean kioskMode) {
        frame.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                frame.removeWindowListener(this);
                prebuild(java.util.List.of(vn.onestop.kiosk.flow.Step.values()).iterator());
            }
        });
        frame.open(kioskMode);
    }

    private void prebuild(java.util.Iterator<vn.onestop.kiosk.flow.Step> steps) {
        if (steps.hasNext()) {
            view.screen(steps.next());
            SwingUtilities.invokeLater(() -> prebuild(steps));
        }
    }

    /** Reads the printer's status now, on the printer thread (after a demo toggle or a technician change). */
    public void pollPrinter() {
        printerThread.execute(monitor::poll);
    }

    /** The printer thread, for technician actions (test print, status). */
    public ScheduledExecutorService printerThread() {
        return printerThread;
    }

    private void alert() {
        server.alertNow();
    }

    private void enrolIfNeeded() {
        if (!parts.client().enrolled()) {
            enrolWith(parts.config().enrolmentCode());
        }
    }

    private void enrolWith(String code) {
        if (code.isBlank()) {
            return;
        }
        try {
            var r = parts.client().enrol(code, parts.config().kioskName());
            Log.LOG.info("Kiosk enrolled on the server as {}", r.kioskId());
        } catch (ServerUnavailableException | ServerRefusedException e) {
            Log.LOG.warn("Enrolment failed: {}", e.getMessage());
        }
    }

    public KioskFlow flow() {
        return flow;
    }

    public KioskFrame frame() {
        return frame;
    }

    public FlowView view() {
        return view;
    }

    public Messages messages() {
        return messages;
    }

    public ServerLink server() {
        return server;
    }

    public PrinterSlot printer() {
        return printer;
    }

    public PrinterMonitor printerMonitor() {
        return monitor;
    }

    public KioskParts parts() {
        return parts;
    }

    private static ScheduledExecutorService single(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Stops the threads, closes devices and the outbox, disposes the window. */
    @Override
    public void close() {
        view.stop();
        uiHeartbeat.close();
        network.shutdownNow();
        printerThread.shutdown();
        filingStorage.shutdown();
        try {
            printerThread.awaitTermination(3, TimeUnit.SECONDS);
            network.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        scanner.get().close();
        printer.close();
        parts.outbox().close();
        filingOutbox.close();
        frame.dispose();
    }
}
