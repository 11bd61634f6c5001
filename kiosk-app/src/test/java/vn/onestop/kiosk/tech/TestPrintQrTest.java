package vn.onestop.kiosk.tech;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.device.printer.TicketDocument;
import vn.onestop.device.printer.escpos.PrinterProfile;
import vn.onestop.device.printer.escpos.QrCodes;
import vn.onestop.device.printer.escpos.RobotoFonts;
import vn.onestop.device.printer.virtual.RenderedTicket;
import vn.onestop.device.printer.virtual.VirtualTicketPrinter;

/** The technician's test print on the generic profile: its QR spans two rows of cells and reads back. */
class TestPrintQrTest {
    @Test
    void testPrintQrTakesTwoCellRowsAndReads(@TempDir Path out) throws Exception {
        TicketDocument doc = KioskTechnician.testTicket(Clock.fixed(Instant.parse("2026-12-05T05:00:00Z"),
                ZoneOffset.UTC));
        TicketDocument.Qr qr = doc.elements().stream().filter(TicketDocument.Qr.class::isInstance)
                .map(TicketDocument.Qr.class::cast).findFirst().orElseThrow();
        assertThat(QrCodes.matrix(qr.payload()).getHeight()).as("more modules than a 24-dot cell holds")
                .isGreaterThan(24);

        PrinterProfile generic = PrinterProfile.load(Path.of(System.getProperty("onestop.config.dir"), "printers"),
                "generic-80mm");
        assertThat(generic.graphics().qrUserChars()).isTrue();
        VirtualTicketPrinter printer = new VirtualTicketPrinter(out, generic, new RobotoFonts(), Clock.systemUTC());
        printer.print(doc);
        RenderedTicket ticket = printer.lastTicket().orElseThrow();
        assertThat(ticket.complete()).isTrue();
        assertThat(ticket.rasters()).as("the QR as characters, not a raster").isEmpty();
        String read = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(ticket.image()))), Map.of(DecodeHintType.CHARACTER_SET, "UTF-8",
                        DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
        assertThat(read).isEqualTo(qr.payload());
    }
}
