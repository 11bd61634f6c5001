package vn.onestop.server.dossier.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import vn.onestop.core.slip.DocumentForm;
import vn.onestop.core.slip.ReceiptSlip;
import vn.onestop.core.slip.ReceivedDocument;
import vn.onestop.core.slip.ReturnMethod;

/**
 * The receipt slip an archive keeps is a real PDF/A-2b, as veraPDF (the reference validator) sees it; and the check
 * is not blind: the same slip without its sRGB output intent is reported non-compliant.
 */
class SlipPdfAValidationTest {
    private static final SlipPdf PDF = new SlipPdf(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** Diacritics in every field, a postal return address (and fee), three documents and the QR code. */
    private static ReceiptSlip slip() {
        return new ReceiptSlip("Trung tâm Phục vụ hành chính công tỉnh Thừa Thiên Huế", "Huế", "H57.22-261126-0007",
                "Nguyễn Thị Ánh Tuyết", "046190000789", "Số 7 kiệt 15 đường Lê Lợi, phường Vĩnh Ninh, thành phố Huế",
                "0914567890", "tuyet.nguyen@example.vn", "HT-KS", "Đăng ký khai sinh có yếu tố nước ngoài", List.of(
                        new ReceivedDocument("Tờ khai đăng ký khai sinh", DocumentForm.ORIGINAL, 1),
                        new ReceivedDocument("Giấy chứng sinh do cơ sở y tế cấp", DocumentForm.ORIGINAL, 1),
                        new ReceivedDocument("Bản chụp hộ chiếu của người mẹ (Phạm Thị Hương)", DocumentForm.COPY, 2)),
                1, 15, LocalDateTime.parse("2026-11-26T09:41:05"), LocalDateTime.parse("2026-12-17T14:00"), false,
                ReturnMethod.POST, "Thôn Đông Phước, xã Hương Toàn, thị xã Hương Trà, Thừa Thiên Huế", 75_000L,
                30_000, "7/2026", "1900 1234", "OneStop H57.22", null);
    }

    @Test
    void theReceiptSlipIsPdfA2b() {
        PdfAValidation result = PdfAValidation.of(PDF.render(slip()));

        assertThat(result.failedRules()).withFailMessage(result.report()).isEmpty();
        assertThat(result.compliant()).withFailMessage(result.report()).isTrue();
        assertThat(result.checks()).as("veraPDF checked the fonts, page and metadata").isGreaterThan(100);
    }

    /** Thirty documents over three pages, returned at the counter, no e-mail, a provisional appointment. */
    @Test
    void aSlipContinuedOnFurtherPagesIsPdfA2bToo() throws Exception {
        ReceiptSlip postal = slip();
        List<ReceivedDocument> many = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            many.add(new ReceivedDocument("Giấy tờ kèm theo số " + i + " (bản kê khai chi tiết các thành viên trong hộ)",
                    DocumentForm.CERTIFIED_COPY, i));
        }
        ReceiptSlip counter = new ReceiptSlip(postal.centreName(), postal.place(), postal.dossierCode(),
                "Đặng Quốc Hưng", "048095001234", postal.applicantAddress(), "", "", "CT-TAMTRU", "Đăng ký tạm trú",
                many, 2, 3, postal.receivedAt(), postal.appointmentAt(), true, ReturnMethod.COUNTER, "", null, 0,
                "8/2026", postal.hotline(), postal.issuingSystem(), postal.header());
        byte[] pdf = PDF.render(counter);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(3);
        }

        PdfAValidation result = PdfAValidation.of(pdf);

        assertThat(result.failedRules()).withFailMessage(result.report()).isEmpty();
        assertThat(result.compliant()).withFailMessage(result.report()).isTrue();
    }

    @Test
    void theSlipWithoutItsOutputIntentIsReportedNonCompliant() throws Exception {
        byte[] withoutIntent;
        try (PDDocument doc = Loader.loadPDF(PDF.render(slip()))) {
            doc.getDocumentCatalog().getCOSObject().removeItem(COSName.OUTPUT_INTENTS);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            withoutIntent = out.toByteArray();
        }

        PdfAValidation result = PdfAValidation.of(withoutIntent);

        assertThat(result.compliant()).withFailMessage(result.report()).isFalse();
        // DeviceRGB may only be used with an RGB output intent (ISO 19005-2, 6.2.4.3).
        assertThat(result.failedRules()).withFailMessage(result.report())
                .anyMatch(rule -> rule.startsWith("clause 6.2.4.3, test 2 "));
    }
}
