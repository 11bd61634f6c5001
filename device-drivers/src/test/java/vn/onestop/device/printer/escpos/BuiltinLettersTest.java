package vn.onestop.device.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.onestop.device.printer.SampleTickets;
import vn.onestop.device.printer.TicketDocument;
import vn.onestop.device.printer.TicketDocument.Align;
import vn.onestop.device.printer.TicketDocument.Size;
import vn.onestop.device.printer.virtual.EscPosInterpreter;
import vn.onestop.device.printer.virtual.RenderedTicket;
import vn.onestop.device.printer.virtual.VirtualPrinterState;

/** Letters the printer's own code table (PC437 or PC850) holds go as its bytes, not as downloaded characters. */
class BuiltinLettersTest {
    private static final RobotoFonts FONTS = new RobotoFonts();

    private static RenderedTicket print(PrinterProfile profile, byte[] bytes) {
        List<RenderedTicket> out = new ArrayList<>();
        new EscPosInterpreter(profile, FONTS, new VirtualPrinterState(), out::add, b -> { })
                .accept(bytes, bytes.length);
        return out.get(0);
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

    private static PrinterProfile withoutBuiltin(PrinterProfile p) {
        PrinterProfile.UserChars u = p.userChars();
        return new PrinterProfile(p.name(), p.dotsPerLine(), p.dpi(), p.fontWidth(), p.fontHeight(),
                p.lineSpacingDots(), p.tcvn3Lower(), p.tcvn3Upper(), p.cp1258(), p.nativeQr(), p.cutter(),
                p.rasterBandRows(), p.cancelKanji(),
                new PrinterProfile.UserChars(u.enabled(), u.cellWidth(), u.cellHeight(), u.reuse(), BuiltinTable.NONE),
                p.graphics());
    }

    @Test
    void pc437TableHoldsTheAccentedLettersAtTheirCodes() {
        assertThat(BuiltinTable.PC437.code('é')).isEqualTo(0x82);
        assertThat(BuiltinTable.PC437.code('â')).isEqualTo(0x83);
        assertThat(BuiltinTable.PC437.code('à')).isEqualTo(0x85);
        assertThat(BuiltinTable.PC437.code('ê')).isEqualTo(0x88);
        assertThat(BuiltinTable.PC437.code('è')).isEqualTo(0x8A);
        assertThat(BuiltinTable.PC437.code('ì')).isEqualTo(0x8D);
        assertThat(BuiltinTable.PC437.code('É')).isEqualTo(0x90);
        assertThat(BuiltinTable.PC437.code('ô')).isEqualTo(0x93);
        assertThat(BuiltinTable.PC437.code('ò')).isEqualTo(0x95);
        assertThat(BuiltinTable.PC437.code('ù')).isEqualTo(0x97);
        assertThat(BuiltinTable.PC437.code('á')).isEqualTo(0xA0);
        assertThat(BuiltinTable.PC437.code('í')).isEqualTo(0xA1);
        assertThat(BuiltinTable.PC437.code('ó')).isEqualTo(0xA2);
        assertThat(BuiltinTable.PC437.code('ú')).isEqualTo(0xA3);
        assertThat(BuiltinTable.PC437.code('ế')).as("not in PC437").isEqualTo(-1);
        assertThat(BuiltinTable.PC437.code('Â')).as("not in PC437").isEqualTo(-1);
        assertThat(BuiltinTable.PC437.code('đ')).as("not in PC437").isEqualTo(-1);
        assertThat(BuiltinTable.PC850.code('é')).isEqualTo(0x82);
        assertThat(BuiltinTable.PC850.code('Â')).isEqualTo(0xB6);
        assertThat(BuiltinTable.PC850.code('À')).isEqualTo(0xB7);
        assertThat(BuiltinTable.PC850.code('ã')).isEqualTo(0xC6);
        assertThat(BuiltinTable.PC850.code('Ô')).isEqualTo(0xE2);
        assertThat(BuiltinTable.PC850.code('ý')).isEqualTo(0xEC);
        assertThat(BuiltinTable.PC850.code('ơ')).as("not in PC850").isEqualTo(-1);
        assertThat(BuiltinTable.PC850.code('×')).as("symbols are not used").isEqualTo(-1);
    }

    @Test
    void eAcuteIsSentAs0x82AfterEscTAndNeverDownloaded() {
        PrinterProfile generic = Profiles.load("generic-80mm");
        assertThat(generic.userChars().builtin()).isEqualTo(BuiltinTable.PC850);
        TicketDocument doc = TicketDocument.builder().text("Vé à bé", Align.LEFT, false, Size.NORMAL).build();
        byte[] bytes = new TicketEncoder(generic, FONTS).encode(doc);
        int init = indexOf(bytes, 0x1B, 0x40);
        int table0 = indexOf(bytes, 0x1B, 0x74, 0x02);
        assertThat(init).isZero();
        assertThat(table0).as("ESC t 2 selects PC850 before the line").isPositive()
                .isLessThan(indexOf(bytes, 'V', 0x82));
        assertThat(indexOf(java.util.Arrays.copyOfRange(bytes, table0 + 3, bytes.length), 0x1B, 0x74))
                .as("ESC t sent once").isEqualTo(-1);
        assertThat(indexOf(bytes, 'V', 0x82, ' ', 0x85, ' ', 'b', 0x82)).as("é as 0x82, à as 0x85").isPositive();
        assertThat(indexOf(bytes, 0x1B, 0x26)).as("no ESC &: nothing downloaded").isEqualTo(-1);
        assertThat(print(generic, bytes).textLines()).containsExactly("Vé à bé");

        byte[] downloaded = new TicketEncoder(withoutBuiltin(generic), FONTS).encode(doc);
        assertThat(indexOf(downloaded, 0x1B, 0x26)).as("without builtin.pc437 é and à are downloaded").isPositive();
        assertThat(indexOf(downloaded, 0x82)).isEqualTo(-1);
        assertThat(print(generic, downloaded).textLines()).containsExactly("Vé à bé");
    }

    @Test
    void queueTicketDownloadsOnlyLettersTable0LacksAndReadsBackTheSame() {
        for (String name : List.of("generic-80mm", "epson-tm-t88")) {
            PrinterProfile profile = Profiles.load(name);
            UserCharSession session = new UserCharSession();
            byte[] bytes = new TicketEncoder(profile, FONTS).encode(SampleTickets.queueTicket(), session);
            for (int code = UserCharSession.FIRST; code <= UserCharSession.LAST; code++) {
                char held = session.at(code);
                assertThat(held != '\0' && held != UserCharSession.PICTURE
                        && profile.userChars().builtin().code(held) >= 0)
                        .as(name + ": '" + held + "' is in the printer's table but was downloaded").isFalse();
            }
            UserCharSession oldSession = new UserCharSession();
            PrinterProfile old = withoutBuiltin(profile);
            byte[] before = new TicketEncoder(old, FONTS).encode(SampleTickets.queueTicket(), oldSession);
            assertThat(session.downloaded()).as(name + ": fewer codes used").isLessThan(oldSession.downloaded());
            assertThat(bytes.length).as(name + ": fewer bytes").isLessThan(before.length);
            RenderedTicket now = print(profile, bytes);
            assertThat(now.textLines()).as(name + ": same text on paper")
                    .containsExactlyElementsOf(print(old, before).textLines());
            assertThat(now.textLines()).contains("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Tỉnh Bắc Ninh",
                    "Cấp đổi thẻ Căn cước", "Xin cảm ơn quý khách!");
            assertThat(now.unknownCommands()).isEmpty();
            assertThat(QrDecoding.zxing(now.image())).isEqualTo(SampleTickets.QR_PAYLOAD);
        }
    }
}
