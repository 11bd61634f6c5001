package vn.onestop.device.display;

import java.util.Locale;

/** What a counter display is told to do; each has its command byte(s) in the display profile. */
public enum DisplayCommand {
    /** Show a number steadily. */
    SHOW,
    /** Show a number blinking (a recall). */
    BLINK,
    /** Blank the display (the counter closed). */
    CLEAR,
    /** Set the brightness level. */
    BRIGHTNESS,
    /** Light every segment (technician's test pattern). */
    TEST;

    /** The profile key suffix: {@code command.show}, {@code command.blink} ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
