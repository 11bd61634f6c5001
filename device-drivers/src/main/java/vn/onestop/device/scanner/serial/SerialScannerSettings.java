package vn.onestop.device.scanner.serial;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a serial (USB-CDC) code scanner.
 *
 * @param frame            how codes are delimited
 * @param duplicateWindow  the same code again within this window is one scan
 * @param reconnectDelay   wait between attempts to reopen an unplugged or missing port
 * @param incompleteAfter  a partial code with no byte for this long is reported and dropped
 * @param readTimeoutMillis how long one read waits; bounds how fast {@code close()} returns
 */
public record SerialScannerSettings(FrameFormat frame, Duration duplicateWindow, Duration reconnectDelay,
                                    Duration incompleteAfter, int readTimeoutMillis) {

    public SerialScannerSettings {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(duplicateWindow, "duplicateWindow");
        Objects.requireNonNull(reconnectDelay, "reconnectDelay");
        Objects.requireNonNull(incompleteAfter, "incompleteAfter");
        if (readTimeoutMillis < 1) {
            throw new IllegalArgumentException("read timeout must be positive: " + readTimeoutMillis);
        }
    }

    /** CR-terminated codes, 1.5 s duplicate window, reconnect every second. */
    public static SerialScannerSettings defaults() {
        return new SerialScannerSettings(
                FrameFormat.terminatedBy(FrameFormat.Terminator.CR, FrameFormat.DEFAULT_MAX_CODE_BYTES),
                Duration.ofMillis(1500), Duration.ofSeconds(1), Duration.ofSeconds(2), 100);
    }

    public SerialScannerSettings withFrame(FrameFormat newFrame) {
        return new SerialScannerSettings(newFrame, duplicateWindow, reconnectDelay, incompleteAfter,
                readTimeoutMillis);
    }

    public SerialScannerSettings withReconnectDelay(Duration delay) {
        return new SerialScannerSettings(frame, duplicateWindow, delay, incompleteAfter, readTimeoutMillis);
    }

    public SerialScannerSettings withDuplicateWindow(Duration window) {
        return new SerialScannerSettings(frame, window, reconnectDelay, incompleteAfter, readTimeoutMillis);
    }
}
