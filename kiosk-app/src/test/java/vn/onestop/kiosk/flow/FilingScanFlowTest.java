package vn.onestop.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.device.document.PageQuality;
import vn.onestop.device.document.ScannedPage;
import vn.onestop.testkit.TestClock;

/**
 * Scanning the papers of a filing, without a display: pages taken, flagged, retaken and removed; a scanner fault
 * keeps the pages already taken; the pages go with the filing as the document's scan. The scanner is a desk that
 * answers later, as the real one does from its own thread.
 */
class FilingScanFlowTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T02:00:00Z"), TestClock.VIETNAM);
    private final RecordingDossierDesk dossiers = new RecordingDossierDesk();
    private final LaterScanner scanner = new LaterScanner();
    private final KioskFlow flow = new KioskFlow(FlowFixtures.parser(clock), new FlowFixtures.RecordingDesk(),
            dossiers, GuideDesk.UNAVAILABLE, scanner, new FilingOptions(30_000, List.of("wait")), clock,
            Duration.ofSeconds(60), Duration.ofSeconds(20), () -> "key-00000001");

    /** Answers each scan when the test says so. */
    static final class LaterScanner implements PageScanDesk {
        final List<Consumer<PageScanOutcome>> waiting = new ArrayList<>();

        @Override
        public void scan(Consumer<PageScanOutcome> onDone) {
            waiting.add(onDone);
        }

        @Override
        public boolean available() {
            return true;
        }

        void answer(PageScanOutcome outcome) {
            waiting.remove(0).accept(outcome);
        }
    }

    private static PageScanOutcome page(int width, PageQuality.Verdict verdict) {
        BufferedImage img = new BufferedImage(width, 100, BufferedImage.TYPE_BYTE_GRAY);
        return new PageScanOutcome.Taken(new TakenPage(new ScannedPage(img, 300), img, verdict));
    }

    @BeforeEach
    void onTheChecklist() throws Exception {
        flow.identify().cardRead(FlowFixtures.read(FlowFixtures.parser(clock), FlowFixtures.payload("Nguyễn Văn An"),
                clock.instant()));
        Procedure p = FlowFixtures.catalogue().byCode("LLTP-1").orElseThrow();
        flow.chooseField(p.field());
        flow.chooseProcedure(p);
        flow.startFiling();
        "0912345678".chars().forEach(c -> flow.filing().phoneDigit((char) c));
        flow.filing().next();
        assertThat(flow.filing().session().orElseThrow().page()).isEqualTo(FilingPage.DOCUMENTS);
    }

    @Test
    void pagesAreTakenFlaggedRetakenAndRemovedAndGoWithTheFiling() {
        flow.filing().openScan(1);
        assertThat(flow.state().step()).isEqualTo(Step.SCAN);
        flow.filing().scanPage();
        assertThat(flow.filing().scan().orElseThrow().busy()).isTrue();
        flow.filing().scanPage();                                  // a second tap while busy does nothing
        assertThat(scanner.waiting).hasSize(1);
        scanner.answer(page(10, PageQuality.Verdict.OK));
        flow.filing().scanPage();
        scanner.answer(page(20, PageQuality.Verdict.BLANK));
        assertThat(flow.filing().scan().orElseThrow().problem()).isEqualTo("blank");
        assertThat(flow.filing().pages(1)).hasSize(2);
        assertThat(flow.filing().pages(1).get(1).flagged()).isTrue();
        flow.filing().retake();                                    // the blank page, scanned again
        scanner.answer(page(30, PageQuality.Verdict.OK));
        assertThat(flow.filing().pages(1)).extracting(t -> t.page().image().getWidth()).containsExactly(10, 30);
        assertThat(flow.filing().scan().orElseThrow().problem()).isNull();
        flow.filing().scanPage();
        scanner.answer(page(40, PageQuality.Verdict.TOO_DARK));
        assertThat(flow.filing().scan().orElseThrow().problem()).isEqualTo("too-dark");
        flow.filing().removePage();                                // the dark page goes
        assertThat(flow.filing().pages(1)).hasSize(2);

        flow.filing().finishScan();
        assertThat(flow.state().step()).isEqualTo(Step.FILING);
        flow.filing().next();
        flow.filing().next();
        flow.filing().consent(true);
        flow.filing().next();
        assertThat(flow.state().step()).isEqualTo(Step.SUBMITTING);
        assertThat(dossiers.scans).hasSize(1);
        DocumentScan scan = dossiers.scans.get(0).get(0);
        assertThat(scan.index()).isEqualTo(1);
        assertThat(scan.pages()).extracting(pg -> pg.image().getWidth()).containsExactly(10, 30);
    }

    @Test
    void aScannerFaultIsToldAndThePagesTakenStay() {
        flow.filing().openScan(0);
        flow.filing().scanPage();
        scanner.answer(page(10, PageQuality.Verdict.OK));
        flow.filing().scanPage();
        flow.filing().finishScan();                                // not while a page is being scanned
        assertThat(flow.state().step()).isEqualTo(Step.SCAN);
        scanner.answer(new PageScanOutcome.Failed("disconnected"));
        assertThat(flow.filing().scan().orElseThrow().problem()).isEqualTo("disconnected");
        assertThat(flow.filing().pages(0)).hasSize(1);
        flow.filing().retake();
        scanner.answer(new PageScanOutcome.Failed("no-scanner"));
        assertThat(flow.filing().pages(0)).extracting(t -> t.page().image().getWidth()).containsExactly(10);
    }

    @Test
    void aPageThatArrivesAfterTheCitizenLeftIsDroppedAndTheSessionEndDropsAllPages() {
        flow.filing().openScan(0);
        flow.filing().scanPage();
        scanner.answer(page(10, PageQuality.Verdict.OK));
        flow.filing().scanPage();
        flow.home();                                               // the citizen walks away
        scanner.answer(page(20, PageQuality.Verdict.OK));
        assertThat(flow.filing().pages(0)).isEmpty();
        assertThat(flow.state().step()).isEqualTo(Step.ATTRACT);
    }

    @Test
    void theIdleTimeoutWaitsForAPageBeingScanned() {
        flow.filing().openScan(0);
        flow.filing().scanPage();
        clock.advance(Duration.ofSeconds(90));                     // a slow scanner, past the 60 s idle limit
        flow.tick();
        assertThat(flow.state().step()).isEqualTo(Step.SCAN);
        scanner.answer(page(10, PageQuality.Verdict.OK));
        assertThat(flow.filing().pages(0)).hasSize(1);
        clock.advance(Duration.ofSeconds(61));                     // nothing scanning: the session ends as usual
        flow.tick();
        assertThat(flow.state().step()).isEqualTo(Step.ATTRACT);
        assertThat(flow.filing().pages(0)).isEmpty();
    }
}
