package vn.onestop.device.printer;

import vn.onestop.device.printer.TicketDocument.Align;
import vn.onestop.device.printer.TicketDocument.Size;

/** The standard Vietnamese queue ticket used by tests, the golden file and the benchmark. */
public final class SampleTickets {
    public static final String QR_PAYLOAD = "HCC-BN|1027|Cấp đổi thẻ Căn cước|25/11/2026 08:42";

    private SampleTickets() {
    }

    public static TicketDocument queueTicket() {
        return TicketDocument.builder()
                .centered("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", true, Size.NORMAL)
                .centered("Tỉnh Bắc Ninh", false, Size.NORMAL)
                .separator()
                .centered("Cấp đổi thẻ Căn cước", true, Size.DOUBLE_HEIGHT)
                .centered("SỐ THỨ TỰ", false, Size.NORMAL)
                .centered("1027", true, Size.HUGE)
                .centered("Số người đang chờ: 12", false, Size.NORMAL)
                .text("Quầy: 3, 4, 5", Align.LEFT, false, Size.NORMAL)
                .text("25/11/2026 08:42", Align.RIGHT, false, Size.NORMAL)
                .qr(QR_PAYLOAD, 30)
                .centered("Quét mã để theo dõi lượt của bạn", false, Size.NORMAL)
                .separator()
                .centered("Xin cảm ơn quý khách!", false, Size.NORMAL)
                .build();
    }
}
