package vn.onestop.server.dossier.pdf;

import java.io.IOException;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.onestop.core.slip.SlipText;

/** Draws a request-to-supplement or refusal slip on A5: header, title, legal basis, the items, signatures, QR. */
final class DecisionSlipLayout {
    private static final float MARGIN = 28f;
    private static final float BODY = 8.5f;
    private static final float QR_SIZE = 72f;
    private final PDFont regular;
    private final PDFont bold;

    DecisionSlipLayout(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    void draw(PDDocument doc, DecisionSlip s) throws IOException {
        PDRectangle a5 = PDRectangle.A5;
        boolean qr = s.qrPayload() != null;
        boolean top = qr && s.qrTopLeft();
        float start = a5.getHeight() - MARGIN - 8 - (top ? QR_SIZE : 0);
        float footX = qr && !top ? MARGIN + QR_SIZE + 4 : MARGIN;
        try (PageWriter page = new PageWriter(doc, a5, MARGIN, start, qr && !top ? MARGIN + QR_SIZE + 4
                : MARGIN + 30)) {
            if (qr) {
                SlipPdfLayout.qr(page, s.qrPayload(), MARGIN - 4, top ? a5.getHeight() - MARGIN + 4 - QR_SIZE
                        : MARGIN - 4);
            }
            page.at(footX, MARGIN + 14, "Đường dây nóng phản ánh, kiến nghị: " + s.hotline(), bold, 7.5f);
            page.at(footX, MARGIN + 2, s.formNote(), regular, 6f);
            body(page, s);
        }
    }

    private void body(PageWriter page, DecisionSlip s) throws IOException {
        float mid = page.left() + page.width() * 0.42f;
        float right = page.left() + page.width();
        float top = page.y();
        if (!s.header().parentBody().isEmpty()) {
            page.centred(s.header().parentBody().toUpperCase(Locale.ROOT), regular, 7.5f, page.left(), mid);
        }
        page.centred(s.header().receivingBody().toUpperCase(Locale.ROOT), bold, 7.5f, page.left(), mid);
        float leftEnd = page.y();
        page.down(page.y() - top);
        page.centred(SlipText.NATION, bold, 7.5f, mid, right);
        page.centred(SlipText.MOTTO, bold, 8f, mid, right);
        page.down(6);
        page.centred(SlipText.placeAndDate(s.place(), s.at().toLocalDate()), regular, 8f, mid, right);
        page.down(Math.max(0, page.y() - leftEnd));
        page.down(10);
        page.centred(s.title(), bold, 11f);
        page.paragraph(s.legalBasis(), regular, 7f, 0);
        page.down(4);
        page.labelled("Mã chuẩn bị hồ sơ: ", s.reference(), bold, regular, BODY);
        page.labelled("Kính gửi: ", "Ông/bà " + s.applicantName(), bold, regular, BODY);
        page.labelled("Thủ tục: ", s.procedureName(), bold, regular, BODY);
        page.paragraph(s.intro(), regular, BODY, 0);
        int n = 1;
        for (String item : s.items()) {
            page.paragraph(n++ + ". " + item, regular, BODY, 10);
        }
        page.paragraph(s.closing(), regular, BODY, 0);
        page.paragraph("Thời gian: " + SlipText.time(s.at()), regular, BODY, 0);
        page.down(6);
        page.ensure(60);
        page.centred("NGƯỜI TIẾP NHẬN HỒ SƠ", bold, 8f, mid, right);
        page.centred("(Ký và ghi rõ họ tên)", regular, 7f, mid, right);
        page.down(24);
        page.centred(s.officialName(), regular, 8f, mid, right);
    }
}
