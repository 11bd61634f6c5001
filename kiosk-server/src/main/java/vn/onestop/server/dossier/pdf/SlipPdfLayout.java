package vn.onestop.server.dossier.pdf;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.onestop.core.slip.ReceiptSlip;
import vn.onestop.core.slip.ReceivedDocument;
import vn.onestop.core.slip.SlipText;

/** Draws Mẫu 01 (Circular 01/2018) on an A5 page: header, title, applicant, documents table, times, signatures, QR. */
final class SlipPdfLayout {
    private static final float MARGIN = 28f;
    private static final float BODY = 8.5f;
    private static final float QR_SIZE = 72f;
    private final PDFont regular;
    private final PDFont bold;
    private final ReceiptStyle style;

    SlipPdfLayout(PDFont regular, PDFont bold, ReceiptStyle style) {
        this.regular = regular;
        this.bold = bold;
        this.style = style;
    }

    /** Draws the slip on A5 pages of {@code doc}: one page, more only when the documents list is very long. */
    void draw(PDDocument doc, ReceiptSlip s) throws IOException {
        PDRectangle a5 = PDRectangle.A5;
        boolean top = style.qr() && style.qrTopLeft();
        float start = a5.getHeight() - MARGIN - 8 - (top ? QR_SIZE : 0);
        float floor = style.qr() && !top ? MARGIN + QR_SIZE + 4 : MARGIN + 44;
        try (PageWriter page = new PageWriter(doc, a5, MARGIN, start, floor)) {
            if (style.qr()) {
                qr(page, s.qrPayload(), MARGIN - 4, top ? a5.getHeight() - MARGIN + 4 - QR_SIZE : MARGIN - 4);
            }
            footer(page, s, style.qr() && !top ? MARGIN + QR_SIZE + 4 : MARGIN);
            body(page, s);
        }
    }

    private void body(PageWriter page, ReceiptSlip s) throws IOException {
        header(page, s);
        page.down(10);
        page.centred(style.title(), bold, 11.5f);
        if (!style.legalBasis().isEmpty()) {
            page.paragraph(style.legalBasis(), regular, 7f, 0);
        }
        page.centred("Mã hồ sơ: " + s.dossierCode(), bold, 10f);
        page.down(4);
        page.labelled("Nơi tiếp nhận hồ sơ: ", s.header().receivingBody(), bold, regular, BODY);
        page.labelled("Tiếp nhận hồ sơ của: ", "Ông/bà " + s.applicantName(), bold, regular, BODY);
        page.labelled("Số định danh cá nhân: ", s.applicantIdNumber(), bold, regular, BODY);
        page.labelled("Nơi cư trú: ", s.applicantAddress(), bold, regular, BODY);
        page.labelled("Số điện thoại: ", s.phone(), bold, regular, BODY);
        if (!s.email().isEmpty()) {
            page.labelled("Email: ", s.email(), bold, regular, BODY);
        }
        page.labelled("Nội dung yêu cầu giải quyết: ", s.procedureName() + " (mã " + s.procedureCode() + ")", bold,
                regular, BODY);
        page.paragraph("1. Thành phần hồ sơ nộp gồm:", regular, BODY, 0);
        table(page, s.documents());
        page.paragraph("2. Số lượng hồ sơ: " + SlipText.sets(s.sets()), regular, BODY, 0);
        page.paragraph("3. Thời gian giải quyết hồ sơ theo quy định là: " + SlipText.processingTime(s.processingDays()),
                regular, BODY, 0);
        page.paragraph("4. Thời gian nhận hồ sơ: " + SlipText.time(s.receivedAt()), regular, BODY, 0);
        page.paragraph("5. Thời gian trả kết quả giải quyết hồ sơ: " + SlipText.time(s.appointmentAt()), bold, BODY,
                0);
        if (s.appointmentProvisional()) {
            page.paragraph(SlipText.PROVISIONAL, regular, BODY, 10);
        }
        page.paragraph("6. Đăng ký nhận kết quả tại: " + s.returnMethod().nameVi(), regular, BODY, 0);
        if (!s.returnAddress().isEmpty()) {
            page.paragraph("Địa chỉ nhận kết quả: " + s.returnAddress(), regular, BODY, 10);
        }
        page.paragraph("7. " + SlipText.fees(s), regular, BODY, 0);
        page.paragraph("Vào Sổ theo dõi hồ sơ, số thứ tự: " + s.logEntry(), regular, BODY, 0);
        page.down(6);
        signatures(page, s);
    }

    private void header(PageWriter page, ReceiptSlip s) throws IOException {
        float mid = page.left() + page.width() * 0.42f;
        float top = page.y();
        if (!s.header().parentBody().isEmpty()) {
            page.centred(s.header().parentBody().toUpperCase(java.util.Locale.ROOT), regular, 7.5f, page.left(), mid);
        }
        page.centred(s.header().receivingBody().toUpperCase(java.util.Locale.ROOT), bold, 7.5f, page.left(), mid);
        float leftEnd = page.y();
        page.down(page.y() - top);
        page.centred(SlipText.NATION, bold, 7.5f, mid, page.left() + page.width());
        page.centred(SlipText.MOTTO, bold, 8f, mid, page.left() + page.width());
        float mottoWidth = PageWriter.width(SlipText.MOTTO, bold, 8f);
        float centre = (mid + page.left() + page.width()) / 2;
        page.down(-6);
        page.rule(centre - mottoWidth / 2, centre + mottoWidth / 2);
        page.down(16);
        page.centred(SlipText.placeAndDate(s.place(), s.receivedAt().toLocalDate()), regular, 8f, mid,
                page.left() + page.width());
        page.down(Math.max(0, page.y() - leftEnd));
        page.down(-4);
    }

    private void table(PageWriter page, List<ReceivedDocument> documents) throws IOException {
        float[] widths = {22, page.width() - 22 - 90 - 44, 90, 44};
        String[] heads = {"TT", "Tên giấy tờ", "Hình thức", "Số lượng"};
        row(page, widths, heads, bold);
        int n = 1;
        for (ReceivedDocument d : documents) {
            row(page, widths, new String[] {String.valueOf(n++), d.name(), d.form().nameVi(),
                String.valueOf(d.quantity())}, regular);
        }
        page.down(4);
    }

    private void row(PageWriter page, float[] widths, String[] cells, PDFont font) throws IOException {
        float size = 8f;
        float line = size * 1.3f;
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            lines = Math.max(lines, PageWriter.wrap(cells[i], font, size, widths[i] - 6).size());
        }
        float height = lines * line + 4;
        page.ensure(height + line);
        float top = page.y() + line * 0.8f;
        float x = page.left();
        float baseline = page.y();
        for (int i = 0; i < cells.length; i++) {
            page.box(x, top, widths[i], height);
            List<String> wrapped = PageWriter.wrap(cells[i], font, size, widths[i] - 6);
            for (int k = 0; k < wrapped.size(); k++) {
                page.at(x + 3, baseline - k * line, wrapped.get(k), font, size);
            }
            x += widths[i];
        }
        page.down(height);
    }

    private void signatures(PageWriter page, ReceiptSlip s) throws IOException {
        page.ensure(70);
        float mid = page.left() + page.width() / 2;
        float right = page.left() + page.width();
        float top = page.y();
        page.centred("NGƯỜI NỘP HỒ SƠ", bold, 8f, page.left(), mid);
        page.centred("(Ký và ghi rõ họ tên)", regular, 7f, page.left(), mid);
        page.down(28);
        page.centred(s.applicantName(), regular, 8f, page.left(), mid);
        page.down(page.y() - top);
        page.centred(style.receiverHeading(), bold, 8f, mid, right);
        page.centred("(Ký và ghi rõ họ tên)", regular, 7f, mid, right);
        page.down(28);
        page.centred(style.receiverName(), regular, 7f, mid, right);
    }

    private void footer(PageWriter foot, ReceiptSlip s, float x) throws IOException {
        if (style.qr()) {
            foot.at(x, MARGIN + 40, "Quét mã QR để tra cứu tình trạng hồ sơ tại kiosk.", regular, 7f);
        }
        foot.at(x, MARGIN + 27, "Đường dây nóng phản ánh, kiến nghị: " + s.hotline(), bold, 7.5f);
        foot.at(x, MARGIN + 14, "Mang theo giấy này và thẻ Căn cước (hoặc thẻ CCCD còn hạn) khi nhận kết quả.", regular,
                7f);
        if (!s.header().formNote().isEmpty()) {
            foot.at(x, MARGIN + 2, s.header().formNote(), regular, 6f);
        }
    }

    static void qr(PageWriter page, String payload, float x, float bottom) throws IOException {
        ByteMatrix m;
        try {
            m = Encoder.encode(payload, ErrorCorrectionLevel.M, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"))
                    .getMatrix();
        } catch (WriterException e) {
            throw new IOException("The slip's QR payload cannot be encoded: " + e.getMessage(), e);
        }
        float module = QR_SIZE / m.getWidth();
        for (int row = 0; row < m.getHeight(); row++) {
            int col = 0;
            while (col < m.getWidth()) {
                if (m.get(col, row) != 1) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < m.getWidth() && m.get(col, row) == 1) {
                    col++;
                }
                page.rect(x + start * module, bottom + (m.getHeight() - 1 - row) * module, (col - start) * module,
                        module);
            }
        }
        page.fill();
    }
}
