package vn.onestop.kiosk.slip;

import java.time.format.DateTimeFormatter;
import vn.onestop.core.dossier.PreparationCode;
import vn.onestop.device.printer.TicketDocument;
import vn.onestop.device.printer.TicketDocument.Size;

/**
 * The preparation slip the kiosk prints instead of a receipt (Decree 118/2025: only an official receives a
 * dossier): it says plainly that it is not a receipt, carries the preparation code large and as a QR (the plain
 * code, which the counter console scans), the procedure, the documents and pages scanned and the desk's queue
 * number. Pure.
 */
public final class PreparationSlipLayout {
    /** An 8-character code: a version-1 QR, 25 mm keeps its modules over 1 mm. */
    static final int QR_MM = 25;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    public TicketDocument layout(PreparationSlip s) {
        TicketDocument.Builder b = TicketDocument.builder()
                .centered(s.centre(), true, Size.NORMAL)
                .separator()
                .centered("PHIẾU CHUẨN BỊ HỒ SƠ", true, Size.DOUBLE_HEIGHT)
                .centered("Dossier preparation slip", false, Size.NORMAL)
                .centered("KHÔNG PHẢI GIẤY TIẾP NHẬN HỒ SƠ", true, Size.NORMAL)
                .centered("This is NOT a receipt", false, Size.NORMAL)
                .separator()
                .centered("Mã chuẩn bị / Preparation code", false, Size.NORMAL)
                .centered(PreparationCode.display(s.preparationCode()), true, Size.DOUBLE)
                .qr(s.preparationCode(), QR_MM)
                .text("Thủ tục: " + s.procedureName() + " (" + s.procedureCode() + ")")
                .text("Giấy tờ đã quét / Scanned: " + s.documents() + " giấy tờ, " + s.pages() + " trang");
        if (s.queueNumber() != null) {
            b.separator()
                    .centered("Số thứ tự tại quầy / Your number", true, Size.NORMAL)
                    .centered(s.queueNumber(), true, Size.HUGE);
            if (!s.deskName().isEmpty()) {
                b.centered(s.deskName(), false, Size.NORMAL);
            }
        }
        return b.separator()
                .centered("Mang phiếu này và thẻ Căn cước đến quầy", true, Size.NORMAL)
                .centered("để cán bộ kiểm tra và tiếp nhận hồ sơ.", true, Size.NORMAL)
                .centered("Bring this slip and your ID card to the counter.", false, Size.NORMAL)
                .centered(WHEN.format(s.preparedAt()), false, Size.NORMAL)
                .feed(2)
                .build();
    }
}
