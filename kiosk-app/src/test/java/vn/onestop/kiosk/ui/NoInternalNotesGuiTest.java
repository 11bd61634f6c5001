package vn.onestop.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.identity.CccdParser;
import vn.onestop.kiosk.flow.FilingOptions;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.RecordingDossierDesk;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;
import vn.onestop.testkit.RequiresDisplay;
import vn.onestop.testkit.TestClock;

/**
 * The guide screen of every procedure in the shipped catalogue, and every screen of the gallery, never show a
 * citizen a catalogue note meant for staff ("chưa xác minh", "may have been replaced", "unverified").
 */
@RequiresDisplay
@Tag("gui")
class NoInternalNotesGuiTest {
    private static final List<String> NOTES = List.of("xác minh văn bản", "chưa xác minh", "CHƯA XÁC MINH",
            "unverified", "may have been replaced", "có thể đã thay");

    @BeforeAll
    static void display() {
        GuiActionRunner.execute(() -> {
            KioskTheme.install();
            return null;
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void noScreenShowsAStaffNote(String lang) {
        List<String> texts = new ArrayList<>();
        List<String> infoScreens = new ArrayList<>();
        GuiActionRunner.execute(() -> {
            ScreenGallery.walk(Locale.forLanguageTag(lang), new Dimension(1920, 1080),
                    (name, screen, frame) -> collect(frame.getContentPane(), name, texts));
            TestClock clock = new TestClock(Instant.parse("2026-11-25T02:00:00Z"), TestClock.VIETNAM);
            CccdParser parser = FlowFixtures.parser(clock);
            ProcedureCatalogue catalogue = FlowFixtures.catalogue();
            KioskFlow flow = new KioskFlow(parser, new FlowFixtures.RecordingDesk(), new RecordingDossierDesk(),
                    FilingOptions.DEFAULT, clock, Duration.ofSeconds(60), Duration.ofSeconds(20), () -> "k");
            KioskFrame frame = new KioskFrame("notes", false);
            AttractScreen attract = new AttractScreen(new Messages(Locale.forLanguageTag(lang)),
                    ScreenGallery.config(), flow::start);
            FlowView view = new FlowView(frame, flow, new Messages(Locale.forLanguageTag(lang)), catalogue, attract);
            frame.setSize(1920, 1080);
            for (Procedure p : catalogue.all()) {
                flow.home();
                flow.start();
                flow.identify().continueWithoutId();
                flow.chooseField(p.field());
                flow.chooseProcedure(p);
                assertThat(flow.state().step()).isEqualTo(Step.INFO);
                frame.validate();
                collect(view.screen(Step.INFO), "info " + p.code(), texts);
                infoScreens.add(p.code());
            }
            frame.dispose();
            return null;
        });
        assertThat(infoScreens).hasSize(25);
        assertThat(texts).isNotEmpty().noneMatch(t -> NOTES.stream().anyMatch(t::contains));
        assertThat(String.join("\n", texts)).as("the guide still lists the confirmed documents")
                .contains(lang.equals("vi") ? "Cán bộ tại quầy sẽ hướng dẫn thêm" : "Staff at the counter will advise");
    }

    private static void collect(Component c, String where, List<String> out) {
        String text = c instanceof JLabel l ? l.getText() : c instanceof AbstractButton b ? b.getText() : null;
        if (text != null && c.isVisible()) {
            out.add(where + ": " + text);
        }
        if (c instanceof Container inner) {
            for (Component child : inner.getComponents()) {
                collect(child, where, out);
            }
        }
    }
}
