package vn.onestop.kiosk.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;
import vn.onestop.kiosk.tech.PropertiesFileEditor;
import vn.onestop.device.printer.virtual.VirtualTicketPrinter;
import vn.onestop.device.scanner.sim.SimulatedScanner;
import vn.onestop.kiosk.Devices;
import vn.onestop.kiosk.KioskApp;
import vn.onestop.kiosk.KioskParts;
import vn.onestop.kiosk.config.KioskConfig;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.ui.KioskTheme;
import vn.onestop.kiosk.ui.Windows;

/**
 * The whole kiosk in-process as the demo runs it (virtual printer, simulated scanner) against the real
 * server, in a window on the test display.
 */
final class KioskHarness implements AutoCloseable {
    final InProcessServer server;
    final KioskApp app;
    final FrameFixture window;
    /** The demo's simulated scanner; null when the scanner is built from the {@code scanner.*} keys. */
    final SimulatedScanner scanner;
    /** The in-process virtual printer of the demo; null when the kiosk prints over a serial port. */
    final VirtualTicketPrinter printer;
    final Path dataDir;
    final Path configDir;

    KioskHarness(Path tmp, Clock clock, Map<String, String> overrides) throws Exception {
        this(tmp, clock, overrides, false, true, false);
    }

    /**
     * @param serialPrinter true: the printer is built from the {@code printer.*} keys in {@code overrides}
     *     (ESC/POS on a serial port) as the production kiosk builds it; false: the demo's virtual printer
     */
    KioskHarness(Path tmp, Clock clock, Map<String, String> overrides, boolean serialPrinter) throws Exception {
        this(tmp, clock, overrides, serialPrinter, true, false);
    }

    /** A new kiosk with the demo's virtual printer, no enrolment code and no token (first start). */
    static KioskHarness unenrolled(Path tmp, Clock clock, Map<String, String> overrides) throws Exception {
        return new KioskHarness(tmp, clock, overrides, false, false, false);
    }

    /**
     * An enrolled kiosk with the demo's virtual printer whose scanner is built from the {@code scanner.*} keys
     * (after {@code overrides}) as the production kiosk builds it.
     */
    static KioskHarness scannerFromKeys(Path tmp, Clock clock, Map<String, String> overrides) throws Exception {
        return new KioskHarness(tmp, clock, overrides, false, true, true);
    }

    private KioskHarness(Path tmp, Clock clock, Map<String, String> overrides, boolean serialPrinter, boolean enrol,
            boolean scannerFromKeys) throws Exception {
        this(tmp, clock, overrides, serialPrinter, enrol, scannerFromKeys, java.util.function.UnaryOperator.identity(),
                Clock.systemUTC());
    }

    /** An enrolled kiosk with the demo's devices whose server's settings {@code server} adjusts (issue 24). */
    static KioskHarness withServer(Path tmp, Clock clock, Map<String, String> overrides,
            java.util.function.UnaryOperator<vn.onestop.server.ServerConfig.Builder> server) throws Exception {
        return new KioskHarness(tmp, clock, overrides, false, true, false, server, Clock.systemUTC());
    }

    /**
     * An enrolled kiosk with the demo's devices whose server runs on the kiosk's {@code clock} too: a test that moves
     * the clock moves the whole centre (e.g. to a working day's slot of a booking, issue 24).
     */
    static KioskHarness onOneClock(Path tmp, Clock clock, Map<String, String> overrides) throws Exception {
        return new KioskHarness(tmp, clock, overrides, false, true, false, java.util.function.UnaryOperator.identity(),
                clock);
    }

    private KioskHarness(Path tmp, Clock clock, Map<String, String> overrides, boolean serialPrinter, boolean enrol,
            boolean scannerFromKeys, java.util.function.UnaryOperator<vn.onestop.server.ServerConfig.Builder> change,
            Clock serverClock) throws Exception {
        server = new InProcessServer(tmp.resolve("server"), change, serverClock);
        dataDir = tmp.resolve("kiosk");
        Files.createDirectories(dataDir);
        configDir = copy(FlowFixtures.configDir(), tmp.resolve("config"));
        PropertiesFileEditor.update(configDir.resolve("kiosk.properties"), overrides);
        KioskConfig loaded = KioskConfig.load(configDir.resolve("kiosk.properties"));
        KioskConfig config = enrol ? loaded.withEnrolmentCode(server.enrolmentCode()) : loaded;
        Properties devices = Devices.demoPrinter(config.properties(), dataDir);
        printer = serialPrinter ? null : (VirtualTicketPrinter) Devices.printer(devices, configDir, clock);
        scanner = scannerFromKeys ? null : (SimulatedScanner) Devices.scanner(devices, true, clock);
        KioskParts parts = KioskParts.create(config, configDir, dataDir, server.url(),
                java.util.concurrent.CompletableFuture.completedFuture(serialPrinter
                        ? Devices.printer(config.properties(), configDir, clock) : printer),
                scannerFromKeys ? Devices.scanner(config.properties(), false, clock) : scanner, clock, true);
        app = GuiActionRunner.execute(() -> {
            KioskTheme.install(config.largeText(), config.highContrast());
            return KioskApp.open(parts, false);
        });
        window = Windows.show(app.frame());
        if (enrol) {
            try {
                waitFor("kiosk enrolled", () -> parts.client().enrolled());
            } catch (RuntimeException | Error e) {
                close(); // else its window holds the screen lock and its server runs on into the next test
                throw e;
            }
        }
    }

    /** The shipped config folder copied, so technician mode may save into it. */
    private static Path copy(Path from, Path to) throws java.io.IOException {
        try (var files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    static void waitFor(String what, java.util.function.BooleanSupplier test) {
        Pause.pause(new Condition(what) {
            @Override
            public boolean test() {
                return test.getAsBoolean();
            }
        }, Timeout.timeout(15_000));
    }

    /** Waits until the flow shows this step (read on the event thread). */
    void waitForStep(vn.onestop.kiosk.flow.Step step) {
        waitFor("screen " + step, () -> GuiActionRunner.execute(() -> app.flow().state().step() == step));
    }

    /** Clicks the named button once it is on screen (a screen change may still be laying out). */
    void click(String name) {
        waitShowing(name);
        window.button(name).click();
    }

    void waitShowing(String name) {
        waitFor("button " + name + " showing", () -> GuiActionRunner.execute(() ->
                showing(app.frame().getContentPane(), name)));
    }

    private static boolean showing(java.awt.Container c, String name) {
        for (java.awt.Component child : c.getComponents()) {
            if (name.equals(child.getName()) && child.isShowing()) {
                return true;
            }
            if (child instanceof java.awt.Container box && showing(box, name)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        try {
            window.cleanUp();
        } finally {
            GuiActionRunner.execute(() -> {
                app.close();
                return null;
            });
            server.close();
        }
    }
}
