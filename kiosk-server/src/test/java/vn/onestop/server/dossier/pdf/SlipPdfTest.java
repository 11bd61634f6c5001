package vn.onestop.server.dossier.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.slip.DocumentForm;
import vn.onestop.core.slip.ReceiptSlip;
import vn.onestop.core.slip.ReceivedDocument;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.core.slip.SlipHeader;
import vn.onestop.testkit.PdfTools;
import vn.onestop.testkit.RequiresPdfTools;

/** Slips that do not fit one A5 page continue on the next; counter return has no postal lines. */
class SlipPdfTest {
    @TempDir
    Path dir;

    private static ReceiptSlip slip(List<ReceivedDocument> documents, ReturnMethod method, boolean provisional) {
        return new ReceiptSlip("Trung tâm Phục vụ hành chính công", "Hà Nội", "H41.21-261125-0042", "Trần Thị Bình",
                "079301000123", "Ấp 3, xã Tân Phú, TP. Hồ Chí Minh", "0987654321", "", "CT-TAMTRU",
                "Đăng ký tạm trú", documents, 2, 3, LocalDateTime.parse("2026-12-31T16:10"),
                LocalDateTime.parse("2027-01-07T07:30"), provisional, method, "", null, 0, "999/2026", "1900 0000",
                "OneStop H41.21", null);
    }

    @Test
    @RequiresPdfTools
    void aLongDocumentsListContinuesOnASecondPageAndLosesNothing() throws Exception {
        List<ReceivedDocument> many = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            many.add(new ReceivedDocument("Giấy tờ kèm theo số " + i + " (bản kê khai chi tiết các thành viên trong hộ)",
                    DocumentForm.CERTIFIED_COPY, i));
        }
        Path file = dir.resolve("long.pdf");
        Files.write(file, new SlipPdf(ZoneId.of("Asia/Ho_Chi_Minh")).render(slip(many, ReturnMethod.COUNTER, true)));
        assertThat(PdfTools.run("pdfinfo", file).output()).containsPattern("Pages:\\s+3\\n"); // 30 two-line rows: page 1 holds a few, pages 2 and 3 the rest
        String text = PdfTools.run("pdftotext", "-enc", "UTF-8", file, "-").output();
        assertThat(text).contains("Giấy tờ kèm theo số 1 ", "Giấy tờ kèm theo số 30 ", "Bản sao chứng thực",
                "NGƯỜI TIẾP NHẬN HỒ SƠ", "02 bộ", "Nhận tại bộ phận một cửa", "Theo quy định của tỉnh",
                "(dự kiến: cán bộ sẽ xác nhận lại ngày hẹn)", "07 giờ 30 phút, ngày 07/01/2027");
        assertThat(text).doesNotContain("cước bưu chính").doesNotContain("Địa chỉ nhận kết quả");
        assertThat(PdfTools.run("qpdf", "--check", file).exit()).isZero();
    }

    @Test
    void theHeaderNamesTheConfiguredReceivingBodyAndTheFootCitesDecree118AndTheNewCard() throws Exception {
        ReceiptSlip base = slip(List.of(new ReceivedDocument("Tờ khai thay đổi thông tin cư trú (CT01)",
                DocumentForm.ORIGINAL, 1)), ReturnMethod.POST, false);
        ReceiptSlip s = new ReceiptSlip(base.centreName(), base.place(), base.dossierCode(), base.applicantName(),
                base.applicantIdNumber(), "Số 12 ngõ 34 phố Hàng Bông, Phường Hàng Bông, Quận Hoàn Kiếm, Thành phố Hà Nội",
                base.phone(), base.email(), base.procedureCode(), base.procedureName(), base.documents(), 1, 3,
                base.receivedAt(), base.appointmentAt(), false, ReturnMethod.POST,
                "Số 12 ngõ 34 phố Hàng Bông, Phường Hoàn Kiếm, Thành phố Hà Nội", 15_000L, 25_000, "1/2026",
                "1900 0000", "OneStop H41.21", new SlipHeader("UBND phường Hoàn Kiếm",
                        "Trung tâm Phục vụ hành chính công phường Hoàn Kiếm", SlipHeader.DEFAULT_FORM_NOTE));
        Path file = dir.resolve("header.pdf");
        Files.write(file, new SlipPdf(ZoneId.of("Asia/Ho_Chi_Minh")).render(s));
        String text = PdfTools.run("pdftotext", "-enc", "UTF-8", file, "-").output().replaceAll("\\s+", " ");
        assertThat(text).contains("UBND PHƯỜNG HOÀN KIẾM", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG HOÀN KIẾM",
                "Nơi tiếp nhận hồ sơ: Trung tâm Phục vụ hành chính công phường Hoàn Kiếm",
                "Nơi cư trú: Số 12 ngõ 34 phố Hàng Bông, Phường Hàng Bông",
                "Địa chỉ nhận kết quả: Số 12 ngõ 34 phố Hàng Bông, Phường Hoàn Kiếm, Thành phố Hà Nội",
                "thẻ Căn cước", "Nghị định 118/2025/NĐ-CP");
        assertThat(text).doesNotContain("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ").doesNotContain("61/2018")
                .doesNotContain("Địa chỉ: ");
    }
}
