package vn.onestop.device.printer.escpos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.onestop.device.printer.PrinterException;
import vn.onestop.device.printer.PrinterStatus;
import vn.onestop.device.printer.SampleTickets;
import vn.onestop.device.printer.virtual.RenderedTicket;
import vn.onestop.device.printer.virtual.VirtualPrinterDevice;
import vn.onestop.device.printer.virtual.VirtualPrinterState;
import vn.onestop.device.serial.JSerialCommLink;
import vn.onestop.device.serial.SerialSettings;
import vn.onestop.testkit.PtyPair;
import vn.onestop.testkit.QrTools;
import vn.onestop.testkit.RequiresQrTools;
import vn.onestop.testkit.RequiresSocat;
import vn.onestop.testkit.Wait;

/** EscPosPrinter over the real jSerialComm link, the virtual printer on the other end of a socat pty pair. */
@RequiresSocat
class EscPosPrinterPtyTest {
    private static final RobotoFonts FONTS = new RobotoFonts();
    private static final Clock CLOCK = Clock.systemUTC();
    @TempDir
    Path dir;
    private PtyPair pair;
    private VirtualPrinterDevice device;
    private EscPosPrinter printer;
    private final VirtualPrinterState state = new VirtualPrinterState();

    private void start(PrinterProfile profile) throws Exception {
        pair = new PtyPair(dir);
        device = new VirtualPrinterDevice(new JSerialCommLink(SerialSettings.of(pair.deviceSide(), 115200), CLOCK),
                profile, FONTS, state, dir.resolve("out"), CLOCK).start();
        printer = new EscPosPrinter(new JSerialCommLink(SerialSettings.of(pair.hostSide(), 115200), CLOCK),
                new TicketEncoder(profile, FONTS), CLOCK, Duration.ofMillis(2000)); // generous: CI machines are loaded
    }

    @AfterEach
    void stop() throws Exception {
        if (printer != null) {
            printer.close();
            device.close();
            pair.close();
        }
    }

    private RenderedTicket nextTicket() throws InterruptedException {
        RenderedTicket ticket = device.tickets().poll(10, TimeUnit.SECONDS);
        assertThat(ticket).as("a ticket reached the cutter").isNotNull();
        return ticket;
    }

    @ParameterizedTest
    @ValueSource(strings = {"generic-80mm", "epson-tm-t88"})
    void vietnameseTicketPrintsThroughTheSerialLink(String profileName) throws Exception {
        PrinterProfile profile = Profiles.load(profileName);
        start(profile);
        printer.print(SampleTickets.queueTicket());

        RenderedTicket ticket = nextTicket();
        assertThat(ticket.complete()).isTrue();
        assertThat(ticket.unknownCommands()).isEmpty();
        assertThat(QrDecoding.zxing(ticket.image())).isEqualTo(SampleTickets.QR_PAYLOAD);
        // Vietnamese goes as printer text with downloaded letters, read back by the virtual printer.
        assertThat(ticket.textLines()).contains("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Tỉnh Bắc Ninh",
                "Cấp đổi thẻ Căn cước", "SỐ THỨ TỰ", "1027", "Số người đang chờ: 12", "Quầy: 3, 4, 5",
                "25/11/2026 08:42", "Quét mã để theo dõi lượt của bạn", "Xin cảm ơn quý khách!");
        // The QR goes natively (GS ( k) or as enlarged user-defined characters: no raster either way.
        assertThat(ticket.rasters()).isEmpty();
    }

    /** The printed ticket's PNG, read by zbarimg as an independent decoder. */
    @Test
    @RequiresQrTools
    void theQrOnThePrintedTicketReadsTheSameInZbarimg() throws Exception {
        start(Profiles.load("generic-80mm"));
        printer.print(SampleTickets.queueTicket());
        assertThat(nextTicket().complete()).isTrue();
        Path png;
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            png = files.max(Comparator.naturalOrder()).orElseThrow();
        }
        assertThat(QrTools.zbarimg(png)).isEqualTo(SampleTickets.QR_PAYLOAD);
    }

    /** A printer that keeps its downloaded letters gets them once; after it stopped answering, again. */
    @Test
    void keptLettersAreNotSentAgainUntilThePrinterStopsAnswering() throws Exception {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("dots.per.line", "576");
        p.setProperty("cutter", "true");
        p.setProperty("userchars", "true");
        p.setProperty("userchars.reuse", "true");
        PrinterProfile profile = Profiles.fromProperties(p);
        start(profile);
        long[] sent = new long[3];
        String[] lines = {"TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "SỐ THỨ TỰ", "Xin cảm ơn quý khách!"};
        for (int i = 0; i < 3; i++) {
            if (i == 2) {
                state.setSilent(true);
                assertThat(printer.status().answered()).isFalse();
                state.setSilent(false);
            }
            long before = device.bytesReceived();
            printer.print(SampleTickets.queueTicket());
            RenderedTicket ticket = nextTicket();
            sent[i] = device.bytesReceived() - before;
            assertThat(ticket.textLines()).contains(lines);
        }
        assertThat(sent[1]).as("second ticket: no letters downloaded again").isLessThan(sent[0] - 500);
        assertThat(sent[2]).as("after no answer: ESC @ and every letter again").isEqualTo(sent[0]);
    }

    @Test
    void paperOutBeforeTheTicketSendsNothing() throws Exception {
        start(Profiles.load("generic-80mm"));
        state.setPaperOut(true);
        assertThatThrownBy(() -> printer.print(SampleTickets.queueTicket())).isInstanceOf(PrinterException.class)
                .hasMessageContaining("reports: paper out")
                .satisfies(e -> assertThat(((PrinterException) e).status().paperOut()).isTrue());
        assertThat(device.bytesReceived()).as("only the four status requests").isEqualTo(12);
    }

    @Test
    void paperRunningOutMidTicketIsReportedAfterIt() throws Exception {
        start(Profiles.load("generic-80mm"));
        state.loadPaper(300);
        assertThatThrownBy(() -> printer.print(SampleTickets.queueTicket())).isInstanceOf(PrinterException.class)
                .hasMessageContaining("paper out").hasMessageContaining("incomplete");
        assertThat(nextTicket().complete()).isFalse();
    }

    @Test
    void coverOpenIsReported() throws Exception {
        start(Profiles.load("generic-80mm"));
        state.setCoverOpen(true);
        assertThatThrownBy(() -> printer.print(SampleTickets.queueTicket())).isInstanceOf(PrinterException.class)
                .hasMessageContaining("cover open")
                .satisfies(e -> assertThat(((PrinterException) e).status().coverOpen()).isTrue());
    }

    @Test
    void silentPrinterIsNoAnswer() throws Exception {
        start(Profiles.load("generic-80mm"));
        state.setSilent(true);
        assertThat(printer.status()).isEqualTo(PrinterStatus.noAnswer());
        assertThatThrownBy(() -> printer.print(SampleTickets.queueTicket())).isInstanceOf(PrinterException.class)
                .hasMessageContaining("no answer")
                .satisfies(e -> assertThat(((PrinterException) e).status().answered()).isFalse());
    }

    @Test
    void unplugMidTicketFailsThenTheLinkRecovers() throws Exception {
        start(Profiles.load("generic-80mm"));
        device.stallAfter(600);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try {
                printer.print(SampleTickets.queueTicket());
            } catch (PrinterException e) {
                throw new IllegalStateException(e);
            }
        });
        Wait.until(() -> device.bytesReceived() >= 600, Duration.ofSeconds(10), "ticket did not start");
        pair.unplug();
        // Cut while writing (the link's error as cause) or while waiting for the status after the ticket: either
        // way a PrinterException saying the printer does not answer.
        assertThatThrownBy(() -> first.get(15, TimeUnit.SECONDS))
                .satisfies(e -> assertThat(e.getCause().getCause()).isInstanceOf(PrinterException.class))
                .satisfies(e -> assertThat(((PrinterException) e.getCause().getCause()).status().answered()).isFalse());

        pair.plugIn();
        device.stallAfter(Long.MAX_VALUE);
        Wait.until(() -> printsNow(printer), Duration.ofSeconds(20), "printer did not recover");
        RenderedTicket ticket = nextTicket();
        assertThat(ticket.complete()).isTrue();
        assertThat(QrDecoding.zxing(ticket.image())).isEqualTo(SampleTickets.QR_PAYLOAD);
    }

    private static boolean printsNow(EscPosPrinter printer) {
        try {
            printer.print(SampleTickets.queueTicket());
            return true;
        } catch (PrinterException e) {
            return false;
        }
    }
}
