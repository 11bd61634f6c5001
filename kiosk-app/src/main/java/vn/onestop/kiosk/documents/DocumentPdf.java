package vn.onestop.kiosk.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.onestop.device.document.ScannedPage;

/**
 * Joins the scanned pages of one checklist document into one PDF: one A4 page per scan, the gray picture as JPEG
 * fitted to the page at its own scale (never enlarged past its resolution), and bounded in size: when the PDF is
 * larger than the limit it is made again at the next lower JPEG quality; when even the lowest is too large it is
 * refused with the reason. Pure apart from memory: pages in, bytes out.
 *
 * @param maxBytes  the largest PDF (the server's {@code dossier.documents.maxBytes}, 10 MB by default)
 * @param qualities JPEG qualities tried in order, highest first
 */
public record DocumentPdf(long maxBytes, List<Float> qualities) {

    /** The most pages one document may have (a person scans more in one go only by mistake). */
    public static final int MAX_PAGES = 50;

    public DocumentPdf {
        qualities = List.copyOf(qualities);
        if (maxBytes < 10_000 || qualities.isEmpty()) {
            throw new IllegalArgumentException("documents.maxBytes must be at least 10000 and qualities not empty");
        }
    }

    /** 10 MB; JPEG quality 0.75, then 0.6, 0.45 and 0.3. */
    public static DocumentPdf defaults() {
        return new DocumentPdf(10L * 1024 * 1024, List.of(0.75f, 0.6f, 0.45f, 0.3f));
    }

    /** The PDF and how it was made. */
    public record Joined(byte[] pdf, int pages, float quality) {}

    /** The pages could not be joined within the limit (the message is for the citizen's helper and the log). */
    public static final class TooLargeException extends Exception {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message);
        }
    }

    public Joined join(List<ScannedPage> pages) throws TooLargeException {
        Objects.requireNonNull(pages, "pages");
        if (pages.isEmpty() || pages.size() > MAX_PAGES) {
            throw new IllegalArgumentException("a document has 1 to " + MAX_PAGES + " pages, not " + pages.size());
        }
        long smallest = Long.MAX_VALUE;
        for (float quality : qualities) {
            byte[] pdf = write(pages, quality);
            if (pdf.length <= maxBytes) {
                return new Joined(pdf, pages.size(), quality);
            }
            smallest = Math.min(smallest, pdf.length);
        }
        throw new TooLargeException("the " + pages.size() + " pages make a PDF of " + smallest
                + " bytes even at the lowest quality, over the limit of " + maxBytes + " bytes: scan fewer pages "
                + "into this document");
    }

    private static byte[] write(List<ScannedPage> pages, float quality) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (ScannedPage page : pages) {
                PDPage a4 = new PDPage(PDRectangle.A4);
                doc.addPage(a4);
                PDImageXObject image = JPEGFactory.createFromImage(doc, page.image(), quality, page.dpi());
                float[] box = fit(page.image(), page.dpi(), PDRectangle.A4);
                try (PDPageContentStream content = new PDPageContentStream(doc, a4)) {
                    content.drawImage(image, box[0], box[1], box[2], box[3]);
                }
            }
            doc.getDocumentInformation().setProducer("onestop kiosk");
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            // in-memory output: only a broken image codec gets here
            throw new IllegalStateException("cannot write the document PDF: " + e.getMessage(), e);
        }
    }

    /** x, y, width, height in points: the scan at its real size, shrunk to fit A4 if larger, centred at the top. */
    static float[] fit(BufferedImage image, int dpi, PDRectangle page) {
        float w = image.getWidth() * 72f / dpi;
        float h = image.getHeight() * 72f / dpi;
        float scale = Math.min(1f, Math.min(page.getWidth() / w, page.getHeight() / h));
        w *= scale;
        h *= scale;
        return new float[] {(page.getWidth() - w) / 2, page.getHeight() - h, w, h};
    }
}
