package vn.onestop.kiosk.desk;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import vn.onestop.device.printer.TicketDocument;
import vn.onestop.device.printer.TicketDocument.Size;
import vn.onestop.kiosk.flow.IssuedTicket;
import vn.onestop.kiosk.flow.TicketOrder;
import vn.onestop.kiosk.flow.TicketQr;

/** The queue ticket as printed: Vietnamese first, English second, the number large, a QR of the ticket. */
public final class TicketLayout {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private final String centreVi;
    private final String centreEn;
    private final ZoneId zone;

    public TicketLayout(String centreVi, String centreEn, ZoneId zone) {
        this.centreVi = centreVi;
        this.centreEn = centreEn;
        this.zone = zone;
    }

    /**
     * What the QR code on a ticket holds: the link for the citizen's phone when the server gave one (issue 24), else
     * {@code ONESTOP-TICKET|<number>|<ticket id>}; the kiosk reads both back ({@link TicketQr}).
     */
    public static String qrPayload(IssuedTicket t) {
        return TicketQr.payload(t);
    }

    public TicketDocument document(IssuedTicket t, TicketOrder order) {
        TicketDocument.Builder b = TicketDocument.builder()
                .centered(centreVi, true, Size.NORMAL)
                .centered(centreEn, false, Size.NORMAL)
                .separator()
                .centered("SỐ THỨ TỰ / YOUR NUMBER", true, Size.NORMAL)
                .centered(t.displayNumber(), true, Size.HUGE);
        if (order.procedureNameVi() != null) {
            b.centered(order.procedureNameVi(), false, Size.NORMAL);
        }
        if ("appointment".equals(t.priorityClass())) {
            b.centered("Lịch hẹn / Appointment", true, Size.NORMAL); // a booking checked in on time (issue 24)
        } else if (t.priorityClass() != null) {
            b.centered("Ưu tiên / Priority", true, Size.NORMAL);
        }
        if (t.waitKnown()) {
            b.centered("Người chờ trước / Ahead: " + t.peopleAhead(), false, Size.NORMAL)
                    .centered("Chờ khoảng / Wait about: " + t.waitMinutes() + " phút/min", false, Size.NORMAL);
        }
        if (t.offline()) {
            b.centered("Cấp khi ngoại tuyến / Issued offline", false, Size.NORMAL);
        }
        b.centered(WHEN.format(t.issuedAt().atZone(zone)), false, Size.NORMAL)
                .qr(qrPayload(t), 30);
        if (t.followUrl() != null) {
            b.centered("Quét để theo dõi lượt / Scan to follow your turn", false, Size.NORMAL);
        }
        return b.centered("Vui lòng chờ gọi số / Please wait for your number", false, Size.NORMAL)
                .feed(2)
                .build();
    }
}
