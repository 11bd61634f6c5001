package vn.onestop.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.identity.CccdParser;
import vn.onestop.core.rating.RatingLevel;
import vn.onestop.core.wire.RatingReasonInfo;
import vn.onestop.testkit.TestClock;

/** The optional per-criterion questions of the rating, without a display: answered, skipped, timed out. */
class RatingCriteriaFlowTest {
    private static final List<RatingReasonInfo> CRITERIA = List.of(
            new RatingReasonInfo("attitude", "Thái độ của cán bộ", "The official's manner"),
            new RatingReasonInfo("guidance", "Hướng dẫn rõ ràng, đầy đủ", "Clear and complete guidance"),
            new RatingReasonInfo("time", "Thời gian chờ và giải quyết", "Waiting and processing time"));
    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T02:00:00Z"), TestClock.VIETNAM);
    private final CccdParser parser = FlowFixtures.parser(clock);
    private final RecordingDossierDesk dossiers = new RecordingDossierDesk();
    private final FlowFixtures.RecordingDesk tickets = new FlowFixtures.RecordingDesk();
    private final AtomicInteger keys = new AtomicInteger();

    private KioskFlow ratingScreen(List<RatingReasonInfo> criteria) throws Exception {
        KioskFlow flow = new KioskFlow(parser, tickets, dossiers, new FilingOptions(30_000, List.of("wait"))
                .withCriteria(criteria), clock, Duration.ofSeconds(60), Duration.ofSeconds(20),
                () -> "key-" + keys.incrementAndGet());
        flow.identify().cardRead(FlowFixtures.read(parser, FlowFixtures.payload("Nguyễn Văn An"), clock.instant()));
        Procedure p = FlowFixtures.catalogue().all().stream().filter(x -> x.code().equals("LLTP-1")).findFirst()
                .orElseThrow();
        flow.chooseField(p.field());
        flow.chooseProcedure(p);
        flow.takeTicket();
        tickets.finishLast(new TicketOutcome.Printed(new IssuedTicket("t-9", "A001", "A", null, 1, 5,
                clock.instant(), false)));
        flow.lookup().rate();
        assertThat(flow.state().step()).as("no rating right after printing (issue 27)").isEqualTo(Step.DONE);
        flow.home();
        flow.rating().ticketScanned("ONESTOP-TICKET|A001|t-9");                // once served, its QR is scanned
        assertThat(flow.state().step()).isEqualTo(Step.RATING);
        return flow;
    }

    @Test
    void afterTheLevelAndReasonsEachQuestionIsAnsweredOrSkippedAndTheAnswersAreSent() throws Exception {
        KioskFlow flow = ratingScreen(CRITERIA);
        flow.rating().choose(RatingLevel.DISSATISFIED);
        flow.rating().toggleReason("wait");
        flow.rating().send();
        assertThat(dossiers.ratings).as("the questions come before sending").isEmpty();
        assertThat(flow.rating().state().askingCriterion()).isTrue();
        assertThat(flow.rating().state().question()).isZero();
        flow.rating().answer(2);
        flow.rating().skip();
        flow.rating().answer(9);                                      // not a level: ignored
        assertThat(flow.rating().state().question()).isEqualTo(2);
        flow.rating().answer(1);
        assertThat(dossiers.ratings).hasSize(1);
        assertThat(dossiers.ratings.get(0).score()).isEqualTo(2);
        assertThat(dossiers.ratings.get(0).reasons()).containsExactly("wait");
        assertThat(dossiers.ratings.get(0).criteria()).isEqualTo(Map.of("attitude", 2, "time", 1));
        flow.rating().answer(5);                                      // already sent: nothing more
        assertThat(dossiers.ratings).hasSize(1);
    }

    @Test
    void aSatisfiedLevelAsksTheQuestionsAndATimeoutSendsTheLevelWithWhatWasAnswered() throws Exception {
        KioskFlow flow = ratingScreen(CRITERIA);
        flow.rating().choose(RatingLevel.VERY_SATISFIED);
        assertThat(flow.rating().state().askingReasons()).isFalse();
        assertThat(flow.rating().state().askingCriterion()).isTrue();
        flow.rating().answer(5);
        clock.advance(Duration.ofSeconds(29));
        flow.tick();
        assertThat(dossiers.ratings).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        flow.tick();
        assertThat(flow.state().step()).isEqualTo(Step.ATTRACT);
        assertThat(dossiers.ratings).hasSize(1);
        assertThat(dossiers.ratings.get(0).score()).isEqualTo(5);
        assertThat(dossiers.ratings.get(0).criteria()).isEqualTo(Map.of("attitude", 5));
    }

    @Test
    void withoutCriteriaASatisfiedLevelIsSentAtOnceAndAnUnsentLowLevelIsNotSentOnTimeout() throws Exception {
        KioskFlow flow = ratingScreen(List.of());
        flow.rating().choose(RatingLevel.SATISFIED);
        assertThat(dossiers.ratings).hasSize(1);
        assertThat(dossiers.ratings.get(0).criteria()).isNull();
        assertThat(flow.rating().state().askingCriterion()).isFalse();

        flow.home();
        KioskFlow second = ratingScreen(List.of());
        second.rating().choose(RatingLevel.VERY_DISSATISFIED);
        clock.advance(Duration.ofSeconds(30));
        second.tick();
        assertThat(second.state().step()).isEqualTo(Step.ATTRACT);
        assertThat(dossiers.ratings).hasSize(1);
    }
}
