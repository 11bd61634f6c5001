package vn.onestop.kiosk.slip;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.slip.ReceiptSlip;
import vn.onestop.core.slip.SlipQr;
import vn.onestop.device.printer.escpos.PrinterProfile;
import vn.onestop.device.printer.escpos.RobotoFonts;
import vn.onestop.device.printer.virtual.RenderedTicket;
import vn.onestop.device.printer.virtual.VirtualTicketPrinter;
import vn.onestop.testkit.RequiresDisplay;
import vn.onestop.testkit.QrTools;
import vn.onestop.testkit.RequiresQrTools;

/** The thermal slip printed through the virtual printer: its QR decodes to the slip's fields, its text is Mẫu 01's. */
@RequiresDisplay
class ReceiptSlipLayoutTest {
    @TempDir
    Path out;

    private static PrinterProfile profile(String name) {
        return PrinterProfile.load(Path.of(System.getProperty("onestop.config.dir"), "printers"), name);
    }

    @Test
    @RequiresQrTools
    void theQrOfThePrintedSlipDecodesToCodeProcedureAndAppointmentWithZxingAndZbar() throws Exception {
        ReceiptSlip slip = SampleSlips.postal(false);
        VirtualTicketPrinter printer = new VirtualTicketPrinter(out, profile("generic-80mm"), new RobotoFonts(),
                Clock.systemUTC());
        printer.print(new ReceiptSlipLayout().layout(slip));
        RenderedTicket ticket = printer.lastTicket().orElseThrow();
        assertThat(ticket.complete()).isTrue();
        assertThat(ticket.unknownCommands()).isEmpty();
        String zxing = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ticket.image()))), Map.of(DecodeHintType.CHARACTER_SET, "UTF-8",
                        DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
        SlipQr qr = SlipQr.parse(zxing);
        assertThat(qr.dossierCode()).isEqualTo("H41.21-261125-0001");
        assertThat(qr.procedureCode()).isEqualTo("LLTP-1");
        assertThat(qr.appointmentAt()).isEqualTo(LocalDateTime.parse("2026-12-09T08:00"));
        assertThat(qr.maskedApplicantId()).isEqualTo("001******567");
        assertThat(qr.issuingSystem()).isEqualTo("OneStop H41.21");
        assertThat(zxing).doesNotContain(SampleSlips.ID);
        Path png = printer.lastPng().orElseThrow();
        assertThat(QrTools.zbarimg(png)).isEqualTo(zxing);
        Files.copy(png, Path.of("target/receipt-slip-thermal.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void nativeTextLinesCarryTheSlipsWordsAndAMaskedId() throws Exception {
        VirtualTicketPrinter printer = new VirtualTicketPrinter(out, profile("epson-tm-t88").withTcvn3Verified(true),
                new RobotoFonts(), Clock.systemUTC());
        printer.print(new ReceiptSlipLayout().layout(SampleSlips.postal(true)));
        List<String> lines = printer.lastTicket().orElseThrow().textLines();
        String all = String.join("\n", lines);
        assertThat(lines).contains("GIẤY TIẾP NHẬN HỒ SƠ", "VÀ HẸN TRẢ KẾT QUẢ", "H41.21-261125-0001",
                "HẸN TRẢ KẾT QUẢ", "09/12/2026", "lúc 08 giờ 00 phút", "08 giờ 00 phút, ngày 25/11/2026",
                "Số định danh: 001******567", "Nhận qua dịch vụ bưu chính công ích", "Phí, lệ phí: 200.000 đ",
                "Cước bưu chính: 25.000 đ", "Tổng cộng: 225.000 đ", "Đường dây nóng: 1900 0000");
        assertThat(all).contains("(dự kiến: cán bộ sẽ xác nhận lại ngày hẹn)").contains("(Bản sao: 2)")
                .contains("12 Tràng Tiền").doesNotContain(SampleSlips.ID);
    }
}
