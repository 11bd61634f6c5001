package vn.onestop.device.printer;

/**
 * What an ESC/POS printer reported through real-time status ({@code DLE EOT 1..4}) or automatic
 * status back. {@code answered == false} means no reply came (printer off, wrong port or baud rate).
 */
public record PrinterStatus(
        boolean answered,
        boolean offline,
        boolean coverOpen,
        boolean paperNearEnd,
        boolean paperOut,
        boolean cutterError,
        boolean unrecoverableError,
        boolean autoRecoverableError) {

    public static PrinterStatus ok() {
        return new PrinterStatus(true, false, false, false, false, false, false, false);
    }

    public static PrinterStatus noAnswer() {
        return new PrinterStatus(false, false, false, false, false, false, false, false);
    }

    /** True when a ticket can be printed now (paper near its end still prints). */
    public boolean canPrint() {
        return answered && !offline && !coverOpen && !paperOut && !cutterError && !unrecoverableError
                && !autoRecoverableError;
    }
}
