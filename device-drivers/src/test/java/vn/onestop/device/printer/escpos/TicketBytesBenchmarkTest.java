package vn.onestop.device.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.onestop.device.printer.SampleTickets;
import vn.onestop.device.printer.TicketDocument;
import vn.onestop.device.printer.virtual.EscPosInterpreter;
import vn.onestop.device.printer.virtual.RenderedTicket;
import vn.onestop.device.printer.virtual.VirtualPrinterState;
import vn.onestop.device.serial.SerialSettings;

/**
 * Bytes on the wire for the standard Vietnamese queue ticket, and the wire time they take at common baud
 * rates (8N1, 10 bits a byte), computed from the byte count: ptys ignore baud rates, so nothing here is
 * a measured serial timing. Baseline: what users of other libraries do, the whole ticket (the same paper,
 * as the virtual printer printed it for that profile) sent as one full-width raster in bands of
 * {@code raster.band.rows}. Ratios compare each mode with the baseline of its own profile. The raster modes
 * are the profiles with {@code userchars=false}; PrinterBench (kiosk-app) also covers the receipt slip.
 */
@Tag("bench")
class TicketBytesBenchmarkTest {
    private static final int[] BAUDS = {9600, 19200, 38400, 115200};
    private static final RobotoFonts FONTS = new RobotoFonts();

    @Test
    void queueTicketBytesAndWireTime() {
        TicketDocument ticket = SampleTickets.queueTicket();
        PrinterProfile generic = Profiles.load("generic-80mm").withUserChars(false);
        byte[] raster = new TicketEncoder(generic, FONTS).encode(ticket);
        byte[] userChars = new TicketEncoder(generic.withUserChars(true), FONTS).encode(ticket);
        PrinterProfile epson = Profiles.load("epson-tm-t88").withUserChars(false);
        byte[] rasterNativeQr = new TicketEncoder(epson, FONTS).encode(ticket);
        byte[] tcvn3 = new TicketEncoder(Profiles.epsonTcvn3(), FONTS).encode(ticket);
        byte[] baseline = fullWidthRaster(print(generic, raster), generic);
        byte[] baselineEpson = fullWidthRaster(print(epson, rasterNativeQr), epson);

        report("baseline_full_raster_generic80", baseline.length);
        report("baseline_full_raster_tmt88", baselineEpson.length);
        report("raster_generic80", raster.length);
        report("raster_tmt88_native_qr", rasterNativeQr.length);
        report("tcvn3_tmt88", tcvn3.length);
        report("userchars_generic80", userChars.length);
        ratio("raster_generic80", baseline.length, raster.length);
        ratio("userchars_generic80", baseline.length, userChars.length);
        ratio("raster_tmt88_native_qr", baselineEpson.length, rasterNativeQr.length);
        ratio("tcvn3_tmt88", baselineEpson.length, tcvn3.length);

        assertThat((double) baseline.length / raster.length).isGreaterThanOrEqualTo(6.0);
        assertThat((double) baselineEpson.length / rasterNativeQr.length).isGreaterThanOrEqualTo(6.0);
        assertThat(SerialSettings.of("/dev/null", 115200).wireMillis(raster.length)).isLessThan(1000.0);
        assertThat(tcvn3.length).isLessThan(1024);
        assertThat(userChars.length * 2).isLessThan(raster.length);
    }

    private static RenderedTicket print(PrinterProfile profile, byte[] bytes) {
        List<RenderedTicket> out = new ArrayList<>();
        new EscPosInterpreter(profile, FONTS, new VirtualPrinterState(), out::add, b -> { })
                .accept(bytes, bytes.length);
        return out.get(0);
    }

    /** ESC @, the paper image as full-width GS v 0 bands (no cropping, no feeds), cut. */
    private static byte[] fullWidthRaster(RenderedTicket printed, PrinterProfile profile) {
        MonoBitmap paper = MonoBitmap.fromImage(printed.image());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(EscPos.ESC);
        out.write(EscPos.INIT);
        for (int y = 0; y < paper.height(); y += profile.rasterBandRows()) {
            int end = Math.min(paper.height(), y + profile.rasterBandRows());
            RasterWriter.band(paper.crop(y, end, 0, paper.widthBytes()), out);
        }
        out.writeBytes(new byte[] {EscPos.GS, EscPos.CUT, 66, 0});
        return out.toByteArray();
    }

    private static void report(String mode, int bytes) {
        System.out.println(mode + ".bytes: " + bytes + " bytes");
        for (int baud : BAUDS) {
            double ms = SerialSettings.of("/dev/null", baud).wireMillis(bytes);
            System.out.println(String.format(Locale.ROOT, "%s.wire_time_%d_baud_8N1: %.3f s", mode, baud, ms / 1000));
        }
    }

    private static void ratio(String mode, int baseline, int bytes) {
        System.out.println(String.format(Locale.ROOT, "%s.ratio_baseline_bytes_over_mode: %.1f x", mode,
                (double) baseline / bytes));
    }
}
