package vn.onestop.kiosk.slip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.device.printer.TicketDocument;
import vn.onestop.kiosk.flow.FlowFixtures;

/** What the two new slips say, element by element (the GUI tests print them and read their QR codes back). */
class PreparationAndGuideSlipTest {

    private static List<String> texts(TicketDocument d) {
        return d.elements().stream().filter(e -> e instanceof TicketDocument.Text)
                .map(e -> ((TicketDocument.Text) e).text()).toList();
    }

    private static List<String> qrs(TicketDocument d) {
        return d.elements().stream().filter(e -> e instanceof TicketDocument.Qr)
                .map(e -> ((TicketDocument.Qr) e).payload()).toList();
    }

    @Test
    void thePreparationSlipSaysItIsNotAReceiptAndCarriesTheCodeAndTheNumber() {
        TicketDocument d = new PreparationSlipLayout().layout(new PreparationSlip("Trung tâm PVHCC", "ABCD2345",
                "LLTP-1", "Cấp Phiếu lý lịch tư pháp số 1", 2, 5, "A012", "Tư pháp", LocalDateTime.of(2026, 12, 5,
                9, 30)));
        assertThat(texts(d)).contains("PHIẾU CHUẨN BỊ HỒ SƠ", "KHÔNG PHẢI GIẤY TIẾP NHẬN HỒ SƠ",
                "This is NOT a receipt", "ABCD-2345", "A012", "Bring this slip and your ID card to the counter.")
                .anyMatch(t -> t.contains("2 giấy tờ, 5 trang"))
                .noneMatch(t -> t.contains("HẸN TRẢ KẾT QUẢ"));
        assertThat(qrs(d)).containsExactly("ABCD2345");
        TicketDocument noNumber = new PreparationSlipLayout().layout(new PreparationSlip("C", "ABCD2345", "X", "X",
                0, 0, null, "", LocalDateTime.of(2026, 12, 5, 9, 30)));
        assertThat(texts(noNumber)).noneMatch(t -> t.startsWith("Số thứ tự"));
    }

    @Test
    void theGuideSlipListsWhatToHaveReadyTheStepsTheLinkAndTheHelpDesk() {
        ProcedureCatalogue c = FlowFixtures.catalogue();
        Procedure p = c.byCode("CT-THUONGTRU").orElseThrow();
        TicketDocument d = new GuideSlipLayout("Trung tâm PVHCC").layout(p, c.assistedFilingService());
        assertThat(texts(d)).contains("HƯỚNG DẪN NỘP HỒ SƠ TRỰC TUYẾN", "Mã thủ tục / Procedure code: 1.004222",
                "Thủ tục chỉ nộp trực tuyến (Chỉ thị 24/CT-TTg) / Filed online only",
                "2. Tìm thủ tục «Đăng ký thường trú» (mã 1.004222)")
                .anyMatch(t -> t.startsWith("[ ] Thẻ Căn cước"))
                .anyMatch(t -> t.startsWith("7. "))
                .anyMatch(t -> t.contains("Hỗ trợ nộp hồ sơ trực tuyến"));
        assertThat(qrs(d)).containsExactly(p.filing().portalUrl());
        assertThat(texts(new GuideSlipLayout("C").layout(p, Optional.empty())))
                .noneMatch(t -> t.contains("Cần hỗ trợ"));
    }
}
