package vn.onestop.device.serial;

/**
 * A two-way byte link to one device (a serial port, a pty, or an in-memory fake). Calls block the
 * calling thread; failures throw {@link SerialLinkException} with a message a technician can act on.
 */
public interface SerialLink extends AutoCloseable {

    /** The configured port path, e.g. {@code /dev/kiosk-printer}; safe to log. */
    String portName();

    /** Opens the port if it is not open; a link that was unplugged is reopened. */
    void open() throws SerialLinkException;

    /** Writes all bytes and returns once they have left the host's output buffer. */
    void write(byte[] data) throws SerialLinkException;

    /**
     * Reads whatever bytes arrive within {@code timeoutMillis} (at least one byte, or none on timeout)
     * into {@code buffer}; returns the count, 0 on timeout.
     */
    int read(byte[] buffer, int timeoutMillis) throws SerialLinkException;

    /** False once the device is known to be unplugged or the port is closed. */
    boolean isConnected();

    /** Drains pending output, then releases the port. */
    @Override
    void close();
}
