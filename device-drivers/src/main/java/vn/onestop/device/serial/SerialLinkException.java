package vn.onestop.device.serial;

/** A serial link failed; {@link #kind()} says what a technician should do about it. */
public class SerialLinkException extends Exception {

    /** Causes a technician can act on. */
    public enum Kind { NO_SUCH_PORT, PERMISSION_DENIED, PORT_BUSY, DISCONNECTED, NO_REPLY, IO_ERROR }

    private final Kind kind;

    public SerialLinkException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public SerialLinkException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
