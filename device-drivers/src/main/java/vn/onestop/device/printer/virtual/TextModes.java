package vn.onestop.device.printer.virtual;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import vn.onestop.device.printer.TicketDocument.Align;
import vn.onestop.device.printer.escpos.MonoBitmap;
import vn.onestop.device.printer.escpos.PrinterProfile;
import vn.onestop.device.printer.escpos.Tcvn3;

/**
 * The print modes of the virtual printer (alignment, bold, size, code table, line spacing) and its line
 * buffer. Bytes are decoded through the selected table: the profile's TCVN-3 lower and upper tables,
 * its CP1258 table (tone marks combine with the letter before them), table 2 as PC850, otherwise PC437; while the
 * user-defined set is on, a code with a downloaded letter prints its dots instead (text: the letter the
 * {@link GlyphReader} recognises in them).
 */
final class TextModes {
    private static final Charset CP1258 = Charset.forName("windows-1258");
    private static final Charset PC437 = Charset.forName("IBM437");
    private static final Charset PC850 = Charset.forName("IBM850");
    private final PrinterProfile profile;
    private final GlyphReader reader;
    private final Map<Integer, UserChar> userChars = new HashMap<>();
    private boolean userCharsOn;
    private final List<Paper.Cell> line = new ArrayList<>();
    private Align align;
    private boolean bold;
    private int widthMul;
    private int heightMul;
    private int table;
    private int lineSpacing;

    /** A downloaded letter: its dots and the character the reader recognised in them. */
    private record UserChar(MonoBitmap dots, int width, String text) {}

    TextModes(PrinterProfile profile, GlyphReader reader) {
        this.profile = profile;
        this.reader = reader;
        initialise();
    }

    void initialise() {
        line.clear();
        align = Align.LEFT;
        bold = false;
        widthMul = 1;
        heightMul = 1;
        table = 0;
        lineSpacing = 30;
        userChars.clear();
        userCharsOn = false;
    }

    void defineUserChar(int code, MonoBitmap dots, int width) {
        userChars.put(code, new UserChar(dots, width, reader.read(dots, profile.fontWidth())));
    }

    void cancelUserChar(int code) {
        userChars.remove(code);
    }

    void userChars(boolean on) {
        userCharsOn = on;
    }

    void character(int code) {
        UserChar user = userCharsOn ? userChars.get(code) : null;
        if (user != null) {
            line.add(new Paper.Cell(user.text(), bold, widthMul, heightMul, user.dots(), user.width()));
            return;
        }
        String text = decode(code);
        boolean combining = Character.getType(text.charAt(0)) == Character.NON_SPACING_MARK;
        if (combining && !line.isEmpty()) {
            Paper.Cell last = line.remove(line.size() - 1);
            line.add(new Paper.Cell(last.text() + text, last.bold(), last.widthMul(), last.heightMul(), last.dots(),
                    last.dotsWidth()));
        } else {
            line.add(new Paper.Cell(text, bold, widthMul, heightMul, null, 0));
        }
    }

    private String decode(int code) {
        if (code < 0x80) {
            return String.valueOf((char) code);
        }
        if (table == profile.tcvn3Lower().number()) {
            return String.valueOf(Tcvn3.decode(Tcvn3.Table.LOWER, code));
        }
        if (table == profile.tcvn3Upper().number()) {
            return String.valueOf(Tcvn3.decode(Tcvn3.Table.UPPER, code));
        }
        // Other tables in Epson's numbering: 2 is PC850; the rest print as table 0, PC437.
        Charset charset = table == profile.cp1258().number() ? CP1258 : table == 2 ? PC850 : PC437;
        return new String(new byte[] {(byte) code}, charset);
    }

    void endLine(Paper paper) {
        if (line.isEmpty()) {
            paper.feed(lineSpacing);
        } else {
            flush(paper);
        }
    }

    /** Prints what the line buffer holds, if anything. */
    void flush(Paper paper) {
        if (!line.isEmpty()) {
            paper.printLine(List.copyOf(line), align, lineSpacing);
            line.clear();
        }
    }

    void feedDots(Paper paper, int dots) {
        flush(paper);
        paper.feed(dots);
    }

    void feedLines(Paper paper, int lines) {
        flush(paper);
        paper.feed(lines * lineSpacing);
    }

    void codeTable(int n) {
        table = n;
    }

    void align(int n) {
        align = n == 1 || n == '1' ? Align.CENTER : n == 2 || n == '2' ? Align.RIGHT : Align.LEFT;
    }

    Align align() {
        return align;
    }

    void bold(int n) {
        bold = (n & 1) != 0;
    }

    void size(int n) {
        widthMul = (n >> 4 & 0x07) + 1;
        heightMul = (n & 0x07) + 1;
    }

    void lineSpacing(int dots) {
        lineSpacing = dots;
    }
}
