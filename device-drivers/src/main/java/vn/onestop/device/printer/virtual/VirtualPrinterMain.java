package vn.onestop.device.printer.virtual;

import java.nio.file.Path;
import java.time.Clock;
import vn.onestop.device.printer.escpos.PrinterProfile;
import vn.onestop.device.printer.escpos.RobotoFonts;
import vn.onestop.device.serial.JSerialCommLink;
import vn.onestop.device.serial.SerialSettings;

/**
 * Runs the virtual printer on a serial port (e.g. one end of a socat pty pair):
 * {@code VirtualPrinterMain --port PATH --out DIR [--profile generic-80mm] [--config DIR] [--baud N]}.
 * Tickets land as PNG files in DIR. Stops with Ctrl-C.
 */
public final class VirtualPrinterMain {
    private VirtualPrinterMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("java.awt.headless", "true");
        String port = null;
        String out = "tickets";
        String profileName = "generic-80mm";
        String config = System.getProperty("onestop.config.dir", "config");
        int baud = 115200;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--port" -> port = args[i + 1];
                case "--out" -> out = args[i + 1];
                case "--profile" -> profileName = args[i + 1];
                case "--config" -> config = args[i + 1];
                case "--baud" -> baud = Integer.parseInt(args[i + 1]);
                default -> usage("unknown option " + args[i]);
            }
        }
        if (port == null) {
            usage("--port is required");
            return;
        }
        PrinterProfile profile = PrinterProfile.load(Path.of(config, "printers"), profileName);
        Clock clock = Clock.systemDefaultZone();
        JSerialCommLink link = new JSerialCommLink(SerialSettings.of(port, baud), clock);
        VirtualPrinterDevice device = new VirtualPrinterDevice(link, profile, new RobotoFonts(),
                new VirtualPrinterState(), Path.of(out), clock).start();
        Runtime.getRuntime().addShutdownHook(new Thread(device::close));
        Thread.currentThread().join();
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: VirtualPrinterMain --port PATH --out DIR [--profile NAME] [--config DIR] [--baud N]");
        System.exit(2);
    }
}
