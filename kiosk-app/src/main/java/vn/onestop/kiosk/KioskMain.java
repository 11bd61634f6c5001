package vn.onestop.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import javax.swing.SwingUtilities;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.config.ConfigException;
import vn.onestop.device.printer.TicketPrinter;
import vn.onestop.device.scanner.CodeScanner;
import vn.onestop.kiosk.config.ConfigRead;
import vn.onestop.kiosk.config.KioskConfig;
import vn.onestop.kiosk.demo.DemoDevicesWindow;
import vn.onestop.kiosk.outbox.OutboxException;
import vn.onestop.kiosk.ui.KioskFonts;
import vn.onestop.kiosk.ui.KioskTheme;

/** Starts the kiosk: reads and validates the configuration, builds the parts, opens the window. */
public final class KioskMain {
    /**
     * Log4j (its configuration, the log file, its plugins: about as much CPU as the whole window) starts once the
     * attract screen is open, on a thread of its own; a start that fails starts it at once to say why.
     */
    private static final class Log {
        static final Logger LOG = LogManager.getLogger(KioskMain.class);
    }

    private KioskMain() {}

    public static void main(String[] argv) {
        KioskArgs args;
        KioskParts parts;
        Runnable makePrinter;
        try {
            args = KioskArgs.parse(argv);
            ConfigRead read = ConfigRead.start(args.configDir().resolve("kiosk.properties"));
            KioskFonts fonts = KioskFonts.start(args.dataDir().resolve("fonts"));
            // This first invokeLater sets up the toolkit on this thread while the configuration and fonts are read.
            SwingUtilities.invokeLater(() -> read.ifRead()
                    .ifPresent(c -> KioskTheme.install(c.largeText(), c.highContrast(), fonts)));
            KioskConfig config = read.get();
            if (args.enrolmentCode().isPresent()) {
                config = config.withEnrolmentCode(args.enrolmentCode().get());
            }
            Files.createDirectories(args.dataDir());
            Clock clock = Clock.systemDefaultZone();
            Properties deviceKeys = args.demo() ? Devices.demoPrinter(config.properties(), args.dataDir())
                    : config.properties();
            // The printer (fonts, QR encoder) is made once the window is open: the window does not wait for it.
            CompletableFuture<TicketPrinter> printer = new CompletableFuture<>();
            printer.whenComplete((p, e) -> {
                if (e != null) {
                    Log.LOG.error("The printer could not be set up: {}", e.getMessage());
                }
            });
            makePrinter = () -> KioskParts.printerInBackground(
                    () -> Devices.printer(deviceKeys, args.configDir(), clock)).whenComplete((p, e) -> {
                        if (e != null) {
                            printer.completeExceptionally(e);
                        } else {
                            printer.complete(p);
                        }
                    });
            CodeScanner scanner = Devices.scanner(deviceKeys, args.demo(), clock);
            parts = KioskParts.create(config, args.configDir(), args.dataDir(),
                    args.serverUrl().orElse(config.serverUrl()), printer, scanner, clock, args.demo());
        } catch (IllegalArgumentException | ConfigException | IOException | OutboxException e) {
            Log.LOG.error("The kiosk cannot start: {}", e.getMessage());
            System.err.println("The kiosk cannot start: " + e.getMessage());
            System.exit(2);
            return;
        }
        SwingUtilities.invokeLater(() -> open(args, parts, makePrinter));
    }

    /** A catalogue that cannot be read (read once the window is open) stops the kiosk as a bad configuration does. */
    private static void refuseBadCatalogue(KioskParts parts) {
        try {
            parts.catalogue();
        } catch (ConfigException | IllegalArgumentException e) {
            Log.LOG.error("The kiosk cannot start: {}", e.getMessage());
            System.err.println("The kiosk cannot start: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void open(KioskArgs args, KioskParts parts, Runnable makePrinter) {
        boolean kioskMode = !args.windowed();
        KioskApp app = KioskApp.open(parts, kioskMode);
        app.frame().addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                Log.LOG.info("Kiosk window closed: stopping");
                app.close();
                System.exit(0);
            }
        });
        boolean attract = !app.awaitsEnrolment();
        app.frame().addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowOpened(java.awt.event.WindowEvent e) {
                app.frame().removeWindowListener(this);
                // The attract screen is painted by now (KioskApp's listener ran first); its line carries that time.
                long painted = System.currentTimeMillis();
                LoggingSetup.start(() -> {
                    Log.LOG.info("Kiosk started (demo={}, data={})", args.demo(), args.dataDir());
                    if (attract) {
                        Log.LOG.info(new PaintedMessage("Attract screen shown", painted, System.currentTimeMillis()));
                    }
                });
                makePrinter.run();
                parts.catalogues().whenReady(() -> refuseBadCatalogue(parts));
            }
        });
        app.show(kioskMode);
        if (args.demo()) {
            app.printer().whenReady(p -> SwingUtilities.invokeLater(() -> new DemoDevicesWindow(app,
                    parts.configDir().resolve("demo/sample-cards.txt")).showBeside(app.frame())));
        }
    }
}
