package vn.onestop.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.onestop.core.voice.EspeakSpeech;
import vn.onestop.core.voice.SpeechEngine;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;
import vn.onestop.testkit.RequiresEspeak;
import vn.onestop.testkit.Wait;

/**
 * The spoken guidance with the real espeak-ng: a new screen is heard once, at the configured volume, "speak again"
 * repeats it, the voice switched off says nothing, and a kiosk without a sound device carries on.
 */
@RequiresEspeak
class VoiceGuideTest {
    private static final Duration LONG = Duration.ofSeconds(20);
    private final RecordingOut out = new RecordingOut();
    private final List<String> fed = new CopyOnWriteArrayList<>();
    private final Messages messages = new Messages(Locale.forLanguageTag("vi"));
    private VoiceGuide guide;

    private VoiceGuide guide(boolean on, int volume) {
        GuidanceSettings settings = GuidanceSettings.off().with(on, volume);
        EspeakSpeech real = new EspeakSpeech(settings.espeak());
        SpeechEngine recording = (text, language) -> {
            fed.add(language + ": " + text);
            return real.speak(text, language);
        };
        guide = new VoiceGuide(settings, messages, out, recording);
        return guide;
    }

    @AfterEach
    void close() {
        if (guide != null) {
            guide.close();
        }
    }

    @Test
    void aNewScreenIsSpokenOnceAndSpeakAgainRepeatsIt() throws Exception {
        VoiceGuide g = guide(true, 100);
        g.screen(GuidanceTest.withPersonalData(Step.DONE));
        g.screen(GuidanceTest.withPersonalData(Step.DONE)); // a countdown tick re-renders the same screen
        Wait.until(() -> g.played() == 1, LONG, "the done screen to be spoken");
        assertThat(fed).containsExactly("vi: Số thứ tự của quý khách là A, không, một, năm. Xin nhận phiếu ở khe "
                + "máy in, rồi theo dõi màn hình gọi số và đến quầy khi được mời.");
        assertThat(out.played.get(0).rms()).isGreaterThan(0.02);
        assertThat(out.played.get(0).millis()).isGreaterThan(3000);
        g.again();
        Wait.until(() -> g.played() == 2, LONG, "the sentence to be spoken again");
        assertThat(fed).hasSize(2);
        messages.setLocale(Locale.ENGLISH);
        g.screen(GuidanceTest.withPersonalData(Step.DONE));
        Wait.until(() -> g.played() == 3, LONG, "the English sentence");
        assertThat(fed.get(2)).startsWith("en: Your queue number is A, zero, one, five.");
    }

    @Test
    void theVolumeSettingScalesTheSound() throws Exception {
        VoiceGuide g = guide(true, 100);
        g.screen(GuidanceTest.withPersonalData(Step.PRINTING));
        Wait.until(() -> g.played() == 1, LONG, "full volume");
        g.update(g.settings().with(true, 50));
        g.again();
        Wait.until(() -> g.played() == 2, LONG, "half volume");
        double ratio = out.played.get(1).rms() / out.played.get(0).rms();
        assertThat(ratio).isBetween(0.45, 0.55);
    }

    @Test
    void switchedOffItSaysNothing() throws Exception {
        VoiceGuide g = guide(false, 80);
        g.screen(GuidanceTest.withPersonalData(Step.IDENTIFY));
        g.again();
        // Switched on in technician mode: the next screen is the first sound (the worker runs in order, so an
        // earlier sentence would have been played before this one).
        g.update(g.settings().with(true, 80));
        g.screen(GuidanceTest.withPersonalData(Step.FIELD));
        Wait.until(() -> g.played() == 1, LONG, "the field screen");
        assertThat(fed).containsExactly("vi: Xin mời chọn lĩnh vực thủ tục cần làm.");
        g.update(g.settings().with(false, 80));
        g.again();
        g.update(g.settings().with(true, 80));
        g.screen(GuidanceTest.withPersonalData(Step.PROCEDURE));
        Wait.until(() -> g.played() == 2, LONG, "the procedure screen");
        assertThat(fed).hasSize(2);
    }

    @Test
    void withoutASoundDeviceTheGuidanceFailsSoftlyAndRecovers() throws Exception {
        VoiceGuide g = guide(true, 80);
        out.unplugged = true;
        g.screen(GuidanceTest.withPersonalData(Step.FIELD));
        Wait.until(() -> g.failures() == 1, LONG, "the first sentence to fail");
        g.screen(GuidanceTest.withPersonalData(Step.PROCEDURE));
        Wait.until(() -> g.failures() == 2, LONG, "the second sentence to fail");
        out.unplugged = false;
        g.screen(GuidanceTest.withPersonalData(Step.INFO));
        Wait.until(() -> g.played() == 1, LONG, "the sound once plugged in");
    }

    @Test
    void theRealSoundOutputPlaysOrFailsSoftly() throws Exception {
        // Under Xvfb in CI there is usually no sound device: javax.sound.sampled must then refuse, not crash.
        VoiceGuide g = new VoiceGuide(GuidanceSettings.off().with(true, 10), messages, new JavaSoundOut());
        guide = g;
        g.screen(GuidanceTest.withPersonalData(Step.FIELD));
        Wait.until(() -> g.played() + g.failures() == 1, LONG, "the first sentence to be played or refused");
        g.screen(GuidanceTest.withPersonalData(Step.PROCEDURE));
        Wait.until(() -> g.played() + g.failures() == 2, LONG, "the second sentence to be played or refused");
    }

    @Test
    void withoutEspeakItSaysNothingAndCountsTheFailure() throws Exception {
        GuidanceSettings missing = new GuidanceSettings(true, 80, new EspeakSpeech.Options(
                java.nio.file.Path.of("/nonexistent/espeak-ng"), 140, 50, 100, Duration.ofSeconds(5)));
        VoiceGuide g = new VoiceGuide(missing, messages, out);
        guide = g;
        g.screen(GuidanceTest.withPersonalData(Step.FIELD));
        Wait.until(() -> g.failures() == 1, LONG, "the missing engine");
        assertThat(out.played).isEmpty();
    }
}
