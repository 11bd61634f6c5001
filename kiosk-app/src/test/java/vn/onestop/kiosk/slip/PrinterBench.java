package vn.onestop.kiosk.slip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.onestop.device.printer.TicketDocument;
import vn.onestop.device.printer.TicketDocument.Align;
import vn.onestop.device.printer.TicketDocument.Size;
import vn.onestop.device.printer.escpos.MonoBitmap;
import vn.onestop.device.printer.escpos.PrinterProfile;
import vn.onestop.device.printer.escpos.RobotoFonts;
import vn.onestop.device.printer.escpos.TicketEncoder;
import vn.onestop.device.printer.escpos.UserCharSession;
import vn.onestop.device.printer.virtual.EscPosInterpreter;
import vn.onestop.device.printer.virtual.RenderedTicket;
import vn.onestop.device.printer.virtual.VirtualPrinterState;
import vn.onestop.device.serial.SerialSettings;

/**
 * Bytes and wire time (computed from the bytes at 8N1, 10 bits a byte: ptys ignore baud rates, nothing here is
 * a timed transfer) of the queue ticket and the receipt slip (Mẫu 01) in every text mode, against two baselines
 * of the same run: the full raster (the printed paper as full-width GS v 0 bands) and today's raster mode
 * (Vietnamese lines as cropped rasters, {@code userchars=false}).
 */
@Tag("bench")
class PrinterBench {
    private static final int[] BAUDS = {9600, 19200, 115200};
    private static final RobotoFonts FONTS = new RobotoFonts();

    private static PrinterProfile profile(String name) {
        return PrinterProfile.load(Path.of(System.getProperty("onestop.config.dir"), "printers"), name);
    }

    /** The queue ticket of device-drivers' SampleTickets (the one issue 26 measured). */
    static TicketDocument queueTicket() {
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
                .qr("HCC-BN|1027|Cấp đổi thẻ Căn cước|25/11/2026 08:42", 30)
                .centered("Quét mã để theo dõi lượt của bạn", false, Size.NORMAL)
                .separator()
                .centered("Xin cảm ơn quý khách!", false, Size.NORMAL)
                .build();
    }

    @Test
    void bytesAndWireTimeOfEveryModeAgainstFullRasterAndRasterMode() {
        Map<String, TicketDocument> docs = new LinkedHashMap<>();
        docs.put("ticket", queueTicket());
        docs.put("receipt", new ReceiptSlipLayout().layout(SampleSlips.postal(false)));
        for (Map.Entry<String, TicketDocument> doc : docs.entrySet()) {
            for (String name : List.of("generic-80mm", "epson-tm-t88")) {
                String tag = doc.getKey() + "_" + (name.startsWith("generic") ? "generic" : "tmt88");
                PrinterProfile userChars = profile(name).withUserChars(true);
                PrinterProfile raster = userChars.withUserChars(false);
                byte[] rasterMode = new TicketEncoder(raster, FONTS).encode(doc.getValue());
                byte[] full = fullRaster(print(raster, rasterMode), raster);
                byte[] user = new TicketEncoder(userChars, FONTS).encode(doc.getValue());
                Map<String, byte[]> modes = new LinkedHashMap<>();
                modes.put("full_raster", full);
                modes.put("raster", rasterMode);
                modes.put("userchars", user);
                modes.put("userchars_reused", warm(userChars, doc.getValue()));
                if (userChars.graphics().qrUserChars()) {
                    // The same with the QR as a half-resolution raster (GS v 0 mode 3), as before qr.userchars.
                    modes.put("userchars_qr_raster", new TicketEncoder(userChars.withGraphics(
                            new PrinterProfile.Graphics(true, false)), FONTS).encode(doc.getValue()));
                }
                if (name.startsWith("epson")) {
                    modes.put("tcvn3", new TicketEncoder(raster.withTcvn3Verified(true), FONTS).encode(doc.getValue()));
                }
                for (Map.Entry<String, byte[]> mode : modes.entrySet()) {
                    report(tag + "_" + mode.getKey(), mode.getValue().length, full.length, rasterMode.length);
                }
                assertThat(print(userChars, user).complete()).isTrue();
                assertThat(user.length * 2).isLessThan(rasterMode.length);
            }
        }
    }

    /** The second of two identical tickets on a printer that keeps its downloaded letters. */
    private static byte[] warm(PrinterProfile profile, TicketDocument doc) {
        PrinterProfile keeps = new PrinterProfile(profile.name(), profile.dotsPerLine(), profile.dpi(),
                profile.fontWidth(), profile.fontHeight(), profile.lineSpacingDots(), profile.tcvn3Lower(),
                profile.tcvn3Upper(), profile.cp1258(), profile.nativeQr(), profile.cutter(), profile.rasterBandRows(),
                profile.cancelKanji(), new PrinterProfile.UserChars(true, profile.userChars().cellWidth(),
                        profile.userChars().cellHeight(), true, profile.userChars().builtin()), profile.graphics());
        TicketEncoder encoder = new TicketEncoder(keeps, FONTS);
        UserCharSession session = new UserCharSession();
        encoder.encode(doc, session);
        return encoder.encode(doc, session);
    }

    private static RenderedTicket print(PrinterProfile profile, byte[] bytes) {
        List<RenderedTicket> out = new ArrayList<>();
        new EscPosInterpreter(profile, FONTS, new VirtualPrinterState(), out::add, b -> { })
                .accept(bytes, bytes.length);
        return out.get(0);
    }

    /** ESC @, the printed paper as full-width GS v 0 bands of raster.band.rows, cut. */
    private static byte[] fullRaster(RenderedTicket printed, PrinterProfile profile) {
        MonoBitmap paper = MonoBitmap.fromImage(printed.image());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1B, 0x40});
        for (int y = 0; y < paper.height(); y += profile.rasterBandRows()) {
            int end = Math.min(paper.height(), y + profile.rasterBandRows());
            MonoBitmap band = paper.crop(y, end, 0, paper.widthBytes());
            out.writeBytes(new byte[] {0x1D, 0x76, 0x30, 0, (byte) band.widthBytes(), (byte) (band.widthBytes() >> 8),
                (byte) band.height(), (byte) (band.height() >> 8)});
            out.writeBytes(band.data());
        }
        out.writeBytes(new byte[] {0x1D, 0x56, 66, 0});
        return out.toByteArray();
    }

    private static void report(String name, int bytes, int full, int raster) {
        System.out.println(name + "_bytes: " + bytes + " B");
        for (int baud : BAUDS) {
            double ms = SerialSettings.of("/dev/null", baud).wireMillis(bytes);
            System.out.println(String.format(Locale.ROOT, "%s_wire_%d_8N1: %.2f s", name, baud, ms / 1000));
        }
        System.out.println(String.format(Locale.ROOT, "%s_ratio_full_raster_over_mode: %.1f x", name,
                (double) full / bytes));
        System.out.println(String.format(Locale.ROOT, "%s_ratio_raster_mode_over_mode: %.1f x", name,
                (double) raster / bytes));
    }
}
