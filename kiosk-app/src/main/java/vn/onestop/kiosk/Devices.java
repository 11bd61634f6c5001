package vn.onestop.kiosk;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import vn.onestop.device.printer.PrinterFactory;
import vn.onestop.device.printer.PrinterSettings;
import vn.onestop.device.printer.TicketPrinter;
import vn.onestop.device.scanner.CodeScanner;
import vn.onestop.device.scanner.serial.FrameFormat;
import vn.onestop.device.scanner.serial.SerialScanner;
import vn.onestop.device.scanner.serial.SerialScannerSettings;
import vn.onestop.device.scanner.sim.SimulatedScanner;
import vn.onestop.device.serial.JSerialCommLink;
import vn.onestop.device.serial.SerialSettings;

/** Builds the printer and scanner from the {@code printer.*} and {@code scanner.*} keys (or the demo's twins). */
public final class Devices {
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

    /** A serial scanner, or the simulated one in the demo. */
    public static CodeScanner scanner(Properties config, boolean demo, Clock clock) {
        if (demo) {
            return new SimulatedScanner(clock);
        }
        SerialSettings serial = SerialSettings.fromProperties(config, "scanner.");
        FrameFormat frame = FrameFormat.parse(config.getProperty("scanner.terminator", "CR"),
                FrameFormat.DEFAULT_MAX_CODE_BYTES);
        return new SerialScanner(new JSerialCommLink(serial, clock), SerialScannerSettings.defaults().withFrame(frame),
                clock);
    }
}
