package vn.onestop.kiosk;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import vn.onestop.device.printer.PrinterFactory;
import vn.onestop.device.printer.PrinterSettings;
import vn.onestop.device.printer.TicketPrinter;
import vn.onestop.device.scanner.CodeScanner;
import vn.onestop.device.scanner.ScannerFactory;

/** Builds the printer and scanner from the {@code printer.*} and {@code scanner.*} keys (or the demo's twins). */
public final class Devices {
    /** The scanner a kiosk uses when {@code scanner.type} is not set: a USB-CDC scanner on a serial port. */
    static final String DEFAULT_SCANNER_TYPE = "serial";

    private Devices() {}

    /** The demo prints with the virtual printer into {@code <data>/printed}. */
    public static Properties demoPrinter(Properties config, Path dataDir) {
        Properties p = new Properties();
        p.putAll(config);
        p.setProperty("printer.type", "virtual");
        p.setProperty("printer.virtual.out", dataDir.resolve("printed").toString());
        return p;
    }

    /** @throws IllegalArgumentException naming the key or profile file that is wrong */
    public static TicketPrinter printer(Properties config, Path configDir, Clock clock) {
        return PrinterFactory.create(PrinterSettings.fromProperties(config), configDir, clock);
    }

    /**
     * The scanner of {@code scanner.type} ({@code serial} when unset, {@code wedge}, {@code folder} or
     * {@code simulated}) built by {@link ScannerFactory}; the demo always uses the simulated one.
     *
     * @throws IllegalArgumentException naming the key that is wrong
     */
    public static CodeScanner scanner(Properties config, boolean demo, Clock clock) {
        Properties keys = new Properties();
        keys.putAll(config);
        if (demo) {
            keys.setProperty("scanner.type", "simulated");
        } else if (keys.getProperty("scanner.type", "").isBlank()) {
            keys.setProperty("scanner.type", DEFAULT_SCANNER_TYPE);
        }
        return ScannerFactory.create(keys, "scanner.", clock);
    }
}
