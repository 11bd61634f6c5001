package vn.onestop.server.dossier.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.onestop.core.slip.DocumentForm;
import vn.onestop.core.slip.ReceiptSlip;
import vn.onestop.core.slip.ReceivedDocument;
import vn.onestop.core.slip.ReturnMethod;

/**
 * Time and size of a receipt slip PDF (warm), against a one-line A5 page with the same embedded Roboto subset made
 * by PDFBox in the same run. Targets: under 150 ms and under 80 KB.
 */
@Tag("bench")
class SlipPdfBenchmark {
    private static final int WARM_UP = 40;
    private static final int RUNS = 60;
    private static final byte[] ROBOTO = SlipPdf.font("Roboto-Regular.ttf");

    @Test
    void slipPdfAgainstAOneLinePage() throws IOException {
        SlipPdf pdf = new SlipPdf(ZoneId.of("Asia/Ho_Chi_Minh"));
        ReceiptSlip slip = slip();
        for (int i = 0; i < WARM_UP; i++) {
            pdf.render(slip);
            oneLine();
        }
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] slipNanos = new long[RUNS];
        long[] lineNanos = new long[RUNS];
        long[] slipCpu = new long[RUNS];
        long[] lineCpu = new long[RUNS];
        int slipBytes = 0;
        int lineBytes = 0;
        for (int i = 0; i < RUNS; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            slipBytes = pdf.render(slip).length;
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            lineBytes = oneLine().length;
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            slipNanos[i] = t1 - t0;
            lineNanos[i] = t2 - t1;
            slipCpu[i] = c1 - c0;
            lineCpu[i] = c2 - c1;
        }
        double slipMs = median(slipNanos) / 1e6;
        double lineMs = median(lineNanos) / 1e6;
        System.out.printf("slip_pdf_warm_median: %.2f ms%n", slipMs);
        System.out.printf("slip_pdf_warm_p95: %.2f ms%n", percentile(slipNanos, 0.95) / 1e6);
        System.out.printf("one_line_pdf_warm_median: %.2f ms%n", lineMs);
        System.out.printf("slip_vs_one_line_time_ratio: %.2f x%n", slipMs / lineMs);
        // CPU time of the rendering thread: less disturbed than wall time when the machine is shared.
        double slipCpuMs = median(slipCpu) / 1e6;
        double lineCpuMs = median(lineCpu) / 1e6;
        System.out.printf("slip_pdf_cpu_median: %.2f ms%n", slipCpuMs);
        System.out.printf("one_line_pdf_cpu_median: %.2f ms%n", lineCpuMs);
        System.out.printf("slip_vs_one_line_cpu_ratio: %.2f x%n", slipCpuMs / lineCpuMs);
        System.out.printf("slip_pdf_size: %.1f KB%n", slipBytes / 1024.0);
        System.out.printf("one_line_pdf_size: %.1f KB%n", lineBytes / 1024.0);
        System.out.printf("slip_vs_one_line_size_ratio: %.2f x%n", (double) slipBytes / lineBytes);
        System.out.printf("slip_pdf_time_target: 150 ms (%s)%n", slipMs < 150 ? "met" : "MISSED");
        System.out.printf("slip_pdf_size_target: 80 KB (%s)%n", slipBytes < 80 * 1024 ? "met" : "MISSED");
        assertThat(slipBytes).isLessThan(80 * 1024);
    }

    /** The baseline: an A5 page with one line of Vietnamese in the same embedded subset font. */
    private static byte[] oneLine() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, new ByteArrayInputStream(ROBOTO), true);
            PDPage page = new PDPage(PDRectangle.A5);
            doc.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.beginText();
                out.setFont(font, 11);
                out.newLineAtOffset(40, 500);
                out.showText("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
                out.endText();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static ReceiptSlip slip() {
        return new ReceiptSlip("Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh", "Bắc Ninh", "H41.21-261125-0001",
                "Nguyễn Văn An", "001203004567", "Số 5 ngõ 12 phố Huế, phường Hai Bà Trưng, Hà Nội", "0912345678",
                "an.nguyen@example.vn", "LLTP-1", "Cấp Phiếu lý lịch tư pháp số 1 cho công dân Việt Nam", List.of(
                        new ReceivedDocument("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", DocumentForm.ORIGINAL, 1),
                        new ReceivedDocument("Bản chụp thẻ Căn cước", DocumentForm.COPY, 2),
                        new ReceivedDocument("Văn bản ủy quyền có chứng thực", DocumentForm.CERTIFIED_COPY, 1)), 1,
                10, LocalDateTime.parse("2026-11-25T08:00:31"), LocalDateTime.parse("2026-12-09T08:00"), false,
                ReturnMethod.POST, "12 Tràng Tiền, phường Hoàn Kiếm, Hà Nội", 200_000L, 25_000, "1/2026",
                "1900 0000", "OneStop H41.21", null);
    }

    private static double median(long[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(long[] values, double p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
    }
}
