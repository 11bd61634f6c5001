package vn.onestop.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.core.identity.CccdParser;
import vn.onestop.testkit.TestClock;

/** A booking's QR or typed code in the kiosk flow (issue 24), with a desk that records the check-ins it is asked. */
class BookingCheckInFlowTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T02:00:00Z"), TestClock.VIETNAM);
    private final CccdParser parser = FlowFixtures.parser(clock);
    private final List<String> codes = new ArrayList<>();
    private final List<BiConsumer<BookingNote, TicketOutcome>> pending = new ArrayList<>();
    private KioskFlow flow;

    @BeforeEach
    void create() {
        TicketDesk desk = new TicketDesk() {
            @Override
            public void order(TicketOrder order, Consumer<TicketOutcome> onDone) {
                throw new AssertionError("a booking is checked in, not ordered");
            }

            @Override
            public void checkIn(String code, BiConsumer<BookingNote, TicketOutcome> onDone) {
                codes.add(code);
                pending.add(onDone);
            }
        };
        flow = new KioskFlow(parser, desk, clock, Duration.ofSeconds(60), Duration.ofSeconds(20), () -> "key");
    }

    private IssuedTicket ticket(String priority) {
        return new IssuedTicket("t1", "A007", "A", priority, 2, 10, clock.instant(), false);
    }

    @Test
    void aLateBookingPrintsANormalTicketAndTheDoneScreenKnowsWhyUntilTheSessionEnds() {
        flow.booking().scanned("ONESTOP-BOOKING|ab cd-efgh23");
        assertThat(flow.state().step()).isEqualTo(Step.PRINTING);
        assertThat(codes).containsExactly("ABCDEFGH23");
        flow.booking().scanned("ONESTOP-BOOKING|ABCDEFGH23");
        assertThat(codes).as("no second check-in while printing").hasSize(1);

        pending.get(0).accept(new BookingNote(false, "late", "2026-11-25", "08:00", "08:30"),
                new TicketOutcome.Printed(ticket(null)));
        assertThat(flow.state().step()).isEqualTo(Step.DONE);
        assertThat(flow.booking().note().reason()).isEqualTo("late");
        flow.home();
        assertThat(flow.booking().note()).isNull();
    }

    @Test
    void anUnknownCodeFailsAndGoesHomeAndAMalformedOrMidSessionScanIsIgnored() throws Exception {
        flow.booking().scanned("ONESTOP-BOOKING|TOO-SHORT");
        assertThat(flow.state().step()).isEqualTo(Step.ATTRACT);
        assertThat(codes).isEmpty();

        flow.booking().scanned("ONESTOP-BOOKING|ZZZZZZZZZZ");
        pending.get(0).accept(null, new TicketOutcome.NotIssued("booking-unknown"));
        assertThat(flow.state().step()).isEqualTo(Step.FAILED);
        assertThat(flow.state().failure()).isEqualTo("booking-unknown");
        flow.back();
        assertThat(flow.state().step()).as("no procedure to go back to").isEqualTo(Step.ATTRACT);

        flow.identify().cardRead(FlowFixtures.read(parser, FlowFixtures.payload("Nguyễn Văn An"), clock.instant()));
        assertThat(flow.state().step()).isEqualTo(Step.FIELD);
        flow.booking().scanned("ONESTOP-BOOKING|ZZZZZZZZZZ");
        assertThat(flow.state().step()).as("a session in progress is never lost").isEqualTo(Step.FIELD);
        assertThat(codes).hasSize(1);
    }

    @Test
    void aPrinterThatCannotPrintSaysSoWithoutAskingTheServer() {
        flow.printerChanged(PrinterAvailability.PAUSED);
        flow.booking().scanned("ONESTOP-BOOKING|ZZZZZZZZZZ");
        assertThat(flow.state().step()).isEqualTo(Step.FAILED);
        assertThat(flow.state().failure()).isEqualTo("printer");
        assertThat(codes).isEmpty();
    }
}
