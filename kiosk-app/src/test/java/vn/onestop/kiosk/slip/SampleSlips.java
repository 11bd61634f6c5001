package vn.onestop.kiosk.slip;

import java.time.LocalDateTime;
import java.util.List;
import vn.onestop.core.slip.DocumentForm;
import vn.onestop.core.slip.ReceiptSlip;
import vn.onestop.core.slip.ReceivedDocument;
import vn.onestop.core.slip.ReturnMethod;

/** A filed dossier's slip with postal return (fictional citizen), as the server returns it. */
final class SampleSlips {
    static final String ID = "001203004567";

    private SampleSlips() {}

    static ReceiptSlip postal(boolean provisional) {
        return new ReceiptSlip("Trung tâm Phục vụ hành chính công", "Hà Nội", "H41.21-261125-0001", "Nguyễn Văn An",
                ID, "Số 5 ngõ 12 phố Huế, phường Hai Bà Trưng, Hà Nội", "0912345678", "an.nguyen@example.vn",
                "LLTP-1", "Cấp Phiếu lý lịch tư pháp số 1 cho công dân Việt Nam", List.of(
                        new ReceivedDocument("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp", DocumentForm.ORIGINAL, 1),
                        new ReceivedDocument("Bản chụp thẻ Căn cước", DocumentForm.COPY, 2)), 1, 10,
                LocalDateTime.parse("2026-11-25T08:00:31"), LocalDateTime.parse("2026-12-09T08:00"), provisional,
                ReturnMethod.POST, "12 Tràng Tiền, phường Hoàn Kiếm, Hà Nội", 200_000L, 25_000, "1/2026",
                "1900 0000", "OneStop H41.21", null);
    }
}
