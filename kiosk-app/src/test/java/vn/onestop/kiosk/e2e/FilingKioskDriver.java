package vn.onestop.kiosk.e2e;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.identity.CccdParser;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.kiosk.Devices;
import vn.onestop.kiosk.config.FilingConfig;
import vn.onestop.kiosk.config.KioskConfig;
import vn.onestop.kiosk.desk.DeviceDossierDesk;
import vn.onestop.kiosk.desk.FilingSender;
import vn.onestop.kiosk.desk.PrinterMonitor;
import vn.onestop.kiosk.desk.PrinterSlot;
import vn.onestop.kiosk.desk.ServerLink;
import vn.onestop.kiosk.flow.FilingSession;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.outbox.FilingOutbox;
import vn.onestop.kiosk.outbox.OfflineOutbox;
import vn.onestop.kiosk.outbox.OutboxDatabase;
import vn.onestop.kiosk.server.KioskServerClient;
import vn.onestop.kiosk.server.TokenStore;

/**
 * The kiosk's filing path without the window, as a program for {@link FilingKilledKioskTest} to run and SIGKILL:
 * the real flow (KioskFlow and FilingFlow on one "flow" thread, as the event thread runs them), DeviceDossierDesk,
 * FilingSender and FilingOutbox on the network thread, ServerLink, the virtual printer (paper outside the data
 * folder). It files LLTP-1 for the sample card of Nguyễn Văn An, by post to {@link #ADDRESS}, and reports on
 * stdout ({@code REVIEW}, {@code CONFIRMED key}, {@code FILED code}, {@code SAVED}, {@code PAUSED ...},
 * {@code PENDING n}). Modes: {@code review} stops on the review page; {@code confirm} confirms; {@code pause-saved}
 * and {@code pause-registered} confirm and hang the storage thread once the filing is stored (before it is sent), or
 * the network thread once the server registered it (before the kiosk removes it); {@code start} only starts the kiosk (stored filings are sent) and
 * reports how many filings are still stored every second.
 * Arguments: {@code <data folder> <server url> <paper folder> <mode>}.
 */
public final class FilingKioskDriver {
    static final String CARD = "Nguyễn Văn An";
    static final String PHONE = "0912345678";
    static final String ADDRESS = "Số 5 phố Huế, phường Hàng Bài, Hà Nội";
    static final String PROCEDURE = "LLTP-1";

    private FilingKioskDriver() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String mode = args[3];
        Clock clock = Clock.systemDefaultZone();
        Path configDir = FlowFixtures.configDir();
        KioskConfig config = KioskConfig.load(configDir.resolve("kiosk.properties"));
        ScheduledExecutorService network = single("kiosk-network");
        ScheduledExecutorService printerThread = single("kiosk-printer");
        ScheduledExecutorService ui = single("kiosk-flow");
        Properties devices = Devices.demoPrinter(config.properties(), data);
        devices.setProperty("printer.virtual.out", args[2]);
        PrinterSlot printer = new PrinterSlot(Devices.printer(devices, configDir, clock));
        PrinterMonitor monitor = new PrinterMonitor(printer, printerThread, ui, () -> { });
        KioskServerClient client = new KioskServerClient(args[1], new TokenStore(data));
        OutboxDatabase outboxFile = new OutboxDatabase(data.resolve("outbox.sqlite"));
        OfflineOutbox tickets = new OfflineOutbox(outboxFile, config.offlinePrefix(), clock);
        ServerLink link = new ServerLink(client, tickets, network, ui, monitor::health, "fault-test");
        FilingOutbox outbox = new FilingOutbox(outboxFile, clock);
        ScheduledExecutorService storage = single("kiosk-filings");
        FilingSender sender = new FilingSender(client, outbox, probe(mode), storage);
        DeviceDossierDesk desk = new DeviceDossierDesk(link, sender, printer, monitor, printerThread, ui,
                new DeviceDossierDesk.Preparation(config.centreNameVi(), FlowFixtures::catalogue,
                        vn.onestop.kiosk.documents.DocumentPdf.defaults(), clock, storage));
        KioskFlow flow = new KioskFlow(FlowFixtures.parser(clock), new FlowFixtures.RecordingDesk(), desk,
                vn.onestop.kiosk.flow.GuideDesk.UNAVAILABLE, pageScanner(mode, data),
                FilingConfig.from(config.all()), clock, Duration.ofMinutes(10), Duration.ofMinutes(10),
                () -> UUID.randomUUID().toString());
        monitor.onAvailability(flow::printerChanged);
        link.onOnline(flow::serverChanged);
        if (mode.equals("start")) {
            sender.start(network, 1, link::reachable);
            network.scheduleWithFixedDelay(() -> say("PENDING " + pending(outbox)), 0, 1, TimeUnit.SECONDS);
        } else {
            ui.execute(() -> file(flow, mode));
        }
        new CountDownLatch(1).await(); // runs until the test kills it
    }

    /**
     * For the {@code scan-*} modes: SANE's test backend (device test, grid pictures) through the real scanimage,
     * answering on the calling thread (the flow's), so the driver's taps run in order.
     */
    private static vn.onestop.kiosk.flow.PageScanDesk pageScanner(String mode, Path data) throws java.io.IOException {
        if (!mode.startsWith("scan-")) {
            return vn.onestop.kiosk.flow.PageScanDesk.NONE;
        }
        Path sane = vn.onestop.testkit.SaneTestDevice.configure(data.resolveSibling("sane"));
        var scanner = new vn.onestop.device.document.sane.SaneScanner(
                vn.onestop.device.document.sane.SaneSettings.a4("test").withConfigDir(sane)
                        .withExtraOptions(java.util.List.of("--test-picture=Grid")),
                vn.onestop.device.document.PageDecoder.defaults(), data.resolve("scan-work"));
        java.util.concurrent.ExecutorService now = new java.util.concurrent.AbstractExecutorService() {
            @Override public void execute(Runnable r) { r.run(); }
            @Override public void shutdown() { }
            @Override public java.util.List<Runnable> shutdownNow() { return java.util.List.of(); }
            @Override public boolean isShutdown() { return false; }
            @Override public boolean isTerminated() { return false; }
            @Override public boolean awaitTermination(long t, TimeUnit u) { return true; }
        };
        return new vn.onestop.kiosk.desk.DevicePageScanDesk(java.util.Optional.of(scanner),
                vn.onestop.device.document.PageQuality.defaults(), now, Runnable::run);
    }

    private static FilingSender.Probe probe(String mode) {
        return new FilingSender.Probe() {
            @Override
            public void saved(String key) {
                if (mode.endsWith("pause-saved")) {
                    hang("PAUSED saved " + key);
                }
            }

            @Override
            public void registered(String key, String code) {
                if (mode.equals("pause-registered")) {
                    hang("PAUSED registered " + key + " " + code);
                }
            }
        };
    }

    /** The citizen's taps, on the flow thread. */
    private static void file(KioskFlow flow, String mode) {
        try {
            CccdParser parser = FlowFixtures.parser(Clock.systemDefaultZone());
            flow.identify().cardRead(FlowFixtures.read(parser, FlowFixtures.payload(CARD), Clock.systemUTC().instant()));
            ProcedureCatalogue catalogue = FlowFixtures.catalogue();
            Procedure p = catalogue.all().stream().filter(x -> x.code().equals(PROCEDURE)).findFirst().orElseThrow();
            flow.chooseField(p.field());
            flow.chooseProcedure(p);
            flow.startFiling();
            PHONE.chars().forEach(c -> flow.filing().phoneDigit((char) c));
            flow.filing().next();
            if (mode.startsWith("scan-")) {
                flow.filing().openScan(1);
                for (int i = 0; i < 3; i++) {
                    flow.filing().scanPage();
                }
                say("SCANNED " + flow.filing().pages(1).size());
                if (mode.equals("scan-kill")) {
                    return; // killed on the scanning screen: nothing confirmed yet
                }
                flow.filing().finishScan();
            }
            flow.filing().next();
            flow.filing().delivery(ReturnMethod.POST);
            flow.filing().edit(FilingSession.Editing.ADDRESS);
            flow.filing().text(ADDRESS);
            flow.filing().edit(FilingSession.Editing.NONE);
            flow.filing().next();
            flow.filing().consent(true);
            if (mode.equals("review")) {
                say("REVIEW " + flow.state().step());
                return;
            }
            flow.onChange(state -> {
                if (state.step() == Step.FILED) {
                    FilingSession s = flow.filing().session().orElseThrow();
                    say(s.filed() != null ? "FILED " + s.filed().code() : "SAVED " + s.failure());
                } else if (state.step() == Step.FILING) {
                    say("NOT-FILED " + flow.filing().session().map(FilingSession::failure).orElse("?"));
                }
            });
            String key = flow.filing().session().orElseThrow().submitKey();
            flow.filing().next();
            say("CONFIRMED " + key + " " + flow.state().step());
        } catch (java.io.IOException | RuntimeException e) {
            say("ERROR " + e);
        }
    }

    private static int pending(FilingOutbox outbox) {
        try {
            return outbox.pendingCount();
        } catch (vn.onestop.kiosk.outbox.OutboxException e) {
            return -1;
        }
    }

    private static void hang(String line) {
        say(line);
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One line of the conversation with the test (stdout is the test's channel, not a log). */
    private static synchronized void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    private static ScheduledExecutorService single(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }
}
