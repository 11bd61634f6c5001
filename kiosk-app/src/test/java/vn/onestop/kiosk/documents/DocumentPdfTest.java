package vn.onestop.kiosk.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import vn.onestop.device.document.ScannedPage;

class DocumentPdfTest {

    /** An A4 page at 100 dpi with noisy "text" rows (noise keeps JPEG from shrinking it to nothing). */
    static ScannedPage page(long seed) {
        int w = 827;
        int h = 1169;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Random r = new Random(seed);
        byte[] data = ((java.awt.image.DataBufferByte) img.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < h; y++) {
            boolean ink = (y / 12) % 2 == 0;
            for (int x = 0; x < w; x++) {
                data[y * w + x] = (byte) (ink ? r.nextInt(256) : 235 + r.nextInt(20));
            }
        }
        return new ScannedPage(img, 100);
    }

    @Test
    void pagesBecomeOneA4PdfThatParses() throws Exception {
        DocumentPdf.Joined joined = DocumentPdf.defaults().join(List.of(page(1), page(2), page(3)));
        assertThat(joined.pages()).isEqualTo(3);
        assertThat(joined.quality()).isEqualTo(0.75f);
        try (PDDocument doc = Loader.loadPDF(joined.pdf())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
            for (PDPage p : doc.getPages()) {
                assertThat(p.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                assertThat(p.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            }
        }
    }

    @Test
    void overTheLimitIsRecompressedLowerThenRefused() throws Exception {
        List<ScannedPage> pages = List.of(page(1), page(2));
        DocumentPdf.Joined best = DocumentPdf.defaults().join(pages);
        DocumentPdf tight = new DocumentPdf(best.pdf().length - 1, List.of(0.75f, 0.3f));
        DocumentPdf.Joined lower = tight.join(pages);
        assertThat(lower.quality()).isEqualTo(0.3f);
        assertThat(lower.pdf().length).isLessThan(best.pdf().length);
        DocumentPdf tiny = new DocumentPdf(10_000, List.of(0.75f, 0.3f));
        assertThatThrownBy(() -> tiny.join(pages)).isInstanceOf(DocumentPdf.TooLargeException.class)
                .hasMessageContaining("over the limit of 10000 bytes");
    }

    @Test
    void aLargerScanIsShrunkToA4AndASmallerOneKeepsItsSize() {
        BufferedImage big = new BufferedImage(3000, 4000, BufferedImage.TYPE_BYTE_GRAY);
        float[] box = DocumentPdf.fit(big, 300, PDRectangle.A4);
        assertThat(box[2]).isLessThanOrEqualTo(PDRectangle.A4.getWidth());
        assertThat(box[3]).isLessThanOrEqualTo(PDRectangle.A4.getHeight() + 0.01f);
        BufferedImage card = new BufferedImage(1011, 638, BufferedImage.TYPE_BYTE_GRAY); // ID card at 300 dpi
        float[] cardBox = DocumentPdf.fit(card, 300, PDRectangle.A4);
        assertThat(cardBox[2]).isEqualTo(1011 * 72f / 300);
    }
}
