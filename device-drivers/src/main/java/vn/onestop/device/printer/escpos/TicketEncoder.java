package vn.onestop.device.printer.escpos;

import com.google.zxing.qrcode.encoder.ByteMatrix;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
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
 * profile marks that table verified, otherwise as rasters rendered with Roboto and cropped to the ink.
 * QR codes use {@code GS ( k} when the profile allows it, otherwise a ZXing raster.
 */
public final class TicketEncoder {
    /** Least paper above and below a QR code; the QR quiet zone of 4 modules wins when it is larger. */
    private static final int QR_GAP_DOTS = 12;
    private final PrinterProfile profile;
    private final TextRasterizer rasterizer;
    private final RasterWriter rasters;

    public TicketEncoder(PrinterProfile profile, RobotoFonts fonts) {
        this.profile = profile;
        this.rasterizer = new TextRasterizer(fonts, profile.dotsPerLine());
        this.rasters = new RasterWriter(profile.rasterBandRows());
    }

    public PrinterProfile profile() {
        return profile;
    }

    public TextRasterizer rasterizer() {
        return rasterizer;
    }

    /**
     * {@link #encode} for a printer: a ticket that cannot be encoded is refused as a {@link PrinterException} (the
     * printer itself is fine).
     */
    public byte[] encodeForPrint(TicketDocument ticket) throws PrinterException {
        try {
            return encode(ticket);
        } catch (IllegalArgumentException e) {
            throw new PrinterException("Ticket cannot be printed: " + e.getMessage(), PrinterStatus.ok(), e);
        }
    }

    public byte[] encode(TicketDocument ticket) {
        EscPosWriter w = new EscPosWriter().initialise();
        if (profile.cancelKanji()) {
            w.command(EscPos.FS, EscPos.CANCEL_KANJI);
        }
        w.command(EscPos.ESC, EscPos.LINE_SPACING, (byte) profile.lineSpacingDots());
        for (Element element : ticket.elements()) {
            if (element instanceof Text t) {
                text(w, t);
            } else if (element instanceof TicketDocument.Separator) {
                separator(w);
            } else if (element instanceof TicketDocument.Qr q) {
                qr(w, q);
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

    private void text(EscPosWriter w, Text t) {
        String text = Normalizer.normalize(t.text(), Normalizer.Form.NFC);
        w.align(t.align());
        if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            nativeLines(w, t, text, line -> line.getBytes(StandardCharsets.US_ASCII));
        } else if (profile.tcvn3Usable() && Tcvn3.canEncode(text)) {
            nativeLines(w, t, text, null);
        } else if (profile.cp1258().verified() && Cp1258.encode(text) != null) {
            w.codeTable(profile.cp1258().number());
            nativeLines(w, t, text, Cp1258::encode);
        } else {
            w.bold(false).size(Size.NORMAL);
            for (String line : rasterizer.wrap(text, t.bold(), t.size())) {
                rasters.write(rasterizer.render(line, t.bold(), t.size()), w.buffer());
            }
        }
    }

    /** Printer-font text; {@code encoding == null} means TCVN-3 with table switches. */
    private void nativeLines(EscPosWriter w, Text t, String text,
            java.util.function.Function<String, byte[]> encoding) {
        w.bold(t.bold()).size(t.size());
        int width = profile.charsPerLine() / EscPosWriter.widthMultiple(t.size());
        for (String line : wrapChars(text, width)) {
            if (encoding == null) {
                tcvn3(w, line);
            } else {
                w.bytes(encoding.apply(line));
            }
            w.lineFeed();
        }
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

    private void separator(EscPosWriter w) {
        w.align(Align.LEFT).bold(false).size(Size.NORMAL);
        w.bytes("-".repeat(profile.charsPerLine()).getBytes(StandardCharsets.US_ASCII)).lineFeed();
    }

    private void qr(EscPosWriter w, TicketDocument.Qr q) {
        ByteMatrix matrix = QrCodes.matrix(q.payload());
        int moduleDots = QrCodes.moduleDots(matrix.getWidth(), q.widthMm(), profile.dpi(), profile.dotsPerLine() - 64);
        w.align(Align.CENTER);
        // Text closer than 4 modules above or below confuses decoders (ZXing misread the slip's QR).
        int gap = Math.max(QR_GAP_DOTS, 4 * moduleDots);
        RasterWriter.feed(gap, w.buffer());
        if (profile.nativeQr()) {
            NativeQr.write(w, q.payload(), moduleDots);
        } else {
            // Modules of an even size sent at half resolution, doubled by the printer: a quarter of the bytes.
            int half = Math.max(1, moduleDots / 2);
            rasters.write(QrCodes.raster(matrix, half), moduleDots >= 2, w.buffer());
        }
        RasterWriter.feed(gap, w.buffer());
    }

    /** Splits at spaces into lines of at most {@code width} characters (a longer word is cut). */
    static List<String> wrapChars(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
            while (line.length() > width) {
                lines.add(line.substring(0, width));
                line.delete(0, width);
            }
        }
        lines.add(line.toString());
        return lines;
    }
}
