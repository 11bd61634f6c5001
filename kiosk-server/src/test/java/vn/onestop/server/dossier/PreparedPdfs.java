package vn.onestop.server.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Scanned-document PDFs as a kiosk sends them: pages of a given size with a drawn mark so contents differ. */
final class PreparedPdfs {
    private PreparedPdfs() {}

    static byte[] a4(int pages, int mark) {
        return of(PDRectangle.A4, pages, mark);
    }

    static byte[] of(PDRectangle size, int pages, int mark) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.addRect(50 + mark, 50 + i, 100, 100);
                    s.fill();
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
