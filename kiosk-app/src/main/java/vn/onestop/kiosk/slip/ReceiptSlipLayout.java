package vn.onestop.kiosk.slip;

import java.util.List;
import vn.onestop.core.slip.ReceiptSlip;
import vn.onestop.core.slip.ReceivedDocument;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.core.slip.SlipText;
import vn.onestop.device.printer.TicketDocument;
import vn.onestop.device.printer.TicketDocument.Align;
import vn.onestop.device.printer.TicketDocument.Size;

/**
 * The receipt and appointment slip on 80 mm thermal paper: Mẫu 01 (Circular 01/2018; the form note and receiving
 * body come from the centre's configuration, see {@link vn.onestop.core.slip.SlipHeader}) cut down to a receipt roll,
 * with the Circular 01/2023 QR code ({@link ReceiptSlip#qrPayload()}). Pure: builds a {@link TicketDocument}, the
 * printer driver decides native text or raster.
 *
 * <p>The ID number is printed masked (001******567) like in the QR code: a thermal slip is the citizen's copy and
 * travels; the A5 PDF the centre keeps carries the full number as Mẫu 01 asks.
 */
public final class ReceiptSlipLayout {
    /** Width of the QR code on paper: the slip QR holds ~120 characters, so 40 mm keeps its modules near 1 mm. */
    static final int QR_MM = 40;

    /** The thermal slip of a registered dossier. */
    public TicketDocument layout(ReceiptSlip s) {
        TicketDocument.Builder b = TicketDocument.builder();
        if (!s.header().parentBody().isEmpty()) {
            b.centered(s.header().parentBody().toUpperCase(java.util.Locale.ROOT), false, Size.NORMAL);
        }
        b.centered(s.header().receivingBody().toUpperCase(java.util.Locale.ROOT), true, Size.NORMAL)
                .separator()
                .centered("GIẤY TIẾP NHẬN HỒ SƠ", true, Size.DOUBLE_HEIGHT)
                .centered("VÀ HẸN TRẢ KẾT QUẢ", true, Size.DOUBLE_HEIGHT)
                .centered("Mã hồ sơ", false, Size.NORMAL)
                .centered(s.dossierCode(), true, Size.DOUBLE_HEIGHT)
                .separator();
        applicant(b, s);
        b.text("Thủ tục: " + s.procedureName() + " (" + s.procedureCode() + ")");
        documents(b, s.documents());
        b.text("Số lượng hồ sơ: " + SlipText.sets(s.sets()))
                .text("Thời hạn giải quyết: " + SlipText.processingTime(s.processingDays()))
                .text("Thời gian nhận hồ sơ:")
                .text(SlipText.time(s.receivedAt()))
                .separator()
                .centered("HẸN TRẢ KẾT QUẢ", true, Size.NORMAL)
                .centered(SlipText.day(s.appointmentAt()), true, Size.DOUBLE)
                .centered(SlipText.clock(s.appointmentAt()), true, Size.DOUBLE_HEIGHT);
        if (s.appointmentProvisional()) {
            b.centered(SlipText.PROVISIONAL, false, Size.NORMAL);
        }
        b.text("Nơi nhận kết quả:", Align.LEFT, true, Size.NORMAL).text(s.returnMethod().nameVi());
        if (s.returnMethod() == ReturnMethod.POST) {
            b.text("Địa chỉ nhận: " + s.returnAddress());
        }
        fees(b, s);
        b.text("Số vào sổ: " + s.logEntry())
                .text(SlipText.placeAndDate(s.place(), s.receivedAt().toLocalDate()), Align.RIGHT, false, Size.NORMAL)
                .qr(s.qrPayload(), QR_MM)
                .centered("Quét mã để tra cứu hồ sơ tại kiosk", false, Size.NORMAL)
                .separator()
                .centered("Đường dây nóng: " + s.hotline(), true, Size.NORMAL)
                .centered("Mang theo giấy này và thẻ Căn cước", false, Size.NORMAL)
                .centered("(hoặc thẻ CCCD còn hạn) khi nhận kết quả", false, Size.NORMAL);
        if (!s.header().formNote().isEmpty()) {
            b.text(s.header().formNote(), Align.LEFT, false, Size.NORMAL);
        }
        return b.build();
    }

    private static void fees(TicketDocument.Builder b, ReceiptSlip s) {
        b.text("Phí, lệ phí: " + SlipText.money(s.feeVnd()));
        if (s.returnMethod() == ReturnMethod.POST) {
            b.text("Cước bưu chính: " + SlipText.money(s.postalFeeVnd()));
            if (s.totalVnd() != null) {
                b.text("Tổng cộng: " + SlipText.money(s.totalVnd()), Align.LEFT, true, Size.NORMAL);
            }
        }
    }

    private static void applicant(TicketDocument.Builder b, ReceiptSlip s) {
        b.text("Người nộp: " + s.applicantName())
                .text("Số định danh: " + s.maskedIdNumber())
                .text("Nơi cư trú: " + s.applicantAddress());
        if (!s.phone().isEmpty()) {
            b.text("Điện thoại: " + s.phone());
        }
        if (!s.email().isEmpty()) {
            b.text("Email: " + s.email());
        }
    }

    private static void documents(TicketDocument.Builder b, List<ReceivedDocument> documents) {
        b.text("Giấy tờ đã nhận:", Align.LEFT, true, Size.NORMAL);
        int n = 1;
        for (ReceivedDocument d : documents) {
            b.text(n++ + ". " + d.name() + " (" + d.form().nameVi() + ": " + d.quantity() + ")");
        }
    }
}
