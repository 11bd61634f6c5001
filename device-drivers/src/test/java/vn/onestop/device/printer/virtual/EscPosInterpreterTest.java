package vn.onestop.device.printer.virtual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import vn.onestop.device.printer.SampleTickets;
import vn.onestop.device.printer.TicketDocument;
import vn.onestop.device.printer.escpos.PrinterProfile;
import vn.onestop.device.printer.escpos.Profiles;
import vn.onestop.device.printer.escpos.RasterBands;
import vn.onestop.device.printer.escpos.RobotoFonts;
import vn.onestop.device.printer.escpos.TicketEncoder;

class EscPosInterpreterTest {
    private static final RobotoFonts FONTS = new RobotoFonts();
    private final List<RenderedTicket> tickets = new ArrayList<>();
    private final List<Integer> replies = new ArrayList<>();

    private EscPosInterpreter interpreter(PrinterProfile profile, VirtualPrinterState state) {
        return new EscPosInterpreter(profile, FONTS, state, tickets::add, replies::add);
    }

    /** The lines a printer shows for the document: its texts, separators as dashes. */
    private static List<String> lines(TicketDocument doc, int charsPerLine) {
        List<String> lines = new ArrayList<>();
        for (TicketDocument.Element e : doc.elements()) {
            if (e instanceof TicketDocument.Text t) {
                lines.add(t.text());
            } else if (e instanceof TicketDocument.Separator) {
                lines.add("-".repeat(charsPerLine));
            }
        }
        return lines;
    }

    @Test
    void tcvn3TicketPrintsTheSameLinesAsTheDocument() {
        PrinterProfile profile = Profiles.epsonTcvn3();
        byte[] bytes = new TicketEncoder(profile, FONTS).encode(SampleTickets.queueTicket());
        interpreter(profile, new VirtualPrinterState()).accept(bytes, bytes.length);

        assertThat(tickets).hasSize(1);
        RenderedTicket ticket = tickets.get(0);
        assertThat(ticket.textLines()).isEqualTo(lines(SampleTickets.queueTicket(), profile.charsPerLine()));
        assertThat(ticket.nativeQrPayloads()).containsExactly(SampleTickets.QR_PAYLOAD);
        assertThat(ticket.rasters()).isEmpty();
        assertThat(ticket.unknownCommands()).isEmpty();
        assertThat(ticket.complete()).isTrue();
    }

    @Test
    void cp1258TextWithSeparateToneBytesReadsBack() {
        Properties p = new Properties();
        p.setProperty("dots.per.line", "576");
        p.setProperty("codepage.cp1258", "52");
        p.setProperty("codepage.cp1258.verified", "true");
        p.setProperty("cutter", "true");
        PrinterProfile profile = Profiles.fromProperties(p);
        TicketDocument doc = TicketDocument.builder().text("Người dân đợi ở quầy số 3").build();
        byte[] bytes = new TicketEncoder(profile, FONTS).encode(doc);
        interpreter(profile, new VirtualPrinterState()).accept(bytes, bytes.length);

        assertThat(tickets.get(0).textLines()).containsExactly("Người dân đợi ở quầy số 3");
    }

    @Test
    void rasterLinesArriveAsTheTextRenderedWithRoboto() {
        PrinterProfile profile = Profiles.load("generic-80mm").withUserChars(false);
        byte[] bytes = new TicketEncoder(profile, FONTS).encode(SampleTickets.queueTicket());
        interpreter(profile, new VirtualPrinterState()).accept(bytes, bytes.length);

        RenderedTicket ticket = tickets.get(0);
        assertThat(ticket.rasters()).containsSubsequence(
                RasterBands.expected(SampleTickets.queueTicket(), profile, FONTS));
        String rule = "-".repeat(profile.charsPerLine());
        assertThat(ticket.textLines()).containsExactly(rule, "1027", "25/11/2026 08:42", rule);
    }

    @Test
    void bytesArrivingOneAtATimePrintTheSameTicket() {
        PrinterProfile profile = Profiles.load("generic-80mm");
        byte[] bytes = new TicketEncoder(profile, FONTS).encode(SampleTickets.queueTicket());
        interpreter(profile, new VirtualPrinterState()).accept(bytes, bytes.length);
        EscPosInterpreter slow = interpreter(profile, new VirtualPrinterState());
        for (byte b : bytes) {
            slow.accept(new byte[] {b}, 1);
        }
        assertThat(tickets).hasSize(2);
        assertThat(tickets.get(1).textLines()).isEqualTo(tickets.get(0).textLines());
        assertThat(tickets.get(1).rasters()).isEqualTo(tickets.get(0).rasters());
    }

    @Test
    void unknownCommandsAreReportedAndPrintingGoesOn() {
        byte[] bytes = {0x1B, 0x47, 0x01, 'O', 'K', 0x0A, 0x1D, 0x56, 0x00};
        interpreter(Profiles.load("generic-80mm"), new VirtualPrinterState()).accept(bytes, bytes.length);
        assertThat(tickets.get(0).unknownCommands()).containsExactly("ESC 0x47");
        assertThat(tickets.get(0).textLines()).containsExactly("OK");
    }

    @Test
    void statusRequestsAreAnsweredFromTheState() {
        VirtualPrinterState state = new VirtualPrinterState();
        EscPosInterpreter printer = interpreter(Profiles.load("generic-80mm"), state);
        byte[] ask = {0x10, 0x04, 0x04};
        printer.accept(ask, 3);
        state.setPaperNearEnd(true);
        printer.accept(ask, 3);
        state.setPaperOut(true);
        printer.accept(ask, 3);
        state.setSilent(true);
        printer.accept(ask, 3);
        assertThat(replies).containsExactly(0x12, 0x1E, 0x7E);
    }

    @Test
    void paperRunningOutMidTicketLeavesItIncomplete() {
        VirtualPrinterState state = new VirtualPrinterState();
        state.loadPaper(200);
        PrinterProfile profile = Profiles.load("generic-80mm");
        byte[] bytes = new TicketEncoder(profile, FONTS).encode(SampleTickets.queueTicket());
        interpreter(profile, state).accept(bytes, bytes.length);
        assertThat(tickets.get(0).complete()).isFalse();
        assertThat(state.paperOut()).isTrue();
    }

    @Test
    void automaticStatusFramesDecodeToTheState() {
        VirtualPrinterState state = new VirtualPrinterState();
        state.setCoverOpen(true);
        state.setPaperNearEnd(true);
        vn.onestop.device.printer.PrinterStatus s =
                vn.onestop.device.printer.escpos.StatusDecoder.fromAsb(state.asbFrame());
        assertThat(s.coverOpen()).isTrue();
        assertThat(s.paperNearEnd()).isTrue();
        assertThat(s.paperOut()).isFalse();
        assertThat(vn.onestop.device.printer.escpos.StatusDecoder.isAsbStart(state.asbFrame()[0] & 0xFF)).isTrue();
    }
}
