package vn.onestop.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.identity.CccdParser;
import vn.onestop.core.slip.DocumentForm;
import vn.onestop.core.slip.ReturnMethod;
import vn.onestop.core.wire.DossierRegistration;
import vn.onestop.testkit.TestClock;

/** The filing form through the flow, without a display: pages, checks, submission, retries and the idle timeout. */
class FilingFlowTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T02:00:00Z"), TestClock.VIETNAM);
    private final CccdParser parser = FlowFixtures.parser(clock);
    private final ProcedureCatalogue catalogue = FlowFixtures.catalogue();
    private final RecordingDossierDesk dossiers = new RecordingDossierDesk();
    private final FlowFixtures.RecordingDesk tickets = new FlowFixtures.RecordingDesk();
    private final AtomicInteger keys = new AtomicInteger();
    private KioskFlow flow;

    @BeforeEach
    void create() {
        flow = new KioskFlow(parser, tickets, dossiers, new FilingOptions(30_000,
                List.of("wait", "attitude")), clock, Duration.ofSeconds(60), Duration.ofSeconds(20),
                () -> "key-" + keys.incrementAndGet());
    }

    private Procedure procedure(String code) {
        return catalogue.all().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
    }

    private void toInfo(String code, boolean scanCard) throws Exception {
        if (scanCard) {
            flow.identify().cardRead(FlowFixtures.read(parser, FlowFixtures.payload("Nguyễn Văn An"), clock.instant()));
        } else {
            flow.start();
            flow.identify().continueWithoutId();
        }
        Procedure p = procedure(code);
        flow.chooseField(p.field());
        flow.chooseProcedure(p);
        assertThat(flow.state().step()).isEqualTo(Step.INFO);
    }

    private FilingSession session() {
        return flow.filing().session().orElseThrow();
    }

    private void typePhone(String digits) {
        digits.chars().forEach(c -> flow.filing().phoneDigit((char) c));
    }

    @Test
    void aScannedCardFillsTheFormAndAFiledDossierShowsItsCode() throws Exception {
        toInfo("LLTP-1", true);
        assertThat(flow.canFile()).isTrue();
        flow.startFiling();
        assertThat(flow.state().step()).isEqualTo(Step.FILING);
        assertThat(session().page()).isEqualTo(FilingPage.APPLICANT);
        assertThat(session().draft().citizen().fullName()).isEqualTo("Nguyễn Văn An");

        flow.filing().next();                                   // no phone yet
        assertThat(session().page()).isEqualTo(FilingPage.APPLICANT);
        assertThat(session().blocking()).containsExactly("phone");
        typePhone("0912345678");
        flow.filing().next();
        assertThat(session().page()).isEqualTo(FilingPage.DOCUMENTS);
        int docs = vn.onestop.core.catalogue.CitizenText.documents(procedure("LLTP-1")).size();
        assertThat(session().draft().documents()).hasSize(docs);
        flow.filing().toggleDocument(docs - 1);                 // the last one is not handed in
        flow.filing().nextForm(0);
        flow.filing().quantity(0, 1);
        assertThat(session().draft().documents()).hasSize(docs - 1);
        assertThat(session().draft().documents().get(0).form()).isEqualTo(DocumentForm.COPY);
        assertThat(session().draft().documents().get(0).quantity()).isEqualTo(2);
        flow.filing().next();
        assertThat(session().page()).isEqualTo(FilingPage.DELIVERY);

        flow.filing().delivery(ReturnMethod.POST);
        assertThat(session().draft().postalAddress()).isEqualTo(session().draft().citizen().placeOfResidence());
        flow.filing().edit(FilingSession.Editing.ADDRESS);
        flow.filing().text("Số 5 phố Huế, Hà Nội");
        flow.filing().edit(FilingSession.Editing.NONE);
        assertThat(flow.filing().fees().postalFeeVnd()).isEqualTo(30_000);
        flow.filing().next();
        assertThat(session().page()).isEqualTo(FilingPage.REVIEW);
        flow.filing().next();                                   // no consent
        assertThat(session().blocking()).containsExactly("consent");
        assertThat(dossiers.filed).isEmpty();
        flow.filing().consent(true);
        flow.filing().next();
        assertThat(flow.state().step()).isEqualTo(Step.SUBMITTING);

        DossierRegistration sent = dossiers.filed.get(0);
        assertThat(sent.procedureCode()).isEqualTo("LLTP-1");
        assertThat(sent.phone()).isEqualTo("0912345678");
        assertThat(sent.delivery()).isEqualTo(ReturnMethod.POST);
        assertThat(sent.postalAddress()).isEqualTo("Số 5 phố Huế, Hà Nội");
        assertThat(sent.consentGiven()).isTrue();
        assertThat(sent.staffNotes()).as("a known province code needs no note").isNull();
        flow.home();                                            // ignored while submitting
        assertThat(flow.state().step()).isEqualTo(Step.SUBMITTING);

        dossiers.finishFiling(new FilingOutcome.Filed(new FiledDossier("H41.21-261125-0001", "LLTP-1",
                LocalDateTime.of(2026, 12, 9, 8, 0), false, true, null)));
        assertThat(flow.state().step()).isEqualTo(Step.FILED);
        assertThat(session().filed().code()).isEqualTo("H41.21-261125-0001");
        flow.lookup().rate();
        assertThat(flow.state().step()).as("filing only prepares the dossier: no rating yet (issue 22)")
                .isEqualTo(Step.FILED);
        assertThat(dossiers.dossierChecks).isEmpty();
    }

    private static vn.onestop.core.wire.DossierView found(String code) {
        return new vn.onestop.core.wire.DossierView(code, "LLTP-1", "Cấp Phiếu lý lịch tư pháp", "Criminal record",
                "received", "Đã tiếp nhận", "Received", Instant.parse("2026-11-25T02:00:00Z"),
                LocalDateTime.of(2026, 12, 9, 8, 0), false, "POST", null, List.of());
    }

    @Test
    void aLookedUpDossierIsRatedOnlyOnceReceivedByAnOfficialElseAClearMessage() throws Exception {
        dossiers.dossierAnswer = TicketCheck.NOT_RECEIVED;
        flow.lookup().open();
        flow.lookup().text("H41.21-261125-0001");
        flow.lookup().submit();
        flow.lookup().rate();
        assertThat(flow.state().step()).as("nothing found yet: nothing to rate").isEqualTo(Step.LOOKUP);
        dossiers.finishLookup(new LookupOutcome.Found(found("H41.21-261125-0001")));
        flow.lookup().rate();
        assertThat(dossiers.dossierChecks).containsExactly("H41.21-261125-0001");
        assertThat(flow.state().step()).isEqualTo(Step.RATING);
        assertThat(flow.rating().state().result()).as("only prepared").isEqualTo(RatingOutcome.NOT_RECEIVED);
        flow.rating().choose(vn.onestop.core.rating.RatingLevel.VERY_SATISFIED);
        assertThat(dossiers.ratings).as("nothing rated").isEmpty();

        flow.home();
        dossiers.dossierAnswer = TicketCheck.ALREADY_RATED;
        flow.lookup().open();
        flow.lookup().text("H41.21-261125-0002");
        flow.lookup().submit();
        dossiers.finishLookup(new LookupOutcome.Found(found("H41.21-261125-0002")));
        flow.lookup().rate();
        assertThat(flow.rating().state().result()).isEqualTo(RatingOutcome.ALREADY_RATED);

        flow.home();
        dossiers.dossierAnswer = TicketCheck.RATABLE;
        flow.lookup().open();
        flow.lookup().text("H41.21-261125-0003");
        flow.lookup().submit();
        dossiers.finishLookup(new LookupOutcome.Found(found("H41.21-261125-0003")));
        flow.lookup().rate();
        assertThat(flow.rating().state().result()).isNull();
        flow.rating().choose(vn.onestop.core.rating.RatingLevel.VERY_SATISFIED);
        assertThat(dossiers.ratings).hasSize(1);
        assertThat(dossiers.ratings.get(0).dossierCode()).isEqualTo("H41.21-261125-0003");
        assertThat(dossiers.ratings.get(0).ticketId()).isNull();
        assertThat(dossiers.ratings.get(0).score()).isEqualTo(5);
    }

    @Test
    void thePostalAddressStartsAsTheCardsAddressInTheNewUnitsAndAnAmbiguousOneIsPicked() throws Exception {
        flow = new KioskFlow(parser, tickets, dossiers, new FilingOptions(30_000, List.of("wait"))
                .withAddresses(vn.onestop.kiosk.config.FilingConfig.addresses(FlowFixtures.configDir())), clock,
                Duration.ofSeconds(60), Duration.ofSeconds(20), () -> "key-" + keys.incrementAndGet());
        toInfo("LLTP-1", true);
        flow.startFiling();
        typePhone("0912345678");
        flow.filing().next();
        flow.filing().next();
        flow.filing().delivery(ReturnMethod.POST);
        var conversion = flow.filing().addressConversion().orElseThrow();
        assertThat(conversion.original())
                .isEqualTo("Số 12 ngõ 34 phố Hàng Bông, Phường Hàng Bông, Quận Hoàn Kiếm, Thành phố Hà Nội");
        assertThat(session().draft().postalAddress())
                .isEqualTo("Số 12 ngõ 34 phố Hàng Bông, Phường Hoàn Kiếm, Thành phố Hà Nội");
        flow.filing().next();
        flow.filing().consent(true);
        flow.filing().next();
        assertThat(dossiers.filed.get(0).postalAddress())
                .isEqualTo("Số 12 ngõ 34 phố Hàng Bông, Phường Hoàn Kiếm, Thành phố Hà Nội");
        assertThat(dossiers.filed.get(0).applicant().address()).as("the card's own text stays the applicant's")
                .isEqualTo(conversion.original());
        dossiers.finishFiling(new FilingOutcome.Filed(new FiledDossier("H41.21-261125-0002", "LLTP-1",
                LocalDateTime.of(2026, 12, 9, 8, 0), false, true, null)));

        flow.home();
        flow.identify().cardRead(FlowFixtures.read(parser, FlowFixtures.payload("Võ Minh Khoa"), clock.instant()));
        Procedure p = procedure("LLTP-1");
        flow.chooseField(p.field());
        flow.chooseProcedure(p);
        flow.startFiling();
        typePhone("0912345678");
        flow.filing().next();
        flow.filing().next();
        flow.filing().delivery(ReturnMethod.POST);
        var ambiguous = flow.filing().addressConversion().orElseThrow();
        assertThat(ambiguous.needsChoice()).isTrue();
        assertThat(session().draft().postalAddress()).as("the card's until picked").isEqualTo(ambiguous.original());
        flow.filing().chooseAddress(1);
        assertThat(session().draft().postalAddress()).isEqualTo(ambiguous.candidates().get(1))
                .startsWith("Số 3, Phường ").endsWith(", Thành phố Hồ Chí Minh");
        flow.filing().chooseAddress(99);
        assertThat(session().draft().postalAddress()).isEqualTo(ambiguous.candidates().get(1));
        flow.home();
        assertThat(flow.filing().addressConversion()).isEmpty();
    }

    @Test
    void aNumberOutsideTheProvinceCodesIsFiledWithAWarningForTheReceivingOfficial() throws Exception {
        flow.identify().cardRead(FlowFixtures.read(parser, "999090012345||Nguyễn Văn An|15031990|Nam|Số 1 phố Huế, Phường Hai Bà "
                + "Trưng, Thành phố Hà Nội|10042021", clock.instant()));
        assertThat(flow.state().identity()).as("accepted, not refused").isNotNull();
        Procedure p = procedure("LLTP-1");
        flow.chooseField(p.field());
        flow.chooseProcedure(p);
        flow.startFiling();
        typePhone("0912345678");
        flow.filing().next();
        flow.filing().next();
        flow.filing().next();
        flow.filing().consent(true);
        flow.filing().next();
        assertThat(dossiers.filed.get(0).staffNotes()).containsExactly("ID_PROVINCE_UNKNOWN");
    }

    @Test
    void aFailedSubmissionKeepsEverythingAndTheRetryUsesTheSameKey() throws Exception {
        toInfo("LLTP-1", true);
        flow.startFiling();
        typePhone("0912345678");
        flow.filing().next();
        flow.filing().next();
        flow.filing().next();
        flow.filing().consent(true);
        flow.filing().next();
        dossiers.finishFiling(new FilingOutcome.NotFiled("unavailable"));
        assertThat(flow.state().step()).isEqualTo(Step.FILING);
        assertThat(session().failure()).isEqualTo("unavailable");
        assertThat(session().draft().phone()).isEqualTo("0912345678");
        flow.filing().next();
        assertThat(dossiers.filed).hasSize(2);
        assertThat(dossiers.filed.get(1).idempotencyKey()).isEqualTo(dossiers.filed.get(0).idempotencyKey());
    }

    @Test
    void idleTimeoutDropsTheWholeForm() throws Exception {
        toInfo("LLTP-1", true);
        flow.startFiling();
        typePhone("0912345678");
        flow.filing().next();
        clock.advance(Duration.ofSeconds(59));
        flow.tick();
        assertThat(flow.filing().session()).isPresent();
        clock.advance(Duration.ofSeconds(1));
        flow.tick();
        assertThat(flow.state().step()).isEqualTo(Step.ATTRACT);
        assertThat(flow.filing().session()).isEmpty();
        assertThat(flow.state().identity()).isNull();
    }

    @Test
    void withoutACardOrForACounterOnlyProcedureThereIsNoFilingHere() throws Exception {
        toInfo("LLTP-1", false);
        assertThat(flow.canFile()).isFalse();
        flow.startFiling();
        assertThat(flow.state().step()).isEqualTo(Step.INFO);
        flow.home();
        toInfo("HC-PT", true);
        assertThat(flow.canFile()).isFalse();
        flow.startFiling();
        assertThat(flow.state().step()).isEqualTo(Step.INFO);
    }

    @Test
    void backWalksThePagesThenLeavesTheFormAndDropsIt() throws Exception {
        toInfo("LLTP-1", true);
        flow.startFiling();
        typePhone("0912345678");
        flow.filing().next();
        flow.back();
        assertThat(session().page()).isEqualTo(FilingPage.APPLICANT);
        flow.back();
        assertThat(flow.state().step()).isEqualTo(Step.INFO);
        assertThat(flow.filing().session()).isEmpty();
    }

    @Test
    void aMalformedCodeNeverReachesTheServerAndASlipScanOpensTheLookup() {
        flow.lookup().open();
        assertThat(flow.state().step()).isEqualTo(Step.LOOKUP);
        flow.lookup().text("xyz");
        flow.lookup().submit();
        assertThat(flow.lookup().state().result()).isInstanceOf(LookupOutcome.Malformed.class);
        assertThat(dossiers.lookups).isEmpty();
        flow.home();
        flow.lookup().slipScanned("V=1|MHS=h41.21-261125-0001|TTHC=LLTP-1|HEN=2026-12-09T08:00");
        assertThat(flow.state().step()).isEqualTo(Step.LOOKUP);
        assertThat(dossiers.lookups).containsExactly("H41.21-261125-0001");
        assertThat(flow.lookup().state().busy()).isTrue();
        dossiers.finishLookup(new LookupOutcome.NotFound());
        assertThat(flow.lookup().state().result()).isInstanceOf(LookupOutcome.NotFound.class);
        flow.home();
        assertThat(flow.lookup().state().code()).isNull();
    }

    @Test
    void aLowRatingAsksWhyAndTheRatingScreenTimesOutAfterThirtySeconds() throws Exception {
        toInfo("LLTP-1", true);
        flow.takeTicket();
        tickets.finishLast(new TicketOutcome.Printed(new IssuedTicket("t-9", "A001", "A", null, 1, 5,
                clock.instant(), false)));
        flow.rating().ticketScanned("ONESTOP-TICKET|A001|t-9");
        assertThat(dossiers.ticketChecks).containsExactly("t-9");
        assertThat(flow.state().step()).isEqualTo(Step.RATING);
        assertThat(flow.state().secondsLeft()).isEqualTo(30);
        flow.rating().choose(vn.onestop.core.rating.RatingLevel.DISSATISFIED);
        assertThat(flow.rating().state().askingReasons()).isTrue();
        assertThat(dossiers.ratings).isEmpty();
        flow.rating().toggleReason("wait");
        flow.rating().toggleReason("not-offered");
        flow.rating().send();
        flow.rating().send();
        assertThat(dossiers.ratings).hasSize(1);
        assertThat(dossiers.ratings.get(0).ticketId()).isEqualTo("t-9");
        assertThat(dossiers.ratings.get(0).score()).isEqualTo(2);
        assertThat(dossiers.ratings.get(0).reasons()).containsExactly("wait");
        dossiers.finishRating(RatingOutcome.ALREADY_RATED);
        assertThat(flow.rating().state().result()).isEqualTo(RatingOutcome.ALREADY_RATED);
        clock.advance(Duration.ofSeconds(29));
        flow.tick();
        assertThat(flow.state().step()).isEqualTo(Step.RATING);
        clock.advance(Duration.ofSeconds(1));
        flow.tick();
        assertThat(flow.state().step()).isEqualTo(Step.ATTRACT);
        assertThat(flow.rating().state().ticketId()).isNull();
    }

    @Test
    void aScannedTicketNotYetServedOrUnknownGetsAMessageAndNoLevels() throws Exception {
        dossiers.ticketAnswer = TicketCheck.NOT_SERVED;
        flow.rating().ticketScanned("ONESTOP-TICKET|A003|t-3");
        assertThat(flow.state().step()).isEqualTo(Step.RATING);
        assertThat(flow.rating().state().result()).isEqualTo(RatingOutcome.NOT_SERVED);
        flow.rating().choose(vn.onestop.core.rating.RatingLevel.VERY_SATISFIED);
        assertThat(dossiers.ratings).as("nothing to rate").isEmpty();
        dossiers.ticketAnswer = TicketCheck.UNKNOWN;
        flow.rating().ticketScanned("ONESTOP-TICKET|A004|t-4");
        assertThat(flow.rating().state().result()).isEqualTo(RatingOutcome.UNKNOWN_TICKET);
        flow.home();
        flow.rating().ticketScanned("ONESTOP-TICKET|A004|t 4; DROP");
        flow.rating().ticketScanned("NOT-A-TICKET");
        assertThat(flow.state().step()).as("malformed codes are ignored").isEqualTo(Step.ATTRACT);
        assertThat(dossiers.ticketChecks).containsExactly("t-3", "t-4");
    }

    @Test
    void aSatisfiedRatingIsSentAtOnceAndOfflineTicketsAreNotRated() throws Exception {
        toInfo("LLTP-1", true);
        flow.takeTicket();
        tickets.finishLast(new TicketOutcome.Printed(new IssuedTicket("k", "K1-A001", "A", null, -1, -1,
                clock.instant(), true)));
        flow.lookup().rate();
        assertThat(flow.state().step()).isEqualTo(Step.DONE);
        flow.home();
        toInfo("LLTP-1", true);
        flow.takeTicket();
        tickets.finishLast(new TicketOutcome.Printed(new IssuedTicket("t-1", "A002", "A", null, 0, 0,
                clock.instant(), false)));
        flow.lookup().rate();
        assertThat(flow.state().step()).as("no rating right after printing (issue 27)").isEqualTo(Step.DONE);
        flow.rating().ticketScanned("ONESTOP-TICKET|A002|t-1");
        flow.rating().choose(vn.onestop.core.rating.RatingLevel.VERY_SATISFIED);
        assertThat(dossiers.ratings).hasSize(1);
        assertThat(dossiers.ratings.get(0).score()).isEqualTo(5);
        assertThat(dossiers.ratings.get(0).reasons()).isEmpty();
    }
}
