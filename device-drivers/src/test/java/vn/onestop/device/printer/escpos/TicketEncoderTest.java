package vn.onestop.device.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import vn.onestop.device.printer.TicketDocument;
import vn.onestop.device.printer.TicketDocument.Align;
import vn.onestop.device.printer.TicketDocument.Size;

class TicketEncoderTest {
    private static final RobotoFonts FONTS = new RobotoFonts();
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    @Test
    void asciiLineGoesAsPrinterTextWithModesAndCut() {
        byte[] bytes = new TicketEncoder(Profiles.load("epson-tm-t88"), FONTS)
                .encode(TicketDocument.builder().centered("1027", true, Size.HUGE).build());
        assertThat(hex(bytes)).isEqualTo(
                "1B 40 1B 33 1E " // initialise, line spacing 30 dots
                + "1B 61 01 1B 45 01 1D 21 33 " // centre, bold, 4x4
                + "31 30 32 37 0A " // "1027" LF
                + "1D 56 42 00"); // feed to cutter, partial cut
    }

    @Test
    void chineseProfileCancelsKanjiFirst() {
        byte[] bytes = new TicketEncoder(Profiles.load("generic-80mm"), FONTS)
                .encode(TicketDocument.builder().text("A").build());
        assertThat(hex(bytes)).isEqualTo("1B 40 1C 2E 1B 33 1E 41 0A 1D 56 42 00");
    }

    @Test
    void tcvn3SwitchesBetweenLowerAndUpperTables() {
        byte[] bytes = new TicketEncoder(Profiles.epsonTcvn3(), FONTS)
                .encode(TicketDocument.builder().text("Ô tô SỐ số").build());
        assertThat(hex(bytes)).isEqualTo("1B 40 1B 33 1E "
                + "1B 74 1F AB " // table 31 (upper): Ô at AB, as in Epson's page 31
                + "20 74 1B 74 1E AB " // " t", table 30 (lower): ô at AB
                + "20 53 1B 74 1F E8 " // " S", table 31 (upper): Ố at the code of ố
                + "20 73 1B 74 1E E8 " // " s", back to table 30: ố
                + "0A 1D 56 42 00");
    }

    @Test
    void nativeQrCountsUtf8BytesNotCharacters() {
        String payload = "Cấp đổi";
        byte[] utf8 = payload.getBytes(StandardCharsets.UTF_8);
        assertThat(utf8.length).isEqualTo(12);
        byte[] bytes = new TicketEncoder(Profiles.load("epson-tm-t88"), FONTS)
                .encode(TicketDocument.builder().qr(payload, 20).build());
        String store = "1D 28 6B 0F 00 31 50 30 " + hex(utf8); // 12 bytes + 3 = 0x0F
        assertThat(hex(bytes)).contains("1D 28 6B 04 00 31 41 32 00") // model 2
                .contains("1D 28 6B 03 00 31 45 31") // level M
                .contains(store)
                .contains("1D 28 6B 03 00 31 51 30"); // print
    }

    @Test
    void vietnameseWithoutVerifiedTableOrUserCharsGoesAsCroppedRasterWithFeedsForBlankRows() {
        PrinterProfile profile = Profiles.load("generic-80mm").withUserChars(false);
        TicketEncoder encoder = new TicketEncoder(profile, FONTS);
        MonoBitmap line = encoder.rasterizer().render("Số người đang chờ", false, Size.NORMAL);

        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        new RasterWriter(profile.rasterBandRows()).write(line, expected);
        byte[] bytes = encoder.encode(TicketDocument.builder().text("Số người đang chờ", Align.CENTER, false,
                Size.NORMAL).build());

        assertThat(hex(bytes)).isEqualTo("1B 40 1C 2E 1B 33 1E 1B 61 01 " + hex(expected.toByteArray())
                + " 1D 56 42 00");
        assertThat(hex(expected.toByteArray())).startsWith("1B 4A"); // blank rows above the marks: a feed
        int widthBytes = expected.toByteArray()[hex(expected.toByteArray()).indexOf("1D 76") / 3 + 4];
        assertThat(widthBytes).isLessThan(profile.dotsPerLine() / 8 / 2); // cropped to the ink, not 72 bytes
    }

    @Test
    void blankRowsInsideARasterBecomeFeedsAndBandsHaveExactLength() {
        byte[] data = new byte[2 * 6];
        data[0] = (byte) 0x80; // row 0 inked
        data[11] = 0x01; // row 5 inked, second byte column
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new RasterWriter(960).write(new MonoBitmap(2, 6, data), out);
        assertThat(hex(out.toByteArray())).isEqualTo(
                "1D 76 30 00 02 00 01 00 80 00 " // row 0: 2 bytes x 1 row
                + "1B 4A 04 " // rows 1-4 blank: feed 4 dots
                + "1D 76 30 00 02 00 01 00 00 01"); // row 5
    }

    @Test
    void longLinesWrapAtSpaces() {
        assertThat(TicketEncoder.wrapChars("Quay so 3 va 4", 8)).containsExactly("Quay so", "3 va 4");
        assertThat(TicketEncoder.wrapChars("ABCDEFGHIJ", 4)).containsExactly("ABCD", "EFGH", "IJ");
    }
}
