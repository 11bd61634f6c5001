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

    /** A copy of {@code p} that downloads every letter beyond ASCII (no built-in code table). */
    public static PrinterProfile withoutBuiltin(PrinterProfile p) {
        PrinterProfile.UserChars u = p.userChars();
        return new PrinterProfile(p.name(), p.dotsPerLine(), p.dpi(), p.fontWidth(), p.fontHeight(),
                p.lineSpacingDots(), p.tcvn3Lower(), p.tcvn3Upper(), p.cp1258(), p.nativeQr(), p.cutter(),
                p.rasterBandRows(), p.cancelKanji(),
                new PrinterProfile.UserChars(u.enabled(), u.cellWidth(), u.cellHeight(), u.reuse(), BuiltinTable.NONE),
                p.graphics());
    }
}
