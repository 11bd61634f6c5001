package vn.onestop.kiosk.outbox;

/** The local outbox file could not be read or written (disk full, file locked, permissions). */
public class OutboxException extends Exception {
    public OutboxException(String message, Throwable cause) {
        super(message, cause);
    }
}
