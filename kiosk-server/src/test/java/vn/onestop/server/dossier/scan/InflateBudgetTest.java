package vn.onestop.server.dossier.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

/** Security review, finding 3: the ways a PDF's streams could inflate past the budget without being counted. */
class InflateBudgetTest {
    private static final long MB = 1024 * 1024;
    private final InflateBudget budget = new InflateBudget(16 * MB);

    private static byte[] deflate(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream z = new DeflaterOutputStream(out, new Deflater(9))) {
            z.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] blanks(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) ' ');
        return b;
    }

    private static byte[] pdfWithStream(String dict, byte[] data) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        pdf.writeBytes(("%PDF-1.5\n7 0 obj\n<< " + dict + " /Length " + data.length + " >>\nstream\n")
                .getBytes(StandardCharsets.US_ASCII));
        pdf.writeBytes(data);
        pdf.writeBytes("\nendstream\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        return pdf.toByteArray();
    }

    @Test
    void aStreamPastTheBudgetIsRefused() throws Exception {
        byte[] pdf = pdfWithStream("/Filter /FlateDecode", deflate(blanks((int) (17 * MB))));
        assertThatThrownBy(() -> budget.check(pdf)).isInstanceOf(ScanRejected.class).hasMessageContaining("expand");
    }

    @Test
    void aFlateChainCountsItsInnerData() throws Exception {
        // 5 MB outside, 40 MB inside: only the inner data passes the budget.
        byte[] inner = deflate(blanks((int) (40 * MB)));
        byte[] outer = deflate(concat(inner, blanks((int) (5 * MB) - inner.length)));
        byte[] pdf = pdfWithStream("/Filter [/FlateDecode /FlateDecode]", outer);
        assertThatThrownBy(() -> budget.check(pdf)).isInstanceOf(ScanRejected.class).hasMessageContaining("expand");
    }

    @Test
    void aStreamCutShortStillCountsWhatItInflated() throws Exception {
        byte[] whole = deflate(blanks((int) (40 * MB)));
        byte[] pdf = pdfWithStream("/Filter /FlateDecode", Arrays.copyOf(whole, whole.length - 8));
        assertThatThrownBy(() -> budget.check(pdf)).isInstanceOf(ScanRejected.class).hasMessageContaining("expand");
    }

    @Test
    void lzwIsRefusedAlsoWhenItsNameIsEscapedOrCompressed() throws Exception {
        assertThatThrownBy(() -> budget.check(pdfWithStream("/Filter /LZW#44ecode", new byte[10])))
                .isInstanceOf(ScanRejected.class).hasMessageContaining("LZW");
        byte[] objects = deflate("8 0 [/LZWDecode]".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> budget.check(pdfWithStream("/Type /ObjStm /Filter /FlateDecode", objects)))
                .isInstanceOf(ScanRejected.class).hasMessageContaining("LZW");
    }

    @Test
    void ordinaryPdfsPass() throws Exception {
        try (PDDocument d = new PDDocument()) {
            for (int i = 0; i < 20; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                d.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(d, page)) {
                    for (int line = 0; line < 200; line++) {
                        c.addRect(10, line * 4, 500, 2);
                    }
                    c.fill();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            budget.check(out.toByteArray());
        }
        budget.check(pdfWithStream("/Filter /FlateDecode", deflate(blanks((int) (15 * MB)))));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
