package vn.onestop.device.printer.escpos;

/** ESC/POS byte values (Epson numbering), each with what it does. */
public final class EscPos {
    /** Data link escape: prefix of real-time commands. */
    public static final byte DLE = 0x10;
    /** End of transmission: {@code DLE EOT n} asks for real-time status n (1..4). */
    public static final byte EOT = 0x04;
    /** Escape: prefix of most commands. */
    public static final byte ESC = 0x1B;
    /** Group separator: prefix of graphics, size, cut and QR commands. */
    public static final byte GS = 0x1D;
    /** File separator: prefix of Kanji commands ({@code FS .} cancels Kanji mode). */
    public static final byte FS = 0x1C;
    /** Line feed: prints the line buffer and advances one line. */
    public static final byte LF = 0x0A;

    /** {@code ESC @}: initialise, clears buffer and modes. */
    public static final byte INIT = 0x40;
    /** {@code ESC t n}: select code table n. */
    public static final byte CODE_TABLE = 0x74;
    /** {@code ESC a n}: alignment 0 left, 1 centre, 2 right (text and rasters). */
    public static final byte ALIGN = 0x61;
    /** {@code ESC E n}: bold on (1) or off (0). */
    public static final byte BOLD = 0x45;
    /** {@code ESC J n}: print buffer and feed n dots. */
    public static final byte FEED_DOTS = 0x4A;
    /** {@code ESC d n}: print buffer and feed n lines. */
    public static final byte FEED_LINES = 0x64;
    /** {@code ESC 3 n}: line spacing n dots. */
    public static final byte LINE_SPACING = 0x33;
    /** {@code GS ! n}: character size, width multiple in bits 4-7, height in bits 0-3. */
    public static final byte CHAR_SIZE = 0x21;
    /** {@code GS v 0 m xL xH yL yH d...}: raster image, x in bytes per row, y in dots. */
    public static final byte RASTER = 0x76;
    /** {@code GS ( k}: 2D code (QR) functions. */
    public static final byte OPEN_PAREN = 0x28;
    /** {@code GS V m [n]}: cut; 66 = feed to the cutter and partial cut. */
    public static final byte CUT = 0x56;
    /** {@code GS a n}: enable automatic status back for the events in n. */
    public static final byte AUTO_STATUS = 0x61;
    /** {@code ESC % n}: user-defined character set on (n & 1 == 1) or off (the printer's own font). */
    public static final byte USER_CHARS_SELECT = 0x25;
    /** {@code ESC & y c1 c2 [x d1..d(y*x)]...}: define user-defined characters c1..c2 (32..126), y bytes a column. */
    public static final byte USER_CHARS_DEFINE = 0x26;
    /** {@code ESC ? n}: cancel the user-defined character n; the printer's own character prints again. */
    public static final byte USER_CHAR_CANCEL = 0x3F;
    /** {@code FS .}: cancel Kanji character mode. */
    public static final byte CANCEL_KANJI = 0x2E;

    private EscPos() {
    }
}
