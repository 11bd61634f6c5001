package vn.onestop.kiosk.slip;

import java.util.List;
import java.util.Optional;
import vn.onestop.core.catalogue.CitizenText;
import vn.onestop.core.catalogue.FilingChannel;
import vn.onestop.core.catalogue.GuideText;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.QueueService;
import vn.onestop.device.printer.TicketDocument;
import vn.onestop.device.printer.TicketDocument.Align;
import vn.onestop.device.printer.TicketDocument.Size;

/**
 * The online-filing guide slip on thermal paper: the procedure, what to have ready (the catalogue's common items
 * and the procedure's documents), the steps on the portal or in VNeID, the QR that opens the procedure on the
 * citizen's phone, and the centre's assisted-filing desk. Vietnamese, with English headings. Pure.
 */
public final class GuideSlipLayout {
    /** The link is up to 300 characters: 36 mm keeps a version-10 code's modules near 0.6 mm, readable by phones. */
    static final int QR_MM = 36;

    private final String centreVi;

    public GuideSlipLayout(String centreVi) {
        this.centreVi = centreVi;
    }

    public TicketDocument layout(Procedure p, Optional<QueueService> helpDesk) {
        TicketDocument.Builder b = TicketDocument.builder()
                .centered(centreVi, true, Size.NORMAL)
                .separator()
                .centered("HƯỚNG DẪN NỘP HỒ SƠ TRỰC TUYẾN", true, Size.DOUBLE_HEIGHT)
                .centered("Online filing guide", false, Size.NORMAL)
                .text(p.nameVi(), Align.LEFT, true, Size.NORMAL);
        if (!p.filing().nationalCode().isEmpty()) {
            b.text("Mã thủ tục / Procedure code: " + p.filing().nationalCode());
        }
        if (p.channel() == FilingChannel.ONLINE_ONLY) {
            b.text("Thủ tục chỉ nộp trực tuyến (Chỉ thị 24/CT-TTg) / Filed online only");
        }
        b.separator().text("CHUẨN BỊ / HAVE READY:", Align.LEFT, true, Size.NORMAL);
        for (GuideText t : p.filing().ready()) {
            b.text("[ ] " + t.vi());
        }
        for (String doc : CitizenText.documents(p)) {
            b.text("[ ] " + doc);
        }
        b.text("CÁC BƯỚC / STEPS:", Align.LEFT, true, Size.NORMAL);
        List<GuideText> steps = p.onlineSteps();
        for (int i = 0; i < steps.size(); i++) {
            b.text((i + 1) + ". " + steps.get(i).vi());
        }
        b.separator()
                .qr(p.filing().portalUrl(), QR_MM)
                .centered("Quét mã để mở trên điện thoại", false, Size.NORMAL)
                .centered("Scan to open on your phone", false, Size.NORMAL);
        helpDesk.ifPresent(desk -> b.separator()
                .centered("Cần hỗ trợ? / Need help?", true, Size.NORMAL)
                .centered("Quầy " + desk.nameVi() + " (số " + desk.code() + ")", false, Size.NORMAL)
                .centered("Lấy số tại ki-ốt: \"Nhờ cán bộ hỗ trợ\"", false, Size.NORMAL));
        return b.feed(2).build();
    }
}
