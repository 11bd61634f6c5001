package vn.onestop.server.dossier.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.onestop.core.slip.ReceiptSlip;
import vn.onestop.core.slip.SlipText;

/**
 * The receipt and appointment slip as an A5 PDF (Mẫu 01 layout) with Roboto embedded as subsets, aiming at
 * PDF/A-2b ({@link PdfA}). Thread-safe: the fonts are parsed once and shared, so renders take turns (a slip takes
 * well under the 150 ms budget warm; subsetting reads the shared parsed font).
 */
public final class SlipPdf {
    static final String FONT_DIR = "/com/formdev/flatlaf/fonts/roboto/";
    static final String PRODUCER = "OneStop kiosk-server (Apache PDFBox)";
    private final TrueTypeFont regular;
    private final TrueTypeFont bold;
    private final ZoneId zone;

    /** @param zone the centre's time zone (slip times are local; the PDF's dates carry the offset) */
    public SlipPdf(ZoneId zone) {
        this.zone = zone;
        this.regular = parse("Roboto-Regular.ttf");
        this.bold = parse("Roboto-Bold.ttf");
    }

    /**
     * Renders one slip.
     *
     * @throws SlipPdfException if PDFBox fails (the message names the dossier code, never personal data)
     */
    public byte[] render(ReceiptSlip slip) {
        return render(slip, ReceiptStyle.KIOSK);
    }

    /** Renders one slip with its title, legal basis, receiving official and QR placement. */
    public synchronized byte[] render(ReceiptSlip slip, ReceiptStyle style) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font r = PDType0Font.load(doc, regular, true);
            PDType0Font b = PDType0Font.load(doc, bold, true);
            new SlipPdfLayout(r, b, style).draw(doc, slip);
            ZonedDateTime created = slip.receivedAt().atZone(zone).truncatedTo(ChronoUnit.SECONDS);
            PdfA.apply(doc, SlipText.TITLE + " " + slip.dossierCode(), PRODUCER, created, fileId(slip));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SlipPdfException("Cannot render the receipt slip PDF of dossier " + slip.dossierCode() + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Renders a request-to-supplement or refusal slip (A5, the same fonts and PDF/A-2b aim).
     *
     * @throws SlipPdfException if PDFBox fails (the message names the reference, never personal data)
     */
    public synchronized byte[] render(DecisionSlip slip) {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font r = PDType0Font.load(doc, regular, true);
            PDType0Font b = PDType0Font.load(doc, bold, true);
            new DecisionSlipLayout(r, b).draw(doc, slip);
            ZonedDateTime created = slip.at().atZone(zone).truncatedTo(ChronoUnit.SECONDS);
            byte[] id = Arrays.copyOf(sha256(slip.reference() + "|" + slip.title() + "|" + slip.at()), 16);
            PdfA.apply(doc, slip.title() + " " + slip.reference(), PRODUCER, created, id);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException | RuntimeException e) {
            throw new SlipPdfException("Cannot render the slip PDF of dossier " + slip.reference() + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /** A stable file identifier: the first 16 bytes of SHA-256 of the dossier code. */
    private static byte[] fileId(ReceiptSlip slip) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(slip.dossierCode()
                    .getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(digest, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }

    /**
     * Parses a bundled font once. Glyph substitution (GSUB) is switched off: PDFBox 3 rebuilds its Latin ligature
     * matcher (regular expressions over every ligature) on each {@code showText}, which took about three quarters of
     * a slip's render time; the slip needs no ligatures, and Roboto has precomposed glyphs for every Vietnamese
     * letter, so the text and its extraction are unchanged.
     */
    private static TrueTypeFont parse(String file) {
        try {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(font(file)));
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot parse the bundled font " + file + ": " + e.getMessage(), e);
        }
    }

    static byte[] font(String file) {
        try (InputStream in = SlipPdf.class.getResourceAsStream(FONT_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("Font " + file + " missing: flatlaf-fonts-roboto is not on the "
                        + "server's classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the bundled font " + file + ": " + e.getMessage(), e);
        }
    }
}
