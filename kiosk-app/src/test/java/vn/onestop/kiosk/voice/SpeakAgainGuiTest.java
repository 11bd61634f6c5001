package vn.onestop.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.onestop.core.identity.CccdParser;
import vn.onestop.core.voice.EspeakSpeech;
import vn.onestop.core.voice.SpeechEngine;
import vn.onestop.kiosk.config.KioskConfig;
import vn.onestop.kiosk.flow.FilingOptions;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.RecordingDossierDesk;
import vn.onestop.kiosk.i18n.Messages;
import vn.onestop.kiosk.ui.AttractScreen;
import vn.onestop.kiosk.ui.FlowView;
import vn.onestop.kiosk.ui.KioskFrame;
import vn.onestop.kiosk.ui.KioskTheme;
import vn.onestop.kiosk.ui.Windows;
import vn.onestop.testkit.RequiresDisplay;
import vn.onestop.testkit.RequiresEspeak;
import vn.onestop.testkit.TestClock;
import vn.onestop.testkit.Wait;

/**
 * The real kiosk screens with spoken guidance: the identify screen is spoken when it opens, its "Nghe lại"
 * button says it again; switched off, the button is hidden and nothing is said. The loudspeaker is recorded.
 */
@RequiresDisplay
@RequiresEspeak
@Tag("gui")
class SpeakAgainGuiTest {
    private static final Duration LONG = Duration.ofSeconds(20);
    private FrameFixture window;
    private VoiceGuide guide;
    private final RecordingOut out = new RecordingOut();
    private final List<String> fed = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void checkDisplay() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
        if (guide != null) {
            guide.close();
        }
    }

    private KioskFlow open(boolean voiceOn) throws Exception {
        KioskConfig config = KioskConfig.load(FlowFixtures.configDir().resolve("kiosk.properties"));
        TestClock clock = new TestClock(Instant.parse("2026-11-25T02:00:00Z"), TestClock.VIETNAM);
        CccdParser parser = FlowFixtures.parser(clock);
        AtomicInteger keys = new AtomicInteger();
        KioskFlow flow = new KioskFlow(parser, new FlowFixtures.RecordingDesk(), new RecordingDossierDesk(),
                FilingOptions.DEFAULT, clock, Duration.ofSeconds(60), Duration.ofSeconds(20),
                () -> "voice-" + keys.incrementAndGet());
        GuidanceSettings settings = GuidanceSettings.off().with(voiceOn, 80);
        EspeakSpeech real = new EspeakSpeech(settings.espeak());
        SpeechEngine recording = (text, language) -> {
            fed.add(text);
            return real.speak(text, language);
        };
        KioskFrame frame = GuiActionRunner.execute(() -> {
            KioskTheme.install();
            Messages messages = new Messages(Locale.forLanguageTag("vi"));
            KioskFrame f = new KioskFrame("test", false);
            AttractScreen attract = new AttractScreen(messages, config, flow::start);
            FlowView view = new FlowView(f, flow, messages, FlowFixtures.catalogue(), attract);
            guide = new VoiceGuide(settings, messages, out, recording);
            view.voice(guide);
            return f;
        });
        window = Windows.show(frame);
        return flow;
    }

    @Test
    void theIdentifyScreenIsSpokenAndSpeakAgainRepeatsIt() throws Exception {
        KioskFlow flow = open(true);
        GuiActionRunner.execute(flow::start);
        Wait.until(() -> guide.played() == 1, LONG, "the identify screen to be spoken");
        assertThat(fed).containsExactly("Xin mời đưa mã QR trên thẻ Căn cước vào đầu đọc, hoặc nhập số định danh, "
                + "hoặc chạm Tiếp tục không cần thẻ.");
        window.button("identify.speakAgain").requireVisible().requireText("Nghe lại").click();
        Wait.until(() -> guide.played() == 2, LONG, "the sentence to be spoken again");
        assertThat(fed).hasSize(2).allMatch(t -> t.equals(fed.get(0)));
    }

    @Test
    void switchedOffTheButtonIsHiddenAndNothingIsSaid() throws Exception {
        KioskFlow flow = open(false);
        GuiActionRunner.execute(flow::start);
        window.button(org.assertj.swing.core.matcher.JButtonMatcher.withName("identify.speakAgain"))
                .requireNotVisible();
        // Technician mode turns it on: the next screen is the first thing said (sentences are spoken in order).
        guide.update(guide.settings().with(true, 80));
        window.button("identify.skip").click();
        Wait.until(() -> guide.played() == 1, LONG, "the field screen to be spoken");
        assertThat(fed).containsExactly("Xin mời chọn lĩnh vực thủ tục cần làm.");
    }
}
