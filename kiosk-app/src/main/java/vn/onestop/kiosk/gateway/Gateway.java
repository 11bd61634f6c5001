package vn.onestop.kiosk.gateway;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.device.display.CounterDisplay;
import vn.onestop.device.display.DisplayProfile;
import vn.onestop.device.display.SerialDisplayBus;
import vn.onestop.device.display.virtual.VirtualDisplayBus;
import vn.onestop.device.keypad.KeyAction;
import vn.onestop.device.printer.PrinterFactory;
import vn.onestop.device.printer.PrinterSettings;
import vn.onestop.device.printer.TicketPrinter;
import vn.onestop.device.keypad.KeypadDecoder;
import vn.onestop.device.keypad.KeypadProfile;
import vn.onestop.device.serial.JSerialCommLink;
import vn.onestop.device.serial.SerialSettings;

/**
 * The device gateway: for each counter it serves, a display on a bus and a feed of the counter's events from the
 * server; optionally a caller keypad receiver whose keys act at their counters for the official logged in there.
 */
public final class Gateway implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(Gateway.class);
    private final List<AutoCloseable> parts = new ArrayList<>();
    private final Map<String, CounterScreen> screens = new LinkedHashMap<>();
    private final Map<String, CounterFeed> feeds = new LinkedHashMap<>();
    private final Map<String, CounterPrinter> printers = new LinkedHashMap<>();
    private final GatewayServer server;
    private final Map<String, String> tokens;

    private Gateway(GatewayServer server, Map<String, String> tokens) {
        this.server = server;
        this.tokens = tokens;
    }

    /**
     * Opens the buses, starts a feed per counter with a display and the keypad reader.
     *
     * @param tokens the device token of each counter served (see {@link GatewayTokens})
     */
    public static Gateway start(GatewayConfig config, Path configDir, Map<String, String> tokens, Clock clock) {
        return start(config, configDir, tokens, clock, (settings, dir) -> PrinterFactory.create(settings, dir, clock));
    }

    /** Makes a counter's printer from its settings (the kiosk's {@link PrinterFactory}; tests may keep a handle). */
    public interface Printers {
        TicketPrinter open(PrinterSettings settings, Path configDir);
    }

    /** As {@link #start(GatewayConfig, Path, Map, Clock)}, with the printers made by {@code printers}. */
    public static Gateway start(GatewayConfig config, Path configDir, Map<String, String> tokens, Clock clock,
            Printers printers) {
        Gateway g = new Gateway(new GatewayServer(config.server()), Map.copyOf(tokens));
        StatusReporter reporter = new StatusReporter(g.server, g.tokens);
        g.parts.add(reporter);
        Map<String, BusWorker> workers = new LinkedHashMap<>();
        Map<String, Object> buses = new LinkedHashMap<>();
        for (GatewayConfig.Bus bus : config.buses().values()) {
            if (bus.virtual()) {
                buses.put(bus.name(), new VirtualDisplayBus(bus.folder(), 4));
                workers.put(bus.name(), new BusWorker(bus.name(), null));
            } else {
                DisplayProfile profile = DisplayProfile.load(configDir.resolve("displays/" + bus.profile()
                        + ".properties"));
                SerialDisplayBus serial = new SerialDisplayBus(new JSerialCommLink(SerialSettings.of(bus.port(),
                        bus.baud() > 0 ? bus.baud() : profile.baud()), clock), profile);
                buses.put(bus.name(), serial);
                workers.put(bus.name(), new BusWorker(bus.name(), serial));
            }
            g.parts.add(workers.get(bus.name()));
        }
        for (Map.Entry<String, GatewayConfig.DisplayAt> e : config.displays().entrySet()) {
            String counter = e.getKey();
            if (!g.tokens.containsKey(counter)) {
                LOG.error("Counter {} has a display but the gateway holds no token for it: enrol again with a code "
                        + "that lists it", counter);
                continue;
            }
            Object bus = buses.get(e.getValue().bus());
            CounterDisplay display = bus instanceof SerialDisplayBus s ? s.display(e.getValue().address())
                    : ((VirtualDisplayBus) bus).display(e.getValue().address());
            BusWorker worker = workers.get(e.getValue().bus());
            CounterScreen screen = new CounterScreen(counter, display, worker.thread(), reporter::report);
            worker.add(screen);
            g.screens.put(counter, screen);
        }
        for (Map.Entry<String, PrinterSettings> e : config.printers().entrySet()) {
            String counter = e.getKey();
            if (!g.tokens.containsKey(counter)) {
                LOG.error("Counter {} has a printer but the gateway holds no token for it: enrol again with a code "
                        + "that lists it", counter);
                continue;
            }
            PrinterSettings p = e.getValue();
            String where = p.type() == PrinterSettings.Type.VIRTUAL ? "virtual (" + p.profile() + ")"
                    : p.serial().path() + " (" + p.profile() + ")";
            CounterPrinter printer = new CounterPrinter(counter, g.tokens.get(counter), g.server,
                    printers.open(p, configDir), where);
            g.printers.put(counter, printer);
            g.parts.add(printer);
        }
        java.util.Set<String> fed = new java.util.LinkedHashSet<>(g.screens.keySet());
        fed.addAll(g.printers.keySet());
        for (String counter : fed) {
            CounterFeed feed = new CounterFeed(counter, g.tokens.get(counter), g.server, g.screens.get(counter),
                    g.printers.get(counter));
            g.feeds.put(counter, feed);
            g.parts.add(0, feed);
            feed.start();
        }
        if (config.keypad() != null) {
            KeypadProfile profile = KeypadProfile.load(configDir.resolve("keypads/" + config.keypad().profile()
                    + ".properties"));
            KeypadReader keypad = new KeypadReader(new JSerialCommLink(SerialSettings.of(config.keypad().port(),
                    profile.baud()), clock), new KeypadDecoder(profile), config.keypad().counters(), g::press);
            g.parts.add(0, keypad);
            keypad.start();
        }
        LOG.info("Gateway started: {} counter display(s), {} printer(s), keypad {}", g.screens.size(), g.printers.size(),
                config.keypad() == null ? "none" : config.keypad().port());
        return g;
    }

    /** A key of a caller keypad: done at the server for the official at the counter; a refusal shows on the display. */
    void press(String counter, KeyAction action) {
        String token = tokens.get(counter);
        CounterScreen screen = screens.get(counter);
        if (token == null) {
            LOG.warn("Keypad key {} for counter {}: the gateway holds no token for that counter", action.code(),
                    counter);
            return;
        }
        try {
            server.keypad(counter, token, action.code());
            LOG.info("Keypad at counter {}: {}", counter, action.code());
        } catch (GatewayServer.Refused e) {
            LOG.warn("Keypad at counter {}: {} refused: {}", counter, action.code(), e.getMessage());
            if (screen != null) {
                screen.error(e.getMessage());
            }
        } catch (IOException e) {
            LOG.warn("Keypad at counter {}: server unreachable ({})", counter, e.getMessage());
            if (screen != null) {
                screen.error("Server unreachable: " + e.getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The counter's display as last driven (null if the counter has no display here). */
    public Display display(String counter) {
        CounterScreen s = screens.get(counter);
        if (s == null) {
            return null;
        }
        CounterScreen.Snapshot snap = s.snapshot();
        CounterFeed feed = feeds.get(counter);
        return new Display(snap.connected(), snap.shown(), snap.blink(), snap.error(), feed != null && feed.live());
    }

    /** A counter display's state: bus connected, text shown (null = blank), blinking, last error, stream live. */
    public record Display(boolean connected, String shown, boolean blink, String error, boolean streamLive) {}

    @Override
    public void close() {
        for (AutoCloseable part : parts) {
            try {
                part.close();
            } catch (Exception e) {
                LOG.warn("Closing the gateway: {}", e.toString());
            }
        }
    }
}
