package vn.onestop.device.printer.virtual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.device.printer.PrinterException;
import vn.onestop.device.printer.PrinterStatus;
import vn.onestop.device.printer.SampleTickets;
import vn.onestop.device.printer.escpos.PrinterProfile;
import vn.onestop.device.printer.escpos.Profiles;
import vn.onestop.device.printer.escpos.RobotoFonts;

class VirtualTicketPrinterTest {
    @TempDir
    Path out;

    private VirtualTicketPrinter printer(String profile) {
        Path config = Path.of(System.getProperty("onestop.config.dir"), "printers");
        return new VirtualTicketPrinter(out, PrinterProfile.load(config, profile), new RobotoFonts(), Clock.systemUTC());
    }

    @Test
    void printsTheQueueTicketAsAPng() throws Exception {
        VirtualTicketPrinter printer = printer("generic-80mm");
        printer.print(SampleTickets.queueTicket());
        assertThat(printer.lastPng()).isPresent();
        assertThat(printer.lastTicket().orElseThrow().complete()).isTrue();
        assertThat(printer.lastTicket().orElseThrow().unknownCommands()).isEmpty();
        keepSample(printer, "target/ticket-raster.png");
    }

    @Test
    void printsTheQueueTicketInTcvn3WithNativeQr() throws Exception {
        VirtualTicketPrinter printer = new VirtualTicketPrinter(out, Profiles.epsonTcvn3(), new RobotoFonts(),
                Clock.systemUTC());
        printer.print(SampleTickets.queueTicket());
        RenderedTicket ticket = printer.lastTicket().orElseThrow();
        assertThat(ticket.rasters()).isEmpty();
        assertThat(ticket.textLines()).contains("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Cấp đổi thẻ Căn cước");
        keepSample(printer, "target/ticket-tcvn3.png");
    }

    /** Keeps the PNG under target/ for a person to look at. */
    private static void keepSample(VirtualTicketPrinter printer, String name) throws java.io.IOException {
        java.nio.file.Files.copy(printer.lastPng().orElseThrow(), Path.of(name),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void paperOutRefusesTheTicketAndSaysSo() {
        VirtualTicketPrinter printer = printer("generic-80mm");
        printer.setPaperOut(true);
        assertThatThrownBy(() -> printer.print(SampleTickets.queueTicket())).isInstanceOf(PrinterException.class)
                .hasMessageContaining("paper out")
                .satisfies(e -> assertThat(((PrinterException) e).status().paperOut()).isTrue());
        assertThat(printer.lastPng()).isEmpty();
    }

    @Test
    void silentPrinterGivesNoAnswer() {
        VirtualTicketPrinter printer = printer("generic-80mm");
        printer.setSilent(true);
        assertThat(printer.status()).isEqualTo(PrinterStatus.noAnswer());
    }
}
