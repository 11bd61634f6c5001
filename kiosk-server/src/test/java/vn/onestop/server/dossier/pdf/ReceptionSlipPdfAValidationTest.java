package vn.onestop.server.dossier.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.onestop.core.slip.DocumentForm;
import vn.onestop.core.slip.ReceiptSlip;
import vn.onestop.core.slip.ReceivedDocument;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.core.slip.SlipHeader;

/**
 * The slips an official issues at reception (issue 22) are PDF/A-2b as veraPDF sees them: the receipt with its QR in
 * the upper-left corner, the legal basis and the official's name, and the request-to-supplement slip.
 */
class ReceptionSlipPdfAValidationTest {
    private static final SlipPdf PDF = new SlipPdf(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void theOfficialsReceiptWithItsQrTopLeftIsPdfA2b() {
        ReceiptSlip slip = new ReceiptSlip("Trung tâm Phục vụ hành chính công tỉnh Thừa Thiên Huế", "Huế",
                "000.00.00.H57-261126-0007", "Nguyễn Thị Ánh Tuyết", "046190000789", "Số 7 kiệt 15 đường Lê Lợi, Huế",
                "0914567890", "", "HT-KS", "Đăng ký khai sinh", List.of(new ReceivedDocument(
                        "Tờ khai đăng ký khai sinh", DocumentForm.ORIGINAL, 1)), 1, 3,
                LocalDateTime.parse("2026-11-26T09:41:05"), LocalDateTime.parse("2026-12-01T09:41"), false,
                ReturnMethod.COUNTER, "", 0L, 0, "7/2026", "1900 1234", "OneStop H57.22", null);
        PdfAValidation result = PdfAValidation.of(PDF.render(slip, new ReceiptStyle("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN "
                + "TRẢ KẾT QUẢ", "Căn cứ Nghị định số 118/2025/NĐ-CP", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Trần Thị Bình", true,
                true)));
        assertThat(result.failedRules()).withFailMessage(result.report()).isEmpty();
        assertThat(result.compliant()).withFailMessage(result.report()).isTrue();
    }

    @Test
    void theSupplementSlipIsPdfA2b() {
        DecisionSlip slip = new DecisionSlip(new SlipHeader("", "Bưu cục Huế", "Mẫu số 02"), "Huế",
                "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Căn cứ Nghị định số 118/2025/NĐ-CP", "ABCD-EFGH",
                "Nguyễn Thị Ánh Tuyết", "Đăng ký khai sinh (mã HT-KS)", "Đề nghị bổ sung:", List.of(
                        "Giấy chứng sinh do cơ sở y tế cấp", "Ảnh chụp rõ nét thẻ Căn cước"), "Xin cảm ơn.",
                LocalDateTime.parse("2026-11-26T10:00"), "Trần Thị Bình", "1900 1234", "Mẫu số 02",
                "V=1|MHS=ABCDEFGH|TTHC=HT-KS|CD=046******789|GT=02|HT=OneStop|TG=2026-11-26T10:00", true);
        PdfAValidation result = PdfAValidation.of(PDF.render(slip));
        assertThat(result.failedRules()).withFailMessage(result.report()).isEmpty();
        assertThat(result.compliant()).withFailMessage(result.report()).isTrue();
    }
}
