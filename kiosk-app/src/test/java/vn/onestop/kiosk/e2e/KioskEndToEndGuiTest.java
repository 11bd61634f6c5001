package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.flow.IssuedTicket;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.testkit.TestClock;

/** The real window, the virtual printer, the simulated scanner and the real server, walked like a citizen. */
@Tag("gui")
class KioskEndToEndGuiTest extends KioskGuiSuite {
    private final ProcedureCatalogue catalogue = FlowFixtures.catalogue();

    private Procedure firstProcedure() {
        return catalogue.byField(catalogue.fields().get(0)).get(0);
    }

    /** Scan → field → procedure → take a ticket: three taps after the scan. */
    private void walkToInfo() throws Exception {
        kiosk.scanner.scan(FlowFixtures.payload("Nguyễn Văn An"));
        kiosk.waitForStep(Step.FIELD);
        kiosk.click("field.0");
        kiosk.click("procedure." + firstProcedure().code());
        kiosk.waitForStep(Step.INFO);
    }

    private IssuedTicket takeTicket() {
        kiosk.click("info.take");
        kiosk.waitForStep(Step.DONE);
        return GuiActionRunner.execute(() -> kiosk.app.flow().state().ticket());
    }

    @Test
    void scanChooseAndPrintGivesAPrintedTicketTheServerKnows() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of());
        walkToInfo();
        kiosk.waitShowing("info.take");
        kiosk.window.button("info.take").doubleClick();
        kiosk.waitForStep(Step.DONE);
        IssuedTicket ticket = GuiActionRunner.execute(() -> kiosk.app.flow().state().ticket());
        kiosk.window.label("done.number").requireText(ticket.displayNumber());
        assertThat(ticket.offline()).isFalse();
        assertThat(ticket.displayNumber()).startsWith(firstProcedure().serviceCode());

        List<String> onServer = kiosk.server.tickets();
        assertThat(onServer).as("two taps, one ticket").hasSize(1);
        assertThat(onServer.get(0)).isEqualTo(ticket.displayNumber() + " waiting " + ticket.id());

        Path png = printedPngs().get(0);
        assertThat(printedPngs()).hasSize(1);
        assertThat(QrDecode.decode(png)).isEqualTo("ONESTOP-TICKET|" + ticket.displayNumber() + "|" + ticket.id());

        kiosk.click("done.finish");
        kiosk.waitForStep(Step.ATTRACT);
        assertThat(GuiActionRunner.execute(() -> kiosk.app.flow().state().identity())).isNull();
    }

    @Test
    void idleTimeoutClearsTheCardData() throws Exception {
        TestClock clock = new TestClock(Instant.now(), TestClock.VIETNAM);
        kiosk = new KioskHarness(tmp, clock, Map.of());
        walkToInfo();
        assertThat(GuiActionRunner.execute(() -> kiosk.app.flow().state().identified())).isTrue();
        kiosk.window.label("info.countdown").requireText("Tự động kết thúc sau 60 giây");
        clock.advance(java.time.Duration.ofSeconds(45));
        KioskHarness.waitFor("countdown at 15 s", () -> GuiActionRunner.execute(() ->
                kiosk.app.flow().state().secondsLeft() == 15));
        kiosk.window.label("info.countdown").requireText("Tự động kết thúc sau 15 giây");
        clock.advance(java.time.Duration.ofSeconds(15));
        kiosk.waitForStep(Step.ATTRACT);
        var state = GuiActionRunner.execute(() -> kiosk.app.flow().state());
        assertThat(state.identity()).isNull();
        assertThat(state.procedure()).isNull();
        assertThat(state.typedId()).isEmpty();
        kiosk.window.button("attract.start").requireVisible();
    }

    @Test
    void printerOutOfPaperPausesPrintingVoidsTheFailedTicketAndAlertsTheServer() throws Exception {
        // status read once at start, then only when the test asks: the paper runs out between two reads
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of("printer.statusPollMs", "3600000"));
        walkToInfo();
        kiosk.printer.setPaperOut(true);            // runs out between two status reads
        kiosk.click("info.take");
        kiosk.waitForStep(Step.FAILED);
        kiosk.window.label("failed.why").requireText(Pattern.compile(".*Máy in hết giấy.*", Pattern.DOTALL));
        List<String> onServer = kiosk.server.tickets();
        assertThat(onServer).hasSize(1);
        KioskHarness.waitFor("failed ticket voided", () -> kiosk.server.tickets().get(0).contains(" voided "));
        assertThat(printedPngs()).isEmpty();
        kiosk.click("failed.back");
        kiosk.waitForStep(Step.INFO);
        kiosk.window.label("info.printer").requireText("Máy in tạm ngừng — vui lòng đến quầy hướng dẫn");
        kiosk.window.button("info.take").requireDisabled();
        KioskHarness.waitFor("server alerted", () -> kiosk.server.kioskProblems().contains("paper out"));

        kiosk.printer.setPaperOut(false);
        GuiActionRunner.execute(() -> {
            kiosk.app.pollPrinter();
            return null;
        });
        KioskHarness.waitFor("printing resumes", () -> GuiActionRunner.execute(() ->
                kiosk.app.flow().state().printer().canPrint()));
        kiosk.window.button("info.take").requireEnabled();
    }

    @Test
    void ticketsIssuedWhileTheServerIsDownAreDeliveredOnceWhenItReturns() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of());
        kiosk.server.stop();
        walkToInfo();
        IssuedTicket first = takeTicket();
        assertThat(first.offline()).isTrue();
        assertThat(first.displayNumber()).isEqualTo("K1-" + firstProcedure().serviceCode() + "001");
        kiosk.window.label("done.offline").requireText(Pattern.compile(".*tạm mất kết nối.*", Pattern.DOTALL));
        kiosk.click("done.finish");
        walkToInfo();
        IssuedTicket second = takeTicket();
        assertThat(second.displayNumber()).isEqualTo("K1-" + firstProcedure().serviceCode() + "002");
        assertThat(printedPngs()).hasSize(2);

        kiosk.server.restart();
        assertThat(kiosk.server.tickets()).isEmpty();
        deliver();
        deliver();
        List<String> onServer = kiosk.server.tickets();
        assertThat(onServer).hasSize(2);
        assertThat(kiosk.app.server().outbox().pendingCount()).isZero();
    }

    private void deliver() throws Exception {
        kiosk.app.server().executor().submit(kiosk.app.server()::deliverPending).get();
    }

    private List<Path> printedPngs() throws Exception {
        Path dir = kiosk.dataDir.resolve("printed");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
    }
}
