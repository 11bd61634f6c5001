package vn.onestop.kiosk.bench;

import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import vn.onestop.device.scanner.sim.SampleCards;
import vn.onestop.device.scanner.sim.SimulatedScanner;
import vn.onestop.kiosk.Devices;
import vn.onestop.kiosk.KioskApp;
import vn.onestop.kiosk.KioskParts;
import vn.onestop.kiosk.config.KioskConfig;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.ui.KioskTheme;

/**
 * The kiosk started as the demo starts it (virtual printer, simulated scanner, no server so tickets go
 * offline); prints "SHOWN" when the attract screen is up, then walks the full flow ten times timing each
 * tap to the next painted screen on the event thread, then prints its RSS. Args: configDir dataDir.
 */
public final class KioskProbe {
    private KioskProbe() {}

    public static void main(String[] args) throws Exception {
        // In KioskMain's order: the configuration and fonts read on their own threads while this one sets up the toolkit, the
        // theme on the event thread, scanner and parts on the main thread; once the
        // window is open, logging (Log4j), the catalogue and the printer each on a thread of their own.
        Path configDir = Path.of(args[0]);
        Path dataDir = Path.of(args[1]);
        var read = vn.onestop.kiosk.config.ConfigRead.start(configDir.resolve("kiosk.properties"));
        var fonts = vn.onestop.kiosk.ui.KioskFonts.start(dataDir.resolve("fonts"));
        SwingUtilities.invokeLater(() -> read.ifRead()
                .ifPresent(c -> KioskTheme.install(c.largeText(), c.highContrast(), fonts)));
        KioskConfig config = read.get();
        Clock clock = Clock.systemDefaultZone();
        Properties devices = Devices.demoPrinter(config.properties(), dataDir);
        var printer = new java.util.concurrent.CompletableFuture<vn.onestop.device.printer.TicketPrinter>();
        SimulatedScanner scanner = (SimulatedScanner) Devices.scanner(devices, true, clock);
        // An enrolled kiosk whose server is down (port 9): a kiosk without a token opens technician mode.
        new vn.onestop.kiosk.server.TokenStore(dataDir).save("bench-token");
        KioskParts parts = KioskParts.create(config, configDir, dataDir, "http://127.0.0.1:9", printer, scanner,
                clock, true);
        AtomicReference<KioskApp> app = new AtomicReference<>();
        Object shown = new Object();
        SwingUtilities.invokeLater(() -> {
            KioskApp a = KioskApp.open(parts, false);
            app.set(a);
            a.frame().addWindowListener(new WindowAdapter() {
                @Override
                public void windowOpened(WindowEvent e) {
                    SwingUtilities.invokeLater(() -> {
                        System.out.println("SHOWN");
                        System.out.println("CPU-AT-SHOWN " + Rss.cpuMillis());
                        if (Boolean.getBoolean("probe.threads")) {
                            var mx = java.lang.management.ManagementFactory.getThreadMXBean();
                            for (long id : mx.getAllThreadIds()) {
                                var info = mx.getThreadInfo(id);
                                System.err.println("THREAD " + (info == null ? id : info.getThreadName()) + " "
                                        + mx.getThreadCpuTime(id) / 1_000_000);
                            }
                        }
                        System.out.flush();
                        synchronized (shown) {
                            shown.notifyAll();
                        }
                    });
                    vn.onestop.kiosk.LoggingSetup.start();
                    KioskParts.printerInBackground(() -> Devices.printer(devices, configDir, clock))
                            .thenAccept(printer::complete);
                }
            });
            a.show(false);
        });
        synchronized (shown) {
            shown.wait(30_000);
        }
        String card = SampleCards.load(configDir.resolve("demo/sample-cards.txt")).cards().get(0).payload();
        List<Double> taps = new ArrayList<>();
        int fields = onEdt(() -> app.get().parts().catalogue().fields().size());
        for (int round = 0; round < 10; round++) {
            scanner.scan(card);
            waitFor(app.get(), Step.FIELD);
            // A different field each round, as citizens choose: its procedure tiles are built for it then.
            taps.add(tap(app.get(), "field." + round % fields));
            taps.add(tap(app.get(), firstProcedureButton(app.get())));
            taps.add(tap(app.get(), "info.take"));
            waitFor(app.get(), Step.DONE);
            taps.add(tap(app.get(), "done.finish"));
        }
        System.out.println("TAP-FIRST-FLOW " + taps.subList(0, 4));
        System.out.println("TAP-MAX-LATER " + taps.subList(4, taps.size()).stream().mapToDouble(d -> d).max().orElse(0));
        taps.sort(Double::compare);
        System.out.println("TAP-MEDIAN " + taps.get(taps.size() / 2));
        System.out.println("TAP-MAX " + taps.get(taps.size() - 1));
        System.out.println("RSS " + Rss.kilobytes());
        System.out.flush();
        System.exit(0);
    }

    private static String firstProcedureButton(KioskApp app) throws Exception {
        return onEdt(() -> {
            var s = app.flow().state();
            return "procedure." + app.parts().catalogue().byField(s.field()).get(0).code();
        });
    }

    /** Milliseconds from a tap on the named button to the next screen painted, all on the event thread. */
    private static double tap(KioskApp app, String name) throws Exception {
        return onEdt(() -> {
            AbstractButton b = find(app.frame().getContentPane(), name);
            long t0 = System.nanoTime();
            b.doClick(0);
            JComponent root = app.frame().getRootPane();
            root.paintImmediately(0, 0, root.getWidth(), root.getHeight());
            return (System.nanoTime() - t0) / 1e6;
        });
    }

    private static AbstractButton find(java.awt.Container c, String name) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof AbstractButton b && name.equals(b.getName()) && b.isShowing()) {
                return b;
            }
            if (child instanceof java.awt.Container box) {
                AbstractButton found = find(box, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void waitFor(KioskApp app, Step step) throws Exception {
        long end = System.currentTimeMillis() + 15_000;
        // The flow's step and its screen on show (the field screens wait for the catalogue, read once the window opened).
        while (!onEdt(() -> app.flow().state().step() == step && app.view().screen(step) != null
                && app.view().screen(step).isShowing())) {
            if (System.currentTimeMillis() > end) {
                throw new IllegalStateException("screen " + step + " did not come");
            }
            Thread.sleep(5);
        }
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> work) throws Exception {
        AtomicReference<T> out = new AtomicReference<>();
        AtomicReference<Exception> error = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                out.set(work.call());
            } catch (Exception e) {
                error.set(e);
            }
        });
        if (error.get() != null) {
            throw error.get();
        }
        return out.get();
    }
}
