package vn.onestop.device.printer;

import java.nio.file.Path;
import java.time.Clock;
import vn.onestop.device.printer.escpos.EscPosPrinter;
import vn.onestop.device.printer.escpos.PrinterProfile;
import vn.onestop.device.printer.escpos.RobotoFonts;
import vn.onestop.device.printer.escpos.TicketEncoder;
import vn.onestop.device.printer.virtual.VirtualTicketPrinter;
import vn.onestop.device.serial.JSerialCommLink;

/** Builds the configured printer: ESC/POS over jSerialComm, or the virtual printer writing PNG files. */
public final class PrinterFactory {
    private PrinterFactory() {
    }

    /**
     * @param configDir the folder holding {@code printers/*.properties}
     * @throws IllegalArgumentException when the profile is missing or wrong (the message names the file)
     */
    public static TicketPrinter create(PrinterSettings settings, Path configDir, Clock clock) {
        PrinterProfile profile = PrinterProfile.load(configDir.resolve("printers"), settings.profile());
        RobotoFonts fonts = new RobotoFonts();
        return switch (settings.type()) {
            case VIRTUAL -> new VirtualTicketPrinter(settings.virtualOutDir(), profile, fonts, clock);
            case ESCPOS -> new EscPosPrinter(new JSerialCommLink(settings.serial(), clock),
                    new TicketEncoder(profile, fonts), clock, settings.statusTimeout());
        };
    }
}
