package vn.onestop.device.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.device.printer.SampleTickets;
import vn.onestop.device.printer.TicketDocument;
import vn.onestop.device.printer.TicketDocument.Align;
import vn.onestop.device.printer.TicketDocument.Element;
import vn.onestop.device.printer.TicketDocument.Size;
import vn.onestop.device.printer.virtual.EscPosInterpreter;
import vn.onestop.device.printer.virtual.RenderedTicket;
import vn.onestop.device.printer.virtual.VirtualPrinterState;

/** Vietnamese as printer text with downloaded letters (ESC & / ESC %), read back by the virtual printer. */
class UserCharsTest {
    private static final RobotoFonts FONTS = new RobotoFonts();
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();
    static final String LOWER = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ";
    static final String UPPER = LOWER.toUpperCase(Locale.ROOT);

    private static List<RenderedTicket> print(PrinterProfile profile, byte[]... streams) {
        List<RenderedTicket> out = new ArrayList<>();
        EscPosInterpreter interpreter = new EscPosInterpreter(profile, FONTS, new VirtualPrinterState(), out::add,
                b -> { });
        for (byte[] bytes : streams) {
            interpreter.accept(bytes, bytes.length);
        }
        return out;
    }

    private static int count(byte[] bytes, int... pattern) {
        int n = 0;
        outer:
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if ((bytes[i + j] & 0xFF) != pattern[j]) {
                    continue outer;
                }
            }
            n++;
        }
        return n;
    }

    @Test
    void queueTicketOnTheGenericProfileReadsBackLineForLineWithoutAnyRaster() {
        PrinterProfile profile = Profiles.load("generic-80mm");
        byte[] bytes = new TicketEncoder(profile, FONTS).encode(SampleTickets.queueTicket());
        RenderedTicket ticket = print(profile, bytes).get(0);
        String rule = "-".repeat(profile.charsPerLine());
        assertThat(ticket.textLines()).containsExactly("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Tỉnh Bắc Ninh", rule,
                "Cấp đổi thẻ Căn cước", "SỐ THỨ TỰ", "1027", "Số người đang chờ: 12", "Quầy: 3, 4, 5",
                "25/11/2026 08:42", "Quét mã để theo dõi lượt của bạn", rule, "Xin cảm ơn quý khách!");
        assertThat(ticket.unknownCommands()).isEmpty();
        assertThat(ticket.rasters()).as("text and QR as characters, no raster").isEmpty();
        assertThat(QrDecoding.zxing(ticket.image())).isEqualTo(SampleTickets.QR_PAYLOAD);
        byte[] raster = new TicketEncoder(profile.withUserChars(false), FONTS).encode(SampleTickets.queueTicket());
        assertThat(bytes.length).as("well under half the raster mode's bytes").isLessThan(raster.length * 2 / 5);
    }

    /** Issue 26, defect (a): the exact bytes of the old encoder, and the generic profile now. */
    @Test
    void soThuTuPrintsInCapitalsOnTheGenericProfile(@TempDir Path dir) throws IOException {
        // What the generic profile sent when it named table 27 for both cases: on a one-table printer the
        // capitals Ố Ứ Ự come out in lower case.
        Properties oneTable = new Properties();
        oneTable.setProperty("codepage.tcvn3.lower", "27");
        oneTable.setProperty("cutter", "true");
        byte[] old = HEX.parseHex("1B 74 1B 1B 61 01 1B 45 01 53 E8 20 54 48 F8 20 54 F9 0A 1D 56 42 00");
        assertThat(print(Profiles.fromProperties(oneTable), old).get(0).textLines()).containsExactly("Số THứ Tự");

        // Such a profile is refused at load, naming the file and the key.
        Path file = dir.resolve("one-table.properties");
        Files.writeString(file, "codepage.tcvn3.lower=27\ncodepage.tcvn3.upper=27\ncodepage.tcvn3.verified=true\n");
        assertThatThrownBy(() -> PrinterProfile.load(dir, "one-table")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("codepage.tcvn3.upper");

        PrinterProfile generic = Profiles.load("generic-80mm");
        byte[] bytes = new TicketEncoder(generic, FONTS).encode(TicketDocument.builder()
                .centered("SỐ THỨ TỰ", true, Size.NORMAL).build());
        assertThat(print(generic, bytes).get(0).textLines()).containsExactly("SỐ THỨ TỰ");
        assertThat(count(bytes, 0x1B, 0x74)).as("no code table switch").isZero();
    }

    @Test
    void moreDistinctLettersThanCodesAreDownloadedAgainLineByLine() {
        PrinterProfile profile = Profiles.withoutBuiltin(Profiles.load("generic-80mm"));
        TicketDocument.Builder doc = TicketDocument.builder();
        List<String> expected = new ArrayList<>();
        for (String all : List.of(LOWER, UPPER, LOWER)) {
            for (int i = 0; i < all.length(); i += 40) {
                String line = all.substring(i, Math.min(all.length(), i + 40)) + " ok";
                doc.text(line, Align.LEFT, false, Size.NORMAL);
                expected.add(line);
            }
        }
        byte[] bytes = new TicketEncoder(profile, FONTS).encode(doc.build());
        RenderedTicket ticket = print(profile, bytes).get(0);
        assertThat(ticket.textLines()).containsExactlyElementsOf(expected);
        assertThat(ticket.rasters()).isEmpty();
        // Every letter beyond ASCII downloaded (no built-in table, BuiltinLettersTest covers that).
        int letters = (int) (LOWER + UPPER).chars().filter(c -> c >= 0x80).count();
        assertThat(letters).isGreaterThan(94);
        // 134 letters, 94 codes: some letters go twice, but letters already held are not sent again.
        int downloaded = downloadedLetters(bytes);
        assertThat(downloaded).isGreaterThan(letters).isLessThan(2 * letters);
        assertThat(count(bytes, 0x1B, 0x3F)).as("'o' and 'k' are cancelled where they held letters")
                .isPositive();
    }

    /** Letters defined by all {@code ESC &} commands of the stream (their data skipped, not scanned). */
    static int downloadedLetters(byte[] b) {
        int letters = 0;
        int i = 0;
        while (i < b.length) {
            if (b[i] == 0x1B && i + 1 < b.length && b[i + 1] == 0x26) {
                int y = b[i + 2];
                int k = b[i + 4] - b[i + 3] + 1;
                i += 5;
                for (int n = 0; n < k; n++) {
                    i += 1 + (b[i] & 0xFF) * y;
                }
                letters += k;
            } else {
                i++;
            }
        }
        return letters;
    }

    @Test
    void eachLetterOnPaperIsItsRobotoGlyphDotForDot() {
        PrinterProfile profile = Profiles.load("generic-80mm");
        // Letters and spaces only: the virtual printer's own font may reach a dot into the next cell. None of them
        // is in the printer's built-in table (PC850).
        String line = "Đặ ỨỚ ờỡ ẤẢ ịỹ";
        byte[] bytes = new TicketEncoder(profile, FONTS).encode(TicketDocument.builder().text(line).build());
        RenderedTicket ticket = print(profile, bytes).get(0);
        assertThat(ticket.textLines()).containsExactly(line);
        UserGlyphs glyphs = new UserGlyphs(FONTS, 12, 24);
        BufferedImage paper = ticket.image();
        int checked = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x7F) {
                continue;
            }
            MonoBitmap glyph = glyphs.glyph(c);
            for (int y = 0; y < 24; y++) {
                for (int x = 0; x < 12; x++) {
                    boolean black = (paper.getRGB(i * 12 + x, y) & 0xFFFFFF) == 0;
                    assertThat(black).as("%s at %d,%d", c, x, y).isEqualTo(glyph.black(x, y));
                }
            }
            checked++;
        }
        assertThat(checked).isEqualTo(10);
    }

    @Test
    void everyVietnameseLetterHasADistinctGlyphThatKeepsItsBaseLetter() {
        UserGlyphs glyphs = new UserGlyphs(FONTS, 12, 24);
        Set<MonoBitmap> seen = new HashSet<>();
        for (char c : (LOWER + UPPER).toCharArray()) {
            assertThat(seen.add(glyphs.glyph(c))).as("glyph of %s differs from every other letter", c).isTrue();
            MonoBitmap back = UserGlyphs.fromColumnMajor(glyphs.columnMajor(c), 0, 12, 3, 12);
            assertThat(back).as("column-major round trip of %s", c).isEqualTo(glyphs.glyph(c));
        }
        // A toned letter is its plain letter plus marks: the rows of the letter body are the same.
        MonoBitmap a = glyphs.glyph('a');
        MonoBitmap aGrave = glyphs.glyph('à');
        for (int y = 12; y < 20; y++) {
            for (int x = 0; x < 12; x++) {
                assertThat(aGrave.black(x, y)).isEqualTo(a.black(x, y));
            }
        }
    }

    @Test
    void escAtClearsTheDownloadsAndEscQuestionCancelsOne() {
        PrinterProfile profile = Profiles.load("generic-80mm");
        byte[] glyph = new UserGlyphs(FONTS, 12, 24).columnMajor('ấ');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1B, 0x26, 3, 'A', 'B', 12});
        out.writeBytes(glyph);
        out.write(12);
        out.writeBytes(glyph);
        out.writeBytes(new byte[] {0x1B, 0x25, 1, 'A', 'B', '\n', 0x1B, 0x3F, 'B', 'A', 'B', '\n'});
        out.writeBytes(new byte[] {0x1B, 0x40, 0x1B, 0x25, 1, 'A', 'B', '\n', 0x1D, 0x56, 66, 0});
        assertThat(print(profile, out.toByteArray()).get(0).textLines()).containsExactly("ấấ", "ấB", "AB");
    }

    @Test
    void aPrinterThatKeepsItsLettersGetsOnlyTheNewOnesOnTheNextTicket() {
        PrinterProfile keeps = new PrinterProfile("keeps", 576, 203, 12, 24, 30, new PrinterProfile.CodePage(-1, false),
                new PrinterProfile.CodePage(-1, false), new PrinterProfile.CodePage(-1, false), false, true, 960, false,
                new PrinterProfile.UserChars(true, 12, 24, true), PrinterProfile.Graphics.BASIC);
        TicketEncoder encoder = new TicketEncoder(keeps, FONTS);
        UserCharSession session = new UserCharSession();
        TicketDocument first = TicketDocument.builder().text("Số người đang chờ").build();
        TicketDocument second = TicketDocument.builder().text("Người chờ: Ố!").text("\"#$ ok").build();
        byte[] one = encoder.encode(first, session);
        byte[] two = encoder.encode(second, session);
        assertThat(one).startsWith((byte) 0x1B, (byte) 0x40);
        assertThat(two[0] == 0x1B && two[1] == 0x40).as("no ESC @ on the second ticket").isFalse();
        assertThat(count(two, 0x1B, 0x26)).as("one download: Ố").isEqualTo(1);
        assertThat(count(two, 0x1B, 0x3F)).as("codes used as ASCII now are cancelled").isPositive();
        List<RenderedTicket> tickets = print(keeps, one, two);
        assertThat(tickets.get(0).textLines()).containsExactly("Số người đang chờ");
        assertThat(tickets.get(1).textLines()).containsExactly("Người chờ: Ố!", "\"#$ ok");

        session.forget();
        assertThat(encoder.encode(second, session)).startsWith((byte) 0x1B, (byte) 0x40);
    }

    @Test
    void rasterModeAndUserCharModePrintTheSameText() {
        PrinterProfile userChars = Profiles.load("generic-80mm");
        PrinterProfile raster = userChars.withUserChars(false);
        TicketDocument doc = SampleTickets.queueTicket();
        RenderedTicket asText = print(userChars, new TicketEncoder(userChars, FONTS).encode(doc)).get(0);
        RenderedTicket asRaster = print(raster, new TicketEncoder(raster, FONTS).encode(doc)).get(0);
        assertThat(asRaster.rasters()).containsSubsequence(RasterBands.expected(doc, raster, FONTS));
        List<String> vietnamese = new ArrayList<>();
        for (Element e : doc.elements()) {
            if (e instanceof TicketDocument.Text t && !t.text().chars().allMatch(c -> c < 0x7F)) {
                vietnamese.add(t.text());
            }
        }
        assertThat(asText.textLines()).containsAll(vietnamese);
        assertThat(asRaster.textLines()).doesNotContainAnyElementsOf(vietnamese);
        assertThat(Math.abs(asText.image().getHeight() - asRaster.image().getHeight()))
                .as("same paper length within a few lines").isLessThan(200);
    }

    @Test
    void cp1258LinesWrapByCellsSoNoneRunsPastThePaper() {
        Properties p = new Properties();
        p.setProperty("dots.per.line", "576");
        p.setProperty("codepage.cp1258", "52");
        p.setProperty("codepage.cp1258.verified", "true");
        p.setProperty("cutter", "true");
        PrinterProfile profile = Profiles.fromProperties(p);
        String text = "Người dân được hướng dẫn thủ tục cấp đổi thẻ căn cước tại quầy số bốn";
        byte[] bytes = new TicketEncoder(profile, FONTS).encode(TicketDocument.builder().text(text).build());
        int start = indexOf(bytes, 0x1B, 0x74, 52) + 3;
        List<Integer> widths = new ArrayList<>();
        int cells = 0;
        for (int i = start; i < bytes.length && bytes[i] != 0x1D; i++) {
            if (bytes[i] == 0x0A) {
                widths.add(cells * profile.fontWidth());
                cells = 0;
            } else {
                cells++;
            }
        }
        assertThat(widths).hasSizeGreaterThan(1).allSatisfy(w -> assertThat(w).isLessThanOrEqualTo(576));
        assertThat(Cp1258.decode(java.util.Arrays.copyOfRange(bytes, start, bytes.length - 4)).replace("\n", " ")
                .trim()).isEqualTo(text);
    }

    @Test
    void epsonTcvn3CapitalsGoOnPage31AndReadBack() {
        PrinterProfile epson = Profiles.epsonTcvn3();
        String line = "ĂN ÂM ÊM ÔM ƠN ƯA ĐI ăâêôơưđ";
        byte[] bytes = new TicketEncoder(epson, FONTS).encode(TicketDocument.builder().text(line).build());
        assertThat(HEX.formatHex(bytes)).contains("1B 74 1F A1 4E").contains("A7 49");
        assertThat(print(epson, bytes).get(0).textLines()).containsExactly(line);
        for (int code = 0xA1; code <= 0xA7; code++) {
            assertThat(Tcvn3.decode(Tcvn3.Table.LOWER, code)).as("page 30 at %X is empty", code).isEqualTo('\uFFFD');
        }
    }

    @Test
    void aCellThatEscAmpersandCannotCarryIsRefusedAtLoad(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("odd.properties"), "userchars=true\nuserchars.cell.height=20\n");
        assertThatThrownBy(() -> PrinterProfile.load(dir, "odd")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("odd.properties").hasMessageContaining("userchars.cell.height");
        Files.writeString(dir.resolve("off.properties"), "userchars=false\n");
        assertThat(PrinterProfile.load(dir, "off").userChars().enabled()).isFalse();
    }

    private static int indexOf(byte[] bytes, int... pattern) {
        outer:
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if ((bytes[i + j] & 0xFF) != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
