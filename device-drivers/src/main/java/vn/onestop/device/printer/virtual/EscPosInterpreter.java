package vn.onestop.device.printer.virtual;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.device.printer.TicketDocument.Align;
import vn.onestop.device.printer.escpos.EscPos;
import vn.onestop.device.printer.escpos.MonoBitmap;
import vn.onestop.device.printer.escpos.PrinterProfile;
import vn.onestop.device.printer.escpos.RobotoFonts;
import vn.onestop.device.printer.escpos.UserGlyphs;

/**
 * Consumes the bytes a real ESC/POS printer would receive, in chunks of any size, and prints them on
 * {@link Paper}: text through the selected code table or the downloaded user-defined characters
 * ({@code ESC &}, {@code ESC %}, {@code ESC ?}; {@code ESC @} clears them), styles, rasters, native QR, feeds; each cut
 * hands a {@link RenderedTicket} to the listener. {@code DLE EOT n} replies go to the reply sink.
 * Commands it does not know are logged and listed on the ticket, never skipped silently.
 */
public final class EscPosInterpreter {
    private static final Logger LOG = LogManager.getLogger(EscPosInterpreter.class);
    /** Larger than any ticket a printer buffers (255 bytes x 4095 rows); beyond it the header is garbage. */
    private static final int MAX_RASTER_BYTES = 255 * 4095;
    private final VirtualPrinterState state;
    private final Consumer<RenderedTicket> tickets;
    private final IntConsumer replies;
    private final Paper paper;
    private final TextModes modes;
    private final QrStore qr = new QrStore();
    private final int fontWidth;
    private final List<String> unknown = new ArrayList<>();
    private byte[] pending = new byte[0];
    private boolean autoStatus;

    public EscPosInterpreter(PrinterProfile profile, RobotoFonts fonts, VirtualPrinterState state,
            Consumer<RenderedTicket> tickets, IntConsumer replies) {
        this.state = state;
        this.tickets = tickets;
        this.replies = replies;
        this.fontWidth = profile.fontWidth();
        this.paper = new Paper(profile.dotsPerLine(), profile.fontWidth(), profile.fontHeight(), fonts, state);
        this.modes = new TextModes(profile, new GlyphReader(fonts));
    }

    /** True once the host enabled automatic status back ({@code GS a n}, n != 0). */
    public boolean autoStatusEnabled() {
        return autoStatus;
    }

    /** Power cycle: drops half-received commands, the paper in progress and all modes. */
    public void reset() {
        pending = new byte[0];
        modes.initialise();
        paper.cut(List.of());
        unknown.clear();
        autoStatus = false;
    }

    /** Feeds received bytes; incomplete commands wait for the next chunk. */
    public void accept(byte[] data, int length) {
        byte[] joined = Arrays.copyOf(pending, pending.length + length);
        System.arraycopy(data, 0, joined, pending.length, length);
        int at = 0;
        while (at < joined.length) {
            int used = step(joined, at);
            if (used < 0) {
                break;
            }
            at += used;
        }
        pending = Arrays.copyOfRange(joined, at, joined.length);
    }

    /** Executes the command at {@code at}; returns bytes used, or -1 when more bytes are needed. */
    private int step(byte[] b, int at) {
        int c = b[at] & 0xFF;
        int left = b.length - at;
        if (c == EscPos.LF) {
            modes.endLine(paper);
            return 1;
        }
        if (c == '\r') {
            return 1;
        }
        if (c >= 0x20) {
            modes.character(c);
            return 1;
        }
        if (left < 2) {
            return -1;
        }
        int d = b[at + 1] & 0xFF;
        return switch (c) {
            case EscPos.DLE -> left < 3 ? -1 : realTime(d, b[at + 2] & 0xFF);
            case EscPos.ESC -> esc(d, b, at, left);
            case EscPos.GS -> gs(d, b, at, left);
            case EscPos.FS -> fs(d);
            default -> unknown(String.format("control byte 0x%02X", c), 1);
        };
    }

    private int realTime(int d, int n) {
        if (d != EscPos.EOT) {
            return unknown(String.format("DLE 0x%02X", d), 2);
        }
        if (!state.silent()) {
            replies.accept(state.realTimeReply(n));
        }
        return 3;
    }

    private int esc(int d, byte[] b, int at, int left) {
        if (d == EscPos.INIT) {
            modes.initialise();
            return 2;
        }
        if (d == '2') {
            modes.lineSpacing(30);
            return 2;
        }
        if (d == EscPos.USER_CHARS_DEFINE) {
            return defineUserChars(b, at, left);
        }
        if (left < 3) {
            return -1;
        }
        int n = b[at + 2] & 0xFF;
        switch (d) {
            case EscPos.CODE_TABLE -> modes.codeTable(n);
            case EscPos.ALIGN -> modes.align(n);
            case EscPos.BOLD -> modes.bold(n);
            case EscPos.FEED_DOTS -> modes.feedDots(paper, n);
            case EscPos.FEED_LINES -> modes.feedLines(paper, n);
            case EscPos.LINE_SPACING -> modes.lineSpacing(n);
            case EscPos.USER_CHARS_SELECT -> modes.userChars((n & 1) == 1);
            case EscPos.USER_CHAR_CANCEL -> modes.cancelUserChar(n);
            default -> {
                // Most ESC commands take one parameter byte; skip it with the command.
                return unknown(String.format("ESC 0x%02X", d), 3);
            }
        }
        return 3;
    }

    private int gs(int d, byte[] b, int at, int left) {
        switch (d) {
            case EscPos.CHAR_SIZE -> {
                if (left < 3) {
                    return -1;
                }
                modes.size(b[at + 2] & 0xFF);
                return 3;
            }
            case EscPos.RASTER -> {
                return raster(b, at, left);
            }
            case EscPos.OPEN_PAREN -> {
                return qrCommand(b, at, left);
            }
            case EscPos.CUT -> {
                return cut(b, at, left);
            }
            case EscPos.AUTO_STATUS -> {
                if (left < 3) {
                    return -1;
                }
                autoStatus = (b[at + 2] & 0xFF) != 0;
                return 3;
            }
            default -> {
                return unknown(String.format("GS 0x%02X", d), 2);
            }
        }
    }

    /** {@code ESC & y c1 c2 [x d1...d(y*x)]...}: letters c1..c2, each x columns of y bytes (top bit on top). */
    private int defineUserChars(byte[] b, int at, int left) {
        if (left < 5) {
            return -1;
        }
        int y = b[at + 2] & 0xFF;
        int c1 = b[at + 3] & 0xFF;
        int c2 = b[at + 4] & 0xFF;
        if (y < 1 || y > 4 || c1 < 32 || c2 > 126 || c1 > c2) {
            return unknown("ESC & with y=" + y + " c1=" + c1 + " c2=" + c2 + " out of range", 5);
        }
        int pos = at + 5;
        List<int[]> letters = new ArrayList<>();
        for (int code = c1; code <= c2; code++) {
            if (pos >= b.length) {
                return -1;
            }
            int x = b[pos] & 0xFF;
            if (pos + 1 + x * y > b.length) {
                return -1;
            }
            letters.add(new int[] {code, x, pos + 1});
            pos += 1 + x * y;
        }
        for (int[] letter : letters) {
            modes.defineUserChar(letter[0], UserGlyphs.fromColumnMajor(b, letter[2], letter[1], y, fontWidth), letter[1]);
        }
        return pos - at;
    }

    private int fs(int d) {
        return d == EscPos.CANCEL_KANJI ? 2 : unknown(String.format("FS 0x%02X", d), 2);
    }

    private int raster(byte[] b, int at, int left) {
        if (left < 8) {
            return -1;
        }
        int widthBytes = (b[at + 4] & 0xFF) | (b[at + 5] & 0xFF) << 8;
        int height = (b[at + 6] & 0xFF) | (b[at + 7] & 0xFF) << 8;
        long area = (long) widthBytes * height; // 0xFFFF x 0xFFFF would overflow an int and turn negative
        if (area == 0 || area > MAX_RASTER_BYTES) {
            return unknown("GS v 0 with impossible size " + widthBytes + "x" + height, 8);
        }
        int size = (int) area;
        if (left < 8 + size) {
            return -1;
        }
        int mode = b[at + 3] & 0x03;
        modes.flush(paper);
        paper.raster(new MonoBitmap(widthBytes, height, Arrays.copyOfRange(b, at + 8, at + 8 + size)), modes.align(),
                (mode & 1) + 1, (mode >> 1) + 1);
        return 8 + size;
    }

    private int qrCommand(byte[] b, int at, int left) {
        if (left < 5) {
            return -1;
        }
        int length = (b[at + 3] & 0xFF) | (b[at + 4] & 0xFF) << 8;
        if (left < 5 + length) {
            return -1;
        }
        if ((b[at + 2] & 0xFF) != 'k' || length < 2 || (b[at + 5] & 0xFF) != 49) {
            return unknown("GS ( " + (char) (b[at + 2] & 0xFF) + " (not a QR function)", 5 + length);
        }
        byte[] params = Arrays.copyOfRange(b, at + 6, at + 5 + length);
        if (!qr.apply(params, modes, paper)) {
            return unknown("GS ( k QR function " + (params[0] & 0xFF), 5 + length);
        }
        return 5 + length;
    }

    private int cut(byte[] b, int at, int left) {
        if (left < 3) {
            return -1;
        }
        int m = b[at + 2] & 0xFF;
        int used = m >= 65 ? 4 : 3;
        if (left < used) {
            return -1;
        }
        modes.flush(paper);
        if (used == 4) {
            paper.feed(b[at + 3] & 0xFF);
        }
        RenderedTicket ticket = paper.cut(List.copyOf(unknown));
        unknown.clear();
        tickets.accept(ticket);
        return used;
    }

    private int unknown(String description, int used) {
        LOG.warn("Virtual printer: unknown command {}", description);
        unknown.add(description);
        return used;
    }

    /** Current alignment, for tests. */
    Align alignment() {
        return modes.align();
    }
}
