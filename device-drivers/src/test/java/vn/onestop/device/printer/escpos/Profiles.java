package vn.onestop.device.printer.escpos;

import java.nio.file.Path;

/** The shipped profiles from config/printers (path from the onestop.config.dir system property). */
public final class Profiles {
    private Profiles() {
    }

    public static PrinterProfile load(String name) {
        return PrinterProfile.load(Path.of(System.getProperty("onestop.config.dir"), "printers"), name);
    }

    /** The Epson profile as if a technician had verified its TCVN-3 tables. */
    public static PrinterProfile epsonTcvn3() {
        return load("epson-tm-t88").withTcvn3Verified(true);
    }

    /** A profile from properties (package access to the parser). */
    public static PrinterProfile fromProperties(java.util.Properties p) {
        return PrinterProfile.fromProperties(p);
    }
}
