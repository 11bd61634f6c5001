package vn.onestop.device.display;

/**
 * The number display above one counter. Calls block until the frame has left the host (a few ms at 9600 baud)
 * and throw {@link DisplayException} with a message a technician can act on when the bus is unplugged or refuses.
 */
public interface CounterDisplay {

    /** Shows a called number; {@code blink} for a recall (steady if the model cannot blink). */
    void show(String number, boolean blink) throws DisplayException;

    /** Blanks the display (the counter closed). */
    void clear() throws DisplayException;

    /** Lights the model's test pattern (all segments, or its test text). */
    void testPattern() throws DisplayException;

    /** Where it is, for the technician: "bus /dev/ttyUSB0 address 2". */
    String where();
}
