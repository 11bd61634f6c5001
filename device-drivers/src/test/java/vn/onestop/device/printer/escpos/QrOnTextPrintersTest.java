package vn.onestop.device.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.device.printer.SampleTickets;
import vn.onestop.device.printer.TicketDocument;
import vn.onestop.device.printer.escpos.PrinterProfile.Graphics;
import vn.onestop.device.printer.virtual.EscPosInterpreter;
import vn.onestop.device.printer.virtual.RenderedTicket;
import vn.onestop.device.printer.virtual.VirtualPrinterState;
import vn.onestop.testkit.QrTools;
import vn.onestop.testkit.RequiresQrTools;

/**
 * The QR code on printers without {@code GS ( k} (the generic profile): as enlarged user-defined characters
 * (one bit a module), or as a raster at half resolution doubled by the printer ({@code GS v 0} mode 3), or at
 * full resolution. Each is printed by the virtual printer and read back from its PNG by ZXing and zbarimg; the
 * virtual printer's {@code GS v 0} scaling is checked dot for dot.
 */
class QrOnTextPrintersTest {
    private static final RobotoFonts FONTS = new RobotoFonts();

    private static RenderedTicket print(PrinterProfile profile, byte[] bytes) {
        List<RenderedTicket> out = new ArrayList<>();
        new EscPosInterpreter(profile, FONTS, new VirtualPrinterState(), out::add, b -> { })
                .accept(bytes, bytes.length);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    private static String zbar(RenderedTicket ticket, Path dir, String name) throws IOException, InterruptedException {
        Path png = dir.resolve(name + ".png");
        ImageIO.write(ticket.image(), "png", png.toFile());
        return QrTools.zbarimg(png);
    }

    /** Raster mode byte m of every GS v 0 in the stream. */
    private static List<Integer> rasterModes(byte[] b) {
        List<Integer> modes = new ArrayList<>();
        for (int i = 0; i + 3 < b.length; i++) {
            if (b[i] == EscPos.GS && b[i + 1] == EscPos.RASTER && b[i + 2] == '0') {
                modes.add((int) b[i + 3]);
            }
        }
        return modes;
    }

    @Test
    @RequiresQrTools
    void queueTicketQrAsEnlargedUserCharactersReadsBackWithTheSameText(@TempDir Path dir) throws Exception {
        PrinterProfile generic = Profiles.load("generic-80mm");
        assertThat(generic.graphics().qrUserChars()).isTrue();
        byte[] bytes = new TicketEncoder(generic, FONTS).encode(SampleTickets.queueTicket());
        RenderedTicket ticket = print(generic, bytes);

        assertThat(rasterModes(bytes)).as("no raster at all").isEmpty();
        assertThat(ticket.rasters()).isEmpty();
        assertThat(QrDecoding.zxing(ticket.image())).isEqualTo(SampleTickets.QR_PAYLOAD);
        assertThat(zbar(ticket, dir, "tiles")).isEqualTo(SampleTickets.QR_PAYLOAD);
        String rule = "-".repeat(generic.charsPerLine());
        assertThat(ticket.textLines()).containsExactly("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Tỉnh Bắc Ninh", rule,
                "Cấp đổi thẻ Căn cước", "SỐ THỨ TỰ", "1027", "Số người đang chờ: 12", "Quầy: 3, 4, 5",
                "25/11/2026 08:42", "Quét mã để theo dõi lượt của bạn", rule, "Xin cảm ơn quý khách!");
        assertThat(ticket.unknownCommands()).isEmpty();

        byte[] raster = new TicketEncoder(generic.withGraphics(new Graphics(true, false)), FONTS)
                .encode(SampleTickets.queueTicket());
        assertThat(raster.length - bytes.length).as("bytes saved against the half-resolution raster")
                .isGreaterThan(1000);
    }

    @Test
    void qrModulesPrintAtTheSizeAskedFor() {
        // 30 mm at 203 dpi over 33 modules: 7 dots a module, the QR 231 dots wide (6-dot modules as raster).
        PrinterProfile generic = Profiles.load("generic-80mm");
        TicketDocument qrOnly = TicketDocument.builder().qr(SampleTickets.QR_PAYLOAD, 30).build();
        assertThat(inkWidth(print(generic, new TicketEncoder(generic, FONTS).encode(qrOnly)))).isEqualTo(33 * 7);
        PrinterProfile raster = generic.withGraphics(new Graphics(true, false));
        assertThat(inkWidth(print(raster, new TicketEncoder(raster, FONTS).encode(qrOnly)))).isEqualTo(33 * 6);
        PrinterProfile full = generic.withGraphics(Graphics.BASIC);
        assertThat(inkWidth(print(full, new TicketEncoder(full, FONTS).encode(qrOnly)))).isEqualTo(33 * 7);
    }

    @Test
    @RequiresQrTools
    void rasterQrAtHalfResolutionOnlyWherePrinterDoublesBitsAndBothRead(@TempDir Path dir) throws Exception {
        PrinterProfile generic = Profiles.load("generic-80mm");
        PrinterProfile scaled = generic.withGraphics(new Graphics(true, false));
        PrinterProfile plain = generic.withGraphics(Graphics.BASIC);
        byte[] half = new TicketEncoder(scaled, FONTS).encode(SampleTickets.queueTicket());
        byte[] full = new TicketEncoder(plain, FONTS).encode(SampleTickets.queueTicket());

        assertThat(rasterModes(half)).containsExactly(3);
        assertThat(rasterModes(full)).containsExactly(0);
        RenderedTicket halfTicket = print(scaled, half);
        RenderedTicket fullTicket = print(plain, full);
        assertThat(QrDecoding.zxing(halfTicket.image())).isEqualTo(SampleTickets.QR_PAYLOAD);
        assertThat(zbar(halfTicket, dir, "half")).isEqualTo(SampleTickets.QR_PAYLOAD);
        assertThat(QrDecoding.zxing(fullTicket.image())).isEqualTo(SampleTickets.QR_PAYLOAD);
        assertThat(zbar(fullTicket, dir, "full")).isEqualTo(SampleTickets.QR_PAYLOAD);
        assertThat(halfTicket.textLines()).isEqualTo(fullTicket.textLines());
        // 7-dot modules at full resolution (29 bytes x 231 rows) against 3-bit ones doubled (13 x 99).
        assertThat(full.length - half.length).isGreaterThan(5000);
    }

    @Test
    void virtualPrinterScalesRasterBitsAsGsV0ModesSay() {
        // One band 1 byte wide and 2 rows: 4 inked dots, then a blank row. Modes 0..3 (and '0'..'3').
        PrinterProfile generic = Profiles.load("generic-80mm");
        int[][] expected = {{4, 1}, {8, 1}, {4, 2}, {8, 2}};
        for (int m = 0; m < 4; m++) {
            for (int base : new int[] {0, '0'}) {
                byte[] bytes = {0x1B, 0x40, 0x1D, 0x76, 0x30, (byte) (base + m), 1, 0, 2, 0, (byte) 0xF0, 0,
                    0x1D, 0x56, 66, 0};
                RenderedTicket ticket = print(generic, bytes);
                assertThat(new int[] {inkWidth(ticket), inkHeight(ticket)}).as("mode %d", base + m)
                        .containsExactly(expected[m]);
            }
        }
    }

    /** Width of the inked columns of the whole ticket (only the QR is on it). */
    private static int inkWidth(RenderedTicket ticket) {
        int[] box = inkBox(ticket);
        return box[2] - box[0] + 1;
    }

    private static int inkHeight(RenderedTicket ticket) {
        int[] box = inkBox(ticket);
        return box[3] - box[1] + 1;
    }

    /** Left, top, right, bottom of the ink on the ticket. */
    private static int[] inkBox(RenderedTicket ticket) {
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int y = 0; y < ticket.image().getHeight(); y++) {
            for (int x = 0; x < ticket.image().getWidth(); x++) {
                if ((ticket.image().getRGB(x, y) & 0xFF) < 128) {
                    box[0] = Math.min(box[0], x);
                    box[1] = Math.min(box[1], y);
                    box[2] = Math.max(box[2], x);
                    box[3] = Math.max(box[3], y);
                }
            }
        }
        return box;
    }
}
