package vn.onestop.device.printer.escpos;

import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import vn.onestop.device.printer.PrinterException;
import vn.onestop.device.printer.PrinterStatus;
import vn.onestop.device.printer.TicketDocument.Align;
import vn.onestop.device.printer.TicketDocument.Element;
import vn.onestop.device.printer.TicketDocument.Size;
import vn.onestop.device.printer.TicketDocument.Text;
import vn.onestop.device.printer.TicketDocument;

/**
 * Turns a {@link TicketDocument} into the ESC/POS bytes of one cut ticket, for one printer profile.
 * Pure: no I/O. ASCII lines go as printer text; Vietnamese lines go in TCVN-3 (or CP1258) when the
 * profile marks that table verified, otherwise as text with the letters the printer lacks downloaded as
 * user-defined characters drawn from Roboto (when the profile allows them, {@link UserCharLines}), otherwise
 * as rasters rendered with Roboto and cropped to the ink.
 * QR codes use {@code GS ( k} when the profile allows it, otherwise enlarged user-defined characters
 * ({@link QrTiles}) when it allows those, otherwise a ZXing raster.
 */
public final class TicketEncoder {
    /** Least paper above and below a QR code; the QR quiet zone of 4 modules wins when it is larger. */
    private static final int QR_GAP_DOTS = 12;
    private final PrinterProfile profile;
    private final TextRasterizer rasterizer;
    private final RasterWriter rasters;
    private final UserGlyphs glyphs;

    public TicketEncoder(PrinterProfile profile, RobotoFonts fonts) {
        this.profile = profile;
        this.rasterizer = new TextRasterizer(fonts, profile.dotsPerLine());
        this.rasters = new RasterWriter(profile.rasterBandRows());
        this.glyphs = new UserGlyphs(fonts, profile.userChars().cellWidth(), profile.userChars().cellHeight());
    }

    public PrinterProfile profile() {
        return profile;
    }

    public TextRasterizer rasterizer() {
        return rasterizer;
    }

    /**
     * {@link #encode(TicketDocument, UserCharSession)} for a printer: a ticket that cannot be encoded is refused as a
     * {@link PrinterException} (the printer itself is fine).
     */
    public byte[] encodeForPrint(TicketDocument ticket, UserCharSession session) throws PrinterException {
        try {
            return encode(ticket, session);
        } catch (IllegalArgumentException e) {
            throw new PrinterException("Ticket cannot be printed: " + e.getMessage(), PrinterStatus.ok(), e);
        }
    }

    /** One ticket on a printer whose downloads are unknown: starts with {@code ESC @}. */
    public byte[] encode(TicketDocument ticket) {
        return encode(ticket, new UserCharSession());
    }

    /**
     * One ticket for the printer {@code session} describes. The ticket starts with {@code ESC @} (which clears
     * the printer's downloaded letters) unless the profile lets the printer keep them and the session knows what
     * it holds; then only the print modes are reset and the letters it already holds are not sent again.
     * {@code session} is updated to what the printer holds after the ticket.
     */
    public byte[] encode(TicketDocument ticket, UserCharSession session) {
        EscPosWriter w = new EscPosWriter();
        boolean modesReset = profile.userChars().reuse() && session.known();
        if (modesReset) {
            w.resetModes();
        } else {
            w.initialise();
            session.cleared();
        }
        if (profile.cancelKanji()) {
            w.command(EscPos.FS, EscPos.CANCEL_KANJI);
        }
        if (profile.userChars().builtin() != BuiltinTable.NONE && !modesReset) {
            // Even table 0, the power-on default, may be another set by a memory switch: the first line printing
            // letters from the built-in table selects it (ESC t n), once.
            w.codeTableUnknown();
        }
        w.command(EscPos.ESC, EscPos.LINE_SPACING, (byte) profile.lineSpacingDots());
        List<TextPlan> plans = new ArrayList<>();
        List<String> userLines = new ArrayList<>();
        // Every line printed as text, so that user-defined letters avoid codes later lines print as ASCII.
        for (Element element : ticket.elements()) {
            if (element instanceof Text t) {
                TextPlan plan = plan(t);
                plans.add(plan);
                if (plan.mode() != Mode.RASTER) {
                    userLines.addAll(plan.lines());
                }
            } else if (element instanceof TicketDocument.Separator) {
                userLines.add(rule());
            }
        }
        UserCharLines user = new UserCharLines(glyphs, session, userLines, profile.userChars().reuse(),
                profile.userChars().builtin());
        int textIndex = 0;
        for (Element element : ticket.elements()) {
            if (element instanceof Text t) {
                text(w, t, plans.get(textIndex++), user);
            } else if (element instanceof TicketDocument.Separator) {
                separator(w, user);
            } else if (element instanceof TicketDocument.Qr q) {
                qr(w, q, user);
            } else if (element instanceof TicketDocument.Feed f) {
                w.feedLines(Math.max(0, f.lines()));
            }
        }
        if (profile.cutter()) {
            w.command(EscPos.GS, EscPos.CUT, (byte) 66, (byte) 0);
        } else {
            w.feedLines(5);
        }
        return w.toByteArray();
    }

    /** How a text element goes to paper. */
    enum Mode { ASCII, TCVN3, CP1258, USER, RASTER }

    record TextPlan(Mode mode, List<String> lines) {}

    /** The cheapest way the profile allows that prints every letter right, and the lines it wraps into. */
    TextPlan plan(Text t) {
        String text = Normalizer.normalize(t.text(), Normalizer.Form.NFC);
        int width = profile.charsPerLine() / EscPosWriter.widthMultiple(t.size());
        if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            return new TextPlan(Mode.ASCII, wrapChars(text, width));
        }
        if (profile.tcvn3Usable() && Tcvn3.canEncode(text)) {
            return new TextPlan(Mode.TCVN3, wrapChars(text, width));
        }
        if (profile.cp1258().verified() && Cp1258.encode(text) != null) {
            // Each tone mark is a byte of its own and takes a cell of its own on most printers.
            return new TextPlan(Mode.CP1258, wrapCells(text, width, line -> Cp1258.encode(line).length));
        }
        if (profile.userChars().enabled()) {
            int cells = profile.dotsPerLine() / Math.max(profile.fontWidth(), glyphs.cellWidth())
                    / EscPosWriter.widthMultiple(t.size());
            List<String> lines = wrapChars(text, cells);
            if (lines.stream().allMatch(line -> UserCharLines.fits(line, glyphs, profile.userChars().builtin()))) {
                return new TextPlan(Mode.USER, lines);
            }
        }
        return new TextPlan(Mode.RASTER, rasterizer.wrap(text, t.bold(), t.size()));
    }

    private void text(EscPosWriter w, Text t, TextPlan plan, UserCharLines user) {
        w.align(t.align());
        if (plan.mode() == Mode.RASTER) {
            w.bold(false).size(Size.NORMAL);
            for (String line : plan.lines()) {
                rasters.write(rasterizer.render(line, t.bold(), t.size()), w.buffer());
            }
            return;
        }
        w.bold(t.bold()).size(t.size());
        for (String line : plan.lines()) {
            switch (plan.mode()) {
                case ASCII -> plain(w, user, line.getBytes(StandardCharsets.US_ASCII));
                case TCVN3 -> {
                    user.plain(w, asciiOf(line));
                    tcvn3(w, line);
                }
                case CP1258 -> {
                    w.codeTable(profile.cp1258().number());
                    plain(w, user, Cp1258.encode(line));
                }
                case USER -> w.bytes(user.line(w, line));
                default -> throw new IllegalStateException(plan.mode().name());
            }
            w.lineFeed();
        }
    }

    private static void plain(EscPosWriter w, UserCharLines user, byte[] bytes) {
        user.plain(w, bytes);
        w.bytes(bytes);
    }

    private static byte[] asciiOf(String line) {
        return line.chars().filter(c -> c < 0x7F).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString().getBytes(StandardCharsets.US_ASCII);
    }

    private void tcvn3(EscPosWriter w, String line) {
        for (char c : line.toCharArray()) {
            Tcvn3.Encoded e = Tcvn3.encode(c);
            if (e.table() == Tcvn3.Table.LOWER) {
                w.codeTable(profile.tcvn3Lower().number());
            } else if (e.table() == Tcvn3.Table.UPPER) {
                w.codeTable(profile.tcvn3Upper().number());
            }
            w.bytes(new byte[] {e.code()});
        }
    }

    private String rule() {
        return "-".repeat(profile.charsPerLine());
    }

    private void separator(EscPosWriter w, UserCharLines user) {
        if (profile.charsPerLine() * profile.fontWidth() < profile.dotsPerLine()) {
            w.align(Align.LEFT); // a rule as wide as the paper prints alike in any alignment
        }
        w.bold(false).size(Size.NORMAL);
        plain(w, user, rule().getBytes(StandardCharsets.US_ASCII));
        w.lineFeed();
    }

    private void qr(EscPosWriter w, TicketDocument.Qr q, UserCharLines user) {
        ByteMatrix matrix = QrCodes.matrix(q.payload());
        int moduleDots = QrCodes.moduleDots(matrix.getWidth(), q.widthMm(), profile.dpi(), profile.dotsPerLine() - 64);
        w.align(Align.CENTER);
        // Text closer than 4 modules above or below confuses decoders (ZXing misread the slip's QR).
        int gap = Math.max(QR_GAP_DOTS, 4 * moduleDots);
        RasterWriter.feed(gap, w.buffer());
        QrTiles tiles = profile.userChars().enabled() && profile.graphics().qrUserChars()
                ? QrTiles.plan(matrix, moduleDots, glyphs.cellWidth(), glyphs.cellHeight(), profile.dotsPerLine())
                : null;
        if (profile.nativeQr()) {
            NativeQr.write(w, q.payload(), moduleDots);
        } else if (tiles != null) {
            tiles.write(w, user, profile.lineSpacingDots());
            RasterWriter.feed(Math.max(0, gap - tiles.blankBelowDots()), w.buffer());
            return;
        } else {
            // Where the printer doubles raster bits (GS v 0 mode 3), modules of an even size go at half resolution:
            // a quarter of the bytes. An odd size rounds down to even (7 dots print as 6).
            boolean doubled = profile.graphics().rasterScale2() && moduleDots >= 2;
            rasters.write(QrCodes.raster(matrix, doubled ? moduleDots / 2 : moduleDots), doubled, w.buffer());
        }
        RasterWriter.feed(gap, w.buffer());
    }

    /** Splits at spaces into lines of at most {@code width} characters (a longer word is cut). */
    static List<String> wrapChars(String text, int width) {
        return wrapCells(text, width, String::length);
    }

    /** Splits at spaces into lines of at most {@code width} printer cells as {@code cells} counts them. */
    static List<String> wrapCells(String text, int width, ToIntFunction<String> cells) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            if (line.length() > 0 && cells.applyAsInt(line + " " + word) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
            while (cells.applyAsInt(line.toString()) > width && line.length() > 1) {
                int cut = line.length() - 1;
                while (cut > 1 && cells.applyAsInt(line.substring(0, cut)) > width) {
                    cut--;
                }
                lines.add(line.substring(0, cut));
                line.delete(0, cut);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
