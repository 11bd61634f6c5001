package vn.onestop.device.display;

/** A counter display could not be driven; the message says what a technician should check. */
public class DisplayException extends Exception {
    public DisplayException(String message, Throwable cause) {
        super(message, cause);
    }
}
