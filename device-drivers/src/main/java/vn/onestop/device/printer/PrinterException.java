package vn.onestop.device.printer;

/** A ticket could not be printed; {@link #status()} says what the printer reported, for the screen and the server. */
public class PrinterException extends Exception {
    private final transient PrinterStatus status;

    public PrinterException(String message, PrinterStatus status) {
        super(message);
        this.status = status;
    }

    public PrinterException(String message, PrinterStatus status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public PrinterStatus status() {
        return status;
    }
}
