package vn.onestop.device.scanner.wedge;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of a keyboard-wedge (USB HID) scanner.
 *
 * @param maxKeyGap keys closer than this belong to one scanner burst (scanners type 7-16 ms apart,
 *                  people 20-50 ms or slower); default 20 ms
 * @param minLength a burst shorter than this is a person after all and goes to the focused field
 * @param prefix    characters the scanner sends before each code, or "" for none
 * @param suffix    characters it sends after each code, "\n" for Enter (the usual), or "" to end a
 *                  code by the pause after it
 */
public record WedgeSettings(Duration maxKeyGap, int minLength, String prefix, String suffix) {

    public WedgeSettings {
        Objects.requireNonNull(maxKeyGap, "maxKeyGap");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (maxKeyGap.isNegative() || maxKeyGap.isZero()) {
            throw new IllegalArgumentException("wedge key gap must be positive: " + maxKeyGap);
        }
        if (minLength < 2) {
            throw new IllegalArgumentException("a wedge burst needs at least 2 keys, not " + minLength);
        }
    }

    /** 20 ms between keys, at least 4 keys, no prefix, Enter after each code. */
    public static WedgeSettings defaults() {
        return new WedgeSettings(Duration.ofMillis(20), 4, "", "\n");
    }
}
