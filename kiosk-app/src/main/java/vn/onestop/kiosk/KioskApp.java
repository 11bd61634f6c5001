package vn.onestop.kiosk;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.swing.SwingUtilities;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.wire.KioskConfiguration;
import vn.onestop.device.scanner.CodeScanner;
import vn.onestop.kiosk.desk.PrinterMonitor;
import vn.onestop.kiosk.desk.PrinterSlot;
import vn.onestop.kiosk.desk.ServerLink;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.i18n.Messages;
import vn.onestop.kiosk.ops.UiHeartbeat;
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
 * The running kiosk: its window, screens and technician mode on the event thread over the working parts of
 * {@link KioskWiring} (threads, devices, server link, flow), which it starts and stops. {@link #open} must run on
 * the event thread.
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
    private final KioskWiring wiring;
    private final Messages messages;
    private final KioskFrame frame;
    private final FlowView view;
    /** Built when technician mode first opens (never for the attract screen); event thread only. */
    private TechnicianScreen technician;
    private final UiHeartbeat uiHeartbeat;
    private boolean awaitsEnrolment;
    private final AttractScreen attract;
    private final ConfigurationSync configuration;
    private final vn.onestop.kiosk.voice.VoiceGuide voice;

    private KioskApp(KioskParts parts, boolean kioskMode) {
        this.parts = parts;
        var config = parts.config();
        messages = new Messages(config.language());
        wiring = new KioskWiring(parts, VERSION);
        KioskFlow flow = wiring.flow;
        frame = new KioskFrame(messages.get("app.title"), kioskMode);
        attract = new AttractScreen(messages, config, flow::start, parts.pictograms());
        attract.onLookup(flow.lookup()::open);
        view = new FlowView(frame, flow, messages, parts.catalogues(), attract, parts.pictograms());
        vn.onestop.kiosk.help.HelpCall help = new vn.onestop.kiosk.help.HelpCall(parts.client()::callForHelp,
                wiring.network, parts.clock(), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofSeconds(10),
                outcome -> SwingUtilities.invokeLater(() -> frame.helpOutcome(outcome)));
        frame.installHelp(messages, help::press);
        voice = new vn.onestop.kiosk.voice.VoiceGuide(guidanceSettings(config.all()), messages,
                new vn.onestop.kiosk.voice.JavaSoundOut());
        view.voice(voice);
        uiHeartbeat = new UiHeartbeat(parts.dataDir().resolve("heartbeat"), SwingUtilities::invokeLater,
                parts.clock(), 10_000);
        attract.onSecretGesture(new SecretGesture(parts.clock(), 5, Duration.ofSeconds(4)),
                this::openTechnician);
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
                attract.notice(c.notice());
            });
        } catch (IllegalArgumentException e) {
            Log.LOG.warn("Server configuration not used, keeping the current catalogue: {}", e.getMessage());
        }
    }

    /** The spoken guidance's settings; a bad value is logged and leaves the guidance off (the kiosk still runs). */
    private vn.onestop.kiosk.voice.GuidanceSettings guidanceSettings(java.util.Map<String, String> all) {
        try {
            return vn.onestop.kiosk.voice.GuidanceSettings.from(all, parts.configDir().resolve("kiosk.properties"));
        } catch (vn.onestop.core.config.ConfigException e) {
            Log.LOG.warn("Spoken guidance off: {}", e.getMessage());
            return vn.onestop.kiosk.voice.GuidanceSettings.off();
        }
    }

    /** Technician mode closed: the flow shows again, and the guidance takes its saved settings (read off the event thread). */
    private void technicianClosed() {
        view.resume();
        Thread read = new Thread(() -> {
            try {
                var saved = settings().current();
                voice.update(guidanceSettings(saved.all()));
            } catch (RuntimeException e) {
                Log.LOG.warn("Spoken guidance settings not re-read: {}", e.getMessage());
            }
        }, "voice-settings");
        read.setDaemon(true);
        read.start();
    }

    /** The spoken guidance (tests and technician mode). */
    public vn.onestop.kiosk.voice.VoiceGuide voice() {
        return voice;
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
                    new KioskTechnician(settings(), wiring.printer, wiring.monitor, wiring.scans::lastScan,
                            parts.clock()), wiring.printerThread,
                    this::technicianClosed, stored -> PropertiesFileEditor.update(parts.configDir().resolve("kiosk.properties"),
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
        wiring.scans.replace(next);
    }

    /** The last scan, without its content (technician mode). */
    public Optional<LastScan> lastScan() {
        return wiring.scans.lastScan();
    }

    /** Saves and applies technician changes. */
    public SettingsApplier settings() {
        return new SettingsApplier(parts.configDir(), parts.dataDir(), parts.demo(), parts.clock(), wiring.printer,
                this::replaceScanner, parts.client(),
                code -> wiring.network.execute(() -> wiring.enrolment.reenrolWith(code)));
    }

    /** Builds the window and starts devices and the server link; event thread only. */
    public static KioskApp open(KioskParts parts, boolean kioskMode) {
        KioskApp app = new KioskApp(parts, kioskMode);
        KioskWiring w = app.wiring;
        app.view.start();
        w.scans.start();
        w.server.onSettingsVersion(new RemoteSettingsSync(app.parts.client(), app.settings()::saveAndApply,
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
                w.network.execute(w.enrolment::enrolIfNeeded);
                w.network.execute(app.configuration::loadSaved);
                // Issue 21: a heartbeat reply naming another configuration ETag fetches it now (same thread).
                app.parts.client().onConfigHint(app.configuration::hint);
                w.network.scheduleWithFixedDelay(app.configuration::refresh, 1, CONFIG_REFRESH_SECONDS,
                        TimeUnit.SECONDS);
                w.monitor.start(app.parts.config().printerPollMillis());
                w.server.start(15);
                w.filings.start(w.network, 15, w.server::reachable);
                app.uiHeartbeat.start(20);
            }
        });
        if (w.enrolment.needsTechnician()) {
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
        wiring.printerThread.execute(wiring.monitor::poll);
    }

    /** The printer thread, for technician actions (test print, status). */
    public ScheduledExecutorService printerThread() {
        return wiring.printerThread;
    }

    public KioskFlow flow() {
        return wiring.flow;
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
        return wiring.server;
    }

    public PrinterSlot printer() {
        return wiring.printer;
    }

    public PrinterMonitor printerMonitor() {
        return wiring.monitor;
    }

    public KioskParts parts() {
        return parts;
    }

    /** Stops the threads, closes devices and the outbox, disposes the window. */
    @Override
    public void close() {
        view.stop();
        voice.close();
        uiHeartbeat.close();
        wiring.stopThreads();
        wiring.scans.close();
        wiring.printer.close();
        parts.outboxDatabase().close();
        frame.dispose();
    }
}
