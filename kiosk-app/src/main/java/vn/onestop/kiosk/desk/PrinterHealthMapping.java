package vn.onestop.kiosk.desk;

import vn.onestop.core.wire.PrinterHealth;
import vn.onestop.device.printer.PrinterStatus;
import vn.onestop.kiosk.flow.PrinterAvailability;

/** What a printer status means for the citizen screens, the failure message and the server's health view. */
public final class PrinterHealthMapping {
    private PrinterHealthMapping() {}

    public static PrinterAvailability availability(PrinterStatus s) {
        if (!s.canPrint()) {
            return PrinterAvailability.PAUSED;
        }
        return s.paperNearEnd() ? PrinterAvailability.PAPER_NEAR_END : PrinterAvailability.READY;
    }

    /** Stable reason code for the failed screen. */
    public static String reason(PrinterStatus s) {
        if (s == null) {
            return "printer";
        }
        if (!s.answered()) {
            return "no-answer";
        }
        if (s.paperOut()) {
            return "paper-out";
        }
        return s.coverOpen() ? "cover-open" : "printer";
    }

    public static PrinterHealth health(PrinterStatus s) {
        return new PrinterHealth(s.answered() && !s.offline(), s.paperNearEnd(), s.paperOut(), s.coverOpen(),
                s.cutterError(), 0);
    }
}
