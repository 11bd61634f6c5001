package vn.onestop.kiosk.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.onestop.core.catalogue.FilingChannel;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.identity.CccdParser;
import vn.onestop.testkit.TestClock;

/**
 * The shipped catalogue's guide entries for the Directive 24/CT-TTg services (issue 22): a citizen with a card who
 * picks one gets the online guide, can print it and take a ticket for the assisted-filing desk, and is never offered
 * to file it at the kiosk.
 */
class DirectiveGuideEntriesFlowTest {
    private final TestClock clock = new TestClock(Instant.parse("2026-11-25T02:00:00Z"), TestClock.VIETNAM);
    private final CccdParser parser = FlowFixtures.parser(clock);
    private final ProcedureCatalogue catalogue = FlowFixtures.catalogue();
    private final FlowFixtures.RecordingDesk desk = new FlowFixtures.RecordingDesk();
    private final List<String> printed = new ArrayList<>();
    private final String assisted = catalogue.assistedFilingService().orElseThrow().code();
    private final AtomicInteger keys = new AtomicInteger();

    private final GuideDesk guides = new GuideDesk() {
        @Override
        public void printGuide(Procedure procedure, Consumer<String> onDone) {
            printed.add(procedure.code());
            onDone.accept(null);
        }

        @Override
        public Optional<String> assistedService() {
            return Optional.of(assisted);
        }
    };

    @ParameterizedTest
    @ValueSource(strings = {"CC-XACNHAN-CMND", "CC-DOICAPLAI", "CT-TAMVANG", "CT-LUUTRU", "DKX-MOTO", "HT-KHAITU",
        "CD-MOI", "CD-THUNHO", "LT-KT-XTT-MT", "BHYT-HGD", "THUE-DK-CN"})
    void aGuideEntryGuidesOnlineAndGivesAHelpTicketButIsNeverFiledHere(String code) throws Exception {
        KioskFlow flow = new KioskFlow(parser, desk, new RecordingDossierDesk(), guides, PageScanDesk.NONE,
                FilingOptions.DEFAULT, clock, Duration.ofSeconds(60), Duration.ofSeconds(20),
                () -> "key-" + keys.incrementAndGet());
        Procedure p = catalogue.byCode(code).orElseThrow();
        assertThat(p.channel()).isEqualTo(FilingChannel.ONLINE_ONLY);
        flow.identify().cardRead(FlowFixtures.read(parser, FlowFixtures.payload("Nguyễn Văn An"), clock.instant()));
        assertThat(flow.state().step()).isEqualTo(Step.FIELD);
        flow.chooseField(p.field());
        flow.chooseProcedure(p);
        assertThat(flow.state().step()).isEqualTo(Step.INFO);
        assertThat(flow.canFile()).as("a card was read, yet the kiosk does not prepare this dossier").isFalse();
        flow.startFiling();
        assertThat(flow.state().step()).isEqualTo(Step.INFO);

        assertThat(flow.guide().available()).isTrue();
        flow.guide().open();
        assertThat(flow.state().step()).isEqualTo(Step.GUIDE);
        flow.guide().print();
        assertThat(printed).containsExactly(code);
        assertThat(flow.guide().state().print()).isEqualTo(GuideFlow.Print.PRINTED);

        flow.guide().helpFileOnline();
        assertThat(desk.orders).hasSize(1);
        TicketOrder order = desk.orders.get(0);
        assertThat(order.serviceCode()).isEqualTo(assisted);
        assertThat(order.procedureCode()).isEqualTo(code);
        assertThat(order.procedureNameVi()).isEqualTo(p.nameVi());
    }
}
