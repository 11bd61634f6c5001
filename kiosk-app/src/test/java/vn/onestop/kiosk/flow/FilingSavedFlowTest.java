package vn.onestop.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.testkit.TestClock;

/** A filing stored on the kiosk while the server is away: the citizen sees it saved and cannot send it again. */
class FilingSavedFlowTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T02:00:00Z"), TestClock.VIETNAM);
    private final RecordingDossierDesk dossiers = new RecordingDossierDesk();
    private final KioskFlow flow = new KioskFlow(FlowFixtures.parser(clock), new FlowFixtures.RecordingDesk(),
            dossiers, new FilingOptions(30_000, List.of("wait")), clock, Duration.ofSeconds(60),
            Duration.ofSeconds(20), () -> "key-00000001");

    @Test
    void aSavedFilingEndsOnTheFiledScreenWithoutCodeOrRatingAndIsNotSentAgain() throws Exception {
        flow.identify().cardRead(FlowFixtures.read(FlowFixtures.parser(clock),
                FlowFixtures.payload("Nguyễn Văn An"), clock.instant()));
        Procedure p = FlowFixtures.catalogue().all().stream().filter(x -> x.code().equals("LLTP-1")).findFirst()
                .orElseThrow();
        flow.chooseField(p.field());
        flow.chooseProcedure(p);
        flow.startFiling();
        "0912345678".chars().forEach(c -> flow.filing().phoneDigit((char) c));
        flow.filing().next();
        flow.filing().next();
        flow.filing().next();
        flow.filing().consent(true);
        flow.filing().next();
        assertThat(flow.state().step()).isEqualTo(Step.SUBMITTING);

        dossiers.finishFiling(new FilingOutcome.Saved());
        assertThat(flow.state().step()).isEqualTo(Step.FILED);
        FilingSession s = flow.filing().session().orElseThrow();
        assertThat(s.filed()).isNull();
        assertThat(s.failure()).isEqualTo("saved");
        flow.filing().next();                                   // the form is closed: nothing to send again
        flow.lookup().rate();                                            // no code to rate
        assertThat(flow.state().step()).isEqualTo(Step.FILED);
        assertThat(dossiers.filed).hasSize(1);
        flow.home();
        assertThat(flow.filing().session()).isEmpty();
    }
}
