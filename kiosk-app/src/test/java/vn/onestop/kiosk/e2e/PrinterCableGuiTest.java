package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.device.printer.escpos.PrinterProfile;
import vn.onestop.device.printer.escpos.RobotoFonts;
import vn.onestop.device.printer.virtual.RenderedTicket;
import vn.onestop.device.printer.virtual.VirtualPrinterDevice;
import vn.onestop.device.printer.virtual.VirtualPrinterState;
import vn.onestop.device.serial.JSerialCommLink;
import vn.onestop.device.serial.SerialSettings;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.flow.IssuedTicket;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.testkit.RequiresDisplay;
import vn.onestop.testkit.PtyPair;
import vn.onestop.testkit.RequiresSocat;

/**
 * The whole kiosk (window, real ESC/POS driver over jSerialComm, real server) with the virtual printer at
 * the far end of a socat pty pair: the cable pulled in the middle of a ticket and plugged back, and the
 * roll of paper ending in the middle of a ticket.
 */
@RequiresSocat
@RequiresDisplay
@Tag("gui")
class PrinterCableGuiTest {
    private static final Clock CLOCK = Clock.systemDefaultZone();
    @TempDir
    Path tmp;
    private PtyPair cable;
    private VirtualPrinterDevice printer;
    private final VirtualPrinterState paper = new VirtualPrinterState();
    private KioskHarness kiosk;

    @BeforeAll
    static void display() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void connect() throws Exception {
        cable = new PtyPair(tmp, "ttyKiosk", "ttyPrinter");
        printer = new VirtualPrinterDevice(new JSerialCommLink(SerialSettings.of(cable.deviceSide(), 115200), CLOCK),
                PrinterProfile.load(FlowFixtures.configDir().resolve("printers"), "generic-80mm"), new RobotoFonts(),
                paper, tmp.resolve("paper"), CLOCK).start();
        kiosk = new KioskHarness(tmp, CLOCK, Map.of("printer.type", "escpos", "printer.port", cable.hostSide(),
                "printer.baud", "115200", "printer.statusPollMs", "300", "printer.statusTimeoutMs", "2000"), true);
    }

    @AfterEach
    void disconnect() throws Exception {
        if (kiosk != null) {
            kiosk.close();
        }
        if (printer != null) {
            printer.close();
        }
        if (cable != null) {
            cable.close();
        }
    }

    @Test
    void cablePulledMidTicketVoidsItAlertsAndPrintingResumesWhenPluggedBackWithoutRestart() throws Exception {
        walkToInfo();
        printer.stallAfter(printer.bytesReceived() + 600);
        kiosk.click("info.take");
        KioskHarness.waitFor("ticket half sent", () -> printer.bytesReceived() >= 600);
        cable.unplug();

        kiosk.waitForStep(Step.FAILED);
        kiosk.window.label("failed.why").requireText(Pattern.compile(".*Máy in không phản hồi.*đã được hủy.*",
                Pattern.DOTALL));
        String voided = onlyTicket("voided");
        assertThat(kiosk.server.voidReason(voided)).isEqualTo("print-failed: no-answer");
        KioskHarness.waitFor("server alerted", () -> kiosk.server.kioskProblems().contains("printer offline"));
        kiosk.click("failed.back");
        kiosk.waitForStep(Step.INFO);
        kiosk.window.label("info.printer").requireText("Máy in tạm ngừng — vui lòng đến quầy hướng dẫn");
        kiosk.window.button("info.take").requireDisabled();

        cable.plugIn();
        printer.stallAfter(Long.MAX_VALUE);
        KioskHarness.waitFor("printer back without a kiosk restart", () -> GuiActionRunner.execute(() ->
                kiosk.app.flow().state().printer().canPrint()));
        KioskHarness.waitFor("server told the printer is back", () -> kiosk.server.kioskProblems().equals("[[]]"));
        IssuedTicket ticket = takeTicket();
        RenderedTicket paperTicket = printer.tickets().poll(20, TimeUnit.SECONDS);
        assertThat(paperTicket).as("the ticket came out of the printer").isNotNull();
        assertThat(paperTicket.complete()).isTrue();
        assertThat(QrDecode.decode(onlyPng())).isEqualTo("ONESTOP-TICKET|" + ticket.displayNumber() + "|"
                + ticket.id());
        assertThat(kiosk.server.status(ticket.id())).isEqualTo("waiting");
    }

    @Test
    void paperEndingMidTicketVoidsItDisablesPrintingAndAlertsWithNothingLeftInTheQueue() throws Exception {
        walkToInfo();
        paper.loadPaper(300); // dot rows: the roll ends a third of the way down the ticket
        kiosk.click("info.take");

        kiosk.waitForStep(Step.FAILED);
        kiosk.window.label("failed.why").requireText(Pattern.compile(".*Máy in hết giấy.*đã được hủy.*",
                Pattern.DOTALL));
        String voided = onlyTicket("voided");
        assertThat(kiosk.server.voidReason(voided)).isEqualTo("print-failed: paper-out");
        assertThat(kiosk.server.tickets()).as("no ticket waiting in the queue").noneMatch(t -> t.contains(" waiting "));
        KioskHarness.waitFor("server alerted", () -> kiosk.server.kioskProblems().contains("paper out"));
        kiosk.click("failed.back");
        kiosk.waitForStep(Step.INFO);
        kiosk.window.label("info.printer").requireText("Máy in tạm ngừng — vui lòng đến quầy hướng dẫn");
        kiosk.window.button("info.take").requireDisabled();
        assertThat(printer.tickets().poll(5, TimeUnit.SECONDS)).as("the torn ticket").satisfies(t ->
                assertThat(t.complete()).isFalse());

        paper.loadPaper(-1);
        KioskHarness.waitFor("printing resumes once paper is loaded", () -> GuiActionRunner.execute(() ->
                kiosk.app.flow().state().printer().canPrint()));
        kiosk.window.button("info.take").requireEnabled();
    }

    private void walkToInfo() throws Exception {
        KioskHarness.waitFor("printer ready", () -> GuiActionRunner.execute(() ->
                kiosk.app.flow().state().printer().canPrint()));
        kiosk.scanner.scan(FlowFixtures.payload("Nguyễn Văn An"));
        kiosk.waitForStep(Step.FIELD);
        kiosk.click("field.0");
        var catalogue = FlowFixtures.catalogue();
        Procedure first = catalogue.byField(catalogue.fields().get(0)).get(0);
        kiosk.click("procedure." + first.code());
        kiosk.waitForStep(Step.INFO);
    }

    private IssuedTicket takeTicket() {
        kiosk.click("info.take");
        kiosk.waitForStep(Step.DONE);
        return GuiActionRunner.execute(() -> kiosk.app.flow().state().ticket());
    }

    /** The id of the one ticket on the server, checking its status. */
    private String onlyTicket(String status) {
        KioskHarness.waitFor("ticket " + status, () -> kiosk.server.tickets().size() == 1
                && kiosk.server.tickets().get(0).contains(" " + status + " "));
        String row = kiosk.server.tickets().get(0);
        return row.substring(row.lastIndexOf(' ') + 1);
    }

    private Path onlyPng() throws Exception {
        try (Stream<Path> s = Files.list(tmp.resolve("paper"))) {
            List<Path> pngs = s.filter(p -> p.toString().endsWith(".png")).toList();
            assertThat(pngs).hasSize(1);
            return pngs.get(0);
        }
    }
}
