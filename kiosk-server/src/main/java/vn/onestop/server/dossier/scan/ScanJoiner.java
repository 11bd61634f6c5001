package vn.onestop.server.dossier.scan;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Joins one uploaded scan onto a dossier's PDF with PDFBox: a JPEG or PNG becomes one A4 page (landscape when the
 * image is wider than tall), scaled to fit and centred keeping its aspect (JPEG data is embedded as is, never
 * re-compressed); a PDF is appended page by page. The result is written to a new file and is PDF 1.4 or later
 * (Circular 13/2023 for electronic dossiers). The existing PDF is only read, so a refused upload loses nothing.
 */
final class ScanJoiner {
    /** Decode every 8th pixel of each 8th row to prove a JPEG is whole without holding it in memory. */
    private static final int CHECK_SUBSAMPLING = 8;
    private static final float MIN_VERSION = 1.4f;
    private final ScanSettings settings;
    private final InflateBudget inflateBudget;

    ScanJoiner(ScanSettings settings) {
        this.settings = settings;
        this.inflateBudget = new InflateBudget(settings.maxInflatedBytes());
    }

    /** The outcome of a join: pages in the new PDF and pages this upload added. */
    record Joined(ScanKind kind, int pageCount, int pagesAdded) {}

    /**
     * Writes {@code existing} (or nothing when null) followed by {@code upload} to {@code out}.
     *
     * @throws ScanRejected when the upload is not a usable JPEG, PNG or PDF, or would pass the page limit
     * @throws IOException when the existing PDF cannot be read or the new one cannot be written
     */
    Joined join(Path existing, byte[] upload, Path out) throws ScanRejected, IOException {
        ScanKind kind = ScanKind.sniff(upload).orElseThrow(() -> new ScanRejected(
                "The file is not a JPEG or PNG image or a PDF: scan the page again as one of those", true));
        try (PDDocument doc = existing == null ? new PDDocument()
                : Loader.loadPDF(existing.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            int before = doc.getNumberOfPages();
            if (kind == ScanKind.PDF) {
                inflateBudget.check(upload);
                try (PDDocument src = openPdf(upload)) {
                    checkRoom(before, walkedPages(src, settings.maxPages() - before + 1));
                    append(doc, src);
                    save(doc, Math.max(src.getVersion(), doc.getVersion()), out);
                }
            } else {
                checkRoom(before, 1);
                addImagePage(doc, kind, upload);
                save(doc, doc.getVersion(), out);
            }
            return new Joined(kind, doc.getNumberOfPages(), doc.getNumberOfPages() - before);
        }
    }

    /**
     * The upload's pages counted by walking its page tree, never from the tree's {@code /Count} (a file may claim one
     * page and hold 600: security review, finding 14); stops one past {@code enough}.
     */
    private static int walkedPages(PDDocument src, int enough) throws ScanRejected {
        int n = 0;
        try {
            for (java.util.Iterator<PDPage> it = src.getPages().iterator(); it.hasNext() && n <= enough; it.next()) {
                n++;
            }
        } catch (RuntimeException e) {
            throw new ScanRejected("The PDF's page list is damaged: export it again", e);
        }
        return n;
    }

    private void checkRoom(int before, int adding) throws ScanRejected {
        if (adding == 0) {
            throw new ScanRejected("The PDF has no pages", false);
        }
        if (before + adding > settings.maxPages()) {
            throw new ScanRejected("The dossier would have " + (before + adding) + " pages; at most "
                    + settings.maxPages() + " are kept in one PDF (dossier.pages.maxPages)", false);
        }
    }

    private static PDDocument openPdf(byte[] upload) throws ScanRejected {
        PDDocument src;
        try {
            src = Loader.loadPDF(upload);
        } catch (InvalidPasswordException e) {
            throw new ScanRejected("The PDF is protected by a password: save an unprotected copy and upload it", e);
        } catch (IOException e) {
            throw new ScanRejected("The PDF is damaged and cannot be read: scan or export it again", e);
        }
        if (src.isEncrypted()) {
            close(src);
            throw new ScanRejected("The PDF is encrypted (protected against changes): save an unprotected copy "
                    + "and upload it", false);
        }
        return src;
    }

    private static void append(PDDocument doc, PDDocument src) throws ScanRejected {
        try {
            new PDFMergerUtility().appendDocument(doc, src);
        } catch (IOException | RuntimeException e) {
            throw new ScanRejected("The PDF's pages cannot be copied (the file is damaged): export it again", e);
        }
    }

    private void addImagePage(PDDocument doc, ScanKind kind, byte[] upload) throws ScanRejected, IOException {
        BufferedImage decoded = decode(upload, kind == ScanKind.JPEG ? CHECK_SUBSAMPLING : 1);
        PDImageXObject image;
        try {
            image = kind == ScanKind.JPEG ? JPEGFactory.createFromByteArray(doc, upload)
                    : LosslessFactory.createFromImage(doc, decoded);
        } catch (IOException | RuntimeException e) {
            throw new ScanRejected("The image cannot be put into a PDF (unusual colour format): scan it again in "
                    + "colour or greyscale", e);
        }
        float w = image.getWidth();
        float h = image.getHeight();
        PDRectangle a4 = w > h ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                : PDRectangle.A4;
        float scale = Math.min(a4.getWidth() / w, a4.getHeight() / h);
        PDPage page = new PDPage(a4);
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.drawImage(image, (a4.getWidth() - w * scale) / 2, (a4.getHeight() - h * scale) / 2,
                    w * scale, h * scale);
        }
    }

    /** Decodes the image (every {@code step}-th pixel), refusing damaged files and sizes past the pixel limit. */
    private BufferedImage decode(byte[] upload, int step) throws ScanRejected {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ScanRejected("The image format is not readable: scan it again as JPEG or PNG", true);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > settings.maxImagePixels()) {
                    throw new ScanRejected("The image has " + pixels / 1_000_000 + " million pixels; at most "
                            + settings.maxImagePixels() / 1_000_000 + " million are accepted: scan at 300 dpi",
                            false);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new ScanRejected("The image is damaged and cannot be read: scan the page again", e);
        }
    }

    private static void save(PDDocument doc, float version, Path out) throws IOException {
        doc.setVersion(Math.max(MIN_VERSION, version));
        doc.save(out.toFile());
    }

    private static void close(PDDocument d) {
        try {
            d.close();
        } catch (IOException e) {
            // Only the upload's in-memory copy: nothing to lose.
        }
    }
}
