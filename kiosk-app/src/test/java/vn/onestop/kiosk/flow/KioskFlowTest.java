package vn.onestop.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.identity.CccdParser;
import vn.onestop.testkit.TestClock;

class KioskFlowTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T02:00:00Z"), TestClock.VIETNAM);
    private final CccdParser parser = FlowFixtures.parser(clock);
    private final ProcedureCatalogue catalogue = FlowFixtures.catalogue();
    private final FlowFixtures.RecordingDesk desk = new FlowFixtures.RecordingDesk();
    private final AtomicInteger keys = new AtomicInteger();
    private KioskFlow flow;

    @BeforeEach
    void create() {
        flow = new KioskFlow(parser, desk, clock, Duration.ofSeconds(60), Duration.ofSeconds(20),
                () -> "key-" + keys.incrementAndGet());
    }

    private void scan(String labelPart) throws Exception {
        flow.identify().cardRead(FlowFixtures.read(parser, FlowFixtures.payload(labelPart), clock.instant()));
    }

    private Procedure firstProcedure() {
        return catalogue.byField(catalogue.fields().get(0)).get(0);
    }

    @Test
    void aScannedCardGetsATicketInThreeTaps() throws Exception {
        scan("Nguyễn Văn An");
        assertThat(flow.state().step()).isEqualTo(Step.FIELD);
        assertThat(flow.state().identity().fullName()).isEqualTo("Nguyễn Văn An");
        flow.chooseField(catalogue.fields().get(0));                         // tap 1
        flow.chooseProcedure(firstProcedure());                              // tap 2
        assertThat(flow.state().step()).isEqualTo(Step.INFO);
        flow.takeTicket();                                                   // tap 3
        assertThat(flow.state().step()).isEqualTo(Step.PRINTING);
        assertThat(desk.orders).hasSize(1);
        TicketOrder order = desk.orders.get(0);
        assertThat(order.serviceCode()).isEqualTo(firstProcedure().serviceCode());
        assertThat(order.priorityClass()).isNull();
        desk.finishLast(new TicketOutcome.Printed(ticket("A001")));
        assertThat(flow.state().step()).isEqualTo(Step.DONE);
        assertThat(flow.state().ticket().displayNumber()).isEqualTo("A001");
    }

    @Test
    void aSecondTapWhilePrintingNeverMakesASecondTicket() throws Exception {
        scan("Nguyễn Văn An");
        flow.chooseField(catalogue.fields().get(0));
        flow.chooseProcedure(firstProcedure());
        flow.takeTicket();
        flow.takeTicket();
        flow.choosePriority("elderly");
        flow.back();
        flow.home();
        assertThat(desk.orders).hasSize(1);
        assertThat(flow.state().step()).isEqualTo(Step.PRINTING);
        desk.finishLast(new TicketOutcome.Printed(ticket("A001")));
        flow.takeTicket();
        assertThat(desk.orders).hasSize(1);
    }

    @Test
    void idleTimeoutCountsDownThenClearsEveryFieldAndTheIdentity() throws Exception {
        scan("Nguyễn Văn An");
        flow.chooseField(catalogue.fields().get(0));
        flow.chooseProcedure(firstProcedure());
        clock.advance(Duration.ofSeconds(45));
        flow.tick();
        assertThat(flow.state().secondsLeft()).isEqualTo(15);
        assertThat(flow.state().step()).isEqualTo(Step.INFO);
        clock.advance(Duration.ofSeconds(15));
        flow.tick();
        FlowState s = flow.state();
        assertThat(s.step()).isEqualTo(Step.ATTRACT);
        assertThat(s.identity()).isNull();
        assertThat(s.identified()).isFalse();
        assertThat(s.typedId()).isEmpty();
        assertThat(s.procedure()).isNull();
        assertThat(s.field()).isNull();
        assertThat(s.orderKey()).isNull();
        assertThat(s.secondsLeft()).isEqualTo(60);
    }

    @Test
    void aTouchRestartsTheCountdown() throws Exception {
        scan("Nguyễn Văn An");
        clock.advance(Duration.ofSeconds(50));
        flow.touched();
        clock.advance(Duration.ofSeconds(50));
        flow.tick();
        assertThat(flow.state().step()).isEqualTo(Step.FIELD);
        assertThat(flow.state().secondsLeft()).isEqualTo(10);
    }

    @Test
    void typedNumbersClearedOnTimeoutToo() {
        flow.start();
        "0010900".chars().forEach(c -> flow.identify().keypadDigit((char) c));
        assertThat(flow.state().typedId()).isEqualTo("0010900");
        clock.advance(Duration.ofSeconds(61));
        flow.tick();
        assertThat(flow.state().typedId()).isEmpty();
        assertThat(flow.state().step()).isEqualTo(Step.ATTRACT);
    }

    @Test
    void theDoneScreenReturnsToAttractAfterItsOwnShorterTime() throws Exception {
        scan("Nguyễn Văn An");
        flow.chooseField(catalogue.fields().get(0));
        flow.chooseProcedure(firstProcedure());
        flow.takeTicket();
        clock.advance(Duration.ofSeconds(120));
        flow.tick();
        assertThat(flow.state().step()).as("printing is never cut by the timeout").isEqualTo(Step.PRINTING);
        desk.finishLast(new TicketOutcome.Printed(ticket("A001")));
        assertThat(flow.state().secondsLeft()).isEqualTo(20);
        clock.advance(Duration.ofSeconds(20));
        flow.tick();
        assertThat(flow.state().step()).isEqualTo(Step.ATTRACT);
        assertThat(flow.state().ticket()).isNull();
    }

    @Test
    void keypadAcceptsAValidNumberAndExplainsAWrongOne() {
        flow.start();
        "0010900123456".chars().forEach(c -> flow.identify().keypadDigit((char) c));
        assertThat(flow.state().typedId()).as("at most twelve digits").hasSize(12);
        flow.identify().keypadDelete();
        flow.identify().keypadSubmit();
        assertThat(flow.state().step()).isEqualTo(Step.IDENTIFY);
        assertThat(flow.state().problems()).isNotEmpty();
        assertThat(flow.state().typedId()).hasSize(11);
        flow.identify().keypadDigit('5');
        flow.identify().keypadSubmit();
        assertThat(flow.state().step()).isEqualTo(Step.FIELD);
        assertThat(flow.state().identified()).isTrue();
        assertThat(flow.state().identity()).isNull();
    }

    @Test
    void continueWithoutIdGivesAPlainTicketPath() {
        flow.start();
        flow.identify().continueWithoutId();
        assertThat(flow.state().step()).isEqualTo(Step.FIELD);
        assertThat(flow.state().identified()).isFalse();
    }

    @Test
    void aRefusedCardSaysWhyAndStaysOnIdentify() throws Exception {
        flow.start();
        scan("INVALID ngày sinh");
        assertThat(flow.state().step()).isEqualTo(Step.IDENTIFY);
        assertThat(flow.state().problems()).isNotEmpty();
        assertThat(flow.state().identity()).isNull();
    }

    @Test
    void elderlyCitizensGetPriorityWithoutAnExtraTap() throws Exception {
        scan("Hoàng Văn Giáp");
        flow.chooseField(catalogue.fields().get(0));
        flow.chooseProcedure(firstProcedure());
        flow.takeTicket();
        assertThat(desk.orders.get(0).priorityClass()).isEqualTo("elderly");
    }

    @Test
    void priorityScreenPrintsTheChosenClass() {
        flow.start();
        flow.identify().continueWithoutId();
        flow.search("lý lịch");
        assertThat(flow.state().step()).isEqualTo(Step.PROCEDURE);
        assertThat(flow.state().query()).isEqualTo("lý lịch");
        flow.chooseProcedure(catalogue.search("lý lịch").get(0));
        flow.askPriority();
        assertThat(flow.state().step()).isEqualTo(Step.PRIORITY);
        flow.choosePriority("pregnant");
        assertThat(desk.orders).singleElement().extracting(TicketOrder::priorityClass).isEqualTo("pregnant");
    }

    @Test
    void aFailedPrintExplainsAndARetryUsesANewKey() throws Exception {
        scan("Nguyễn Văn An");
        flow.chooseField(catalogue.fields().get(0));
        flow.chooseProcedure(firstProcedure());
        flow.takeTicket();
        desk.finishLast(new TicketOutcome.PrintFailed("paper-out"));
        assertThat(flow.state().step()).isEqualTo(Step.FAILED);
        assertThat(flow.state().failure()).isEqualTo("paper-out");
        flow.back();
        assertThat(flow.state().step()).isEqualTo(Step.INFO);
        flow.takeTicket();
        assertThat(desk.orders).hasSize(2);
        assertThat(desk.orders.get(1).idempotencyKey()).isNotEqualTo(desk.orders.get(0).idempotencyKey());
    }

    @Test
    void aPausedPrinterTakesNoOrder() throws Exception {
        scan("Nguyễn Văn An");
        flow.chooseField(catalogue.fields().get(0));
        flow.chooseProcedure(firstProcedure());
        flow.printerChanged(PrinterAvailability.PAUSED);
        flow.takeTicket();
        assertThat(desk.orders).isEmpty();
        assertThat(flow.state().step()).isEqualTo(Step.INFO);
        flow.printerChanged(PrinterAvailability.PAPER_NEAR_END);
        flow.takeTicket();
        assertThat(desk.orders).hasSize(1);
    }

    @Test
    void theStateNeverPrintsPersonalData() throws Exception {
        scan("Nguyễn Văn An");
        assertThat(flow.state().toString()).doesNotContain("Nguyễn").doesNotContain("001090012345");
        flow.home();
        flow.start();
        "001090012345".chars().forEach(c -> flow.identify().keypadDigit((char) c));
        assertThat(flow.state().toString()).doesNotContain("001090012345");
    }

    private IssuedTicket ticket(String number) {
        return new IssuedTicket("t1", number, "A", null, 3, 12, clock.instant(), false);
    }
}
