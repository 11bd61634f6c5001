package vn.onestop.device.scanner;

/**
 * A source of scanned codes (serial USB-CDC scanner, keyboard wedge, camera frames, simulation).
 * Events are delivered on the scanner's own thread, never the Swing event thread; a listener must
 * hand work to the UI with {@code invokeLater}.
 */
public interface CodeScanner extends AutoCloseable {

    /** Registers the listener that receives every {@link ScanEvent}; replaces any earlier one. */
    void onScan(ScanListener listener);

    /** Starts reading; returns at once. Reconnection after an unplug is the scanner's own job. */
    void start();

    /**
     * For device health: false while the scanner is known to be unplugged or not yet reached.
     * Scanners that cannot tell (keyboard wedge, simulation) are always connected.
     */
    default boolean isConnected() {
        return true;
    }

    @Override
    void close();
}
