package vn.onestop.server.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.voice.EspeakSpeech;
import vn.onestop.core.voice.SpeechEngine;
import vn.onestop.core.voice.SpeechException;
import vn.onestop.core.voice.Wav;
import vn.onestop.testkit.RequiresEspeak;

/**
 * The announcement audio made by the real espeak-ng: the sentence it is fed, a WAV that is not silent, durations
 * in the expected order, one synthesis per announcement however many ask, and a clear "off" without the engine.
 */
@RequiresEspeak
class AnnouncementAudioTest {
    /** A speaking announcement's RMS is around 0.1; silence is 0. */
    private static final double NOT_SILENT = 0.02;
    @TempDir
    Path dir;
    private final List<String> fed = new CopyOnWriteArrayList<>();
    private final List<AnnouncementAudio> made = new ArrayList<>();

    /** The real espeak-ng, recording what it is asked to say. */
    private SpeechEngine recording(EspeakSpeech real) {
        return (text, language) -> {
            fed.add(language + ": " + text);
            return real.speak(text, language);
        };
    }

    private AnnouncementAudio audio(VoiceSettings settings) {
        AnnouncementAudio a = new AnnouncementAudio(settings, recording(new EspeakSpeech(settings.espeak())));
        made.add(a);
        return a;
    }

    @AfterEach
    void close() {
        made.forEach(AnnouncementAudio::close);
    }

    private static Wav wav(CompletableFuture<byte[]> f) throws Exception {
        return Wav.parse(f.get(20, TimeUnit.SECONDS), "announcement");
    }

    @Test
    void aCallIsSpokenInVietnameseThenEnglishAndTwoLanguagesLastLonger() throws Exception {
        Announcement call = new Announcement("A015", "3", "Quầy 3");
        Wav vi = wav(audio(VoiceSettings.espeakDefaults()).audio(call));
        assertThat(fed).containsExactly("vi: Mời số A, không, một, năm, đến Quầy 3.");
        fed.clear();
        Wav both = wav(audio(VoiceSettings.espeakDefaults().withLanguages(List.of("vi", "en"))).audio(call));
        assertThat(fed).containsExactly("vi: Mời số A, không, một, năm, đến Quầy 3.",
                "en: Number A, zero, one, five, please go to counter 3.");
        Wav shortCall = wav(audio(VoiceSettings.espeakDefaults()).audio(new Announcement("A1", "1", "Quầy 1")));

        assertThat(vi.format().sampleRate()).isEqualTo(22050);
        assertThat(vi.rms()).as("Vietnamese announcement RMS").isGreaterThan(NOT_SILENT);
        assertThat(both.rms()).as("two-language announcement RMS").isGreaterThan(NOT_SILENT);
        // "A1" is shorter to say than "A, không, một, năm"; English added after a pause lasts longer still.
        assertThat(shortCall.millis()).isGreaterThan(1000).isLessThan(vi.millis());
        assertThat(both.millis()).isGreaterThan(vi.millis() + 1500).isLessThan(15_000);
    }

    @Test
    void aSecondRequestIsServedFromTheCacheAndConcurrentRequestsSynthesiseOnce() throws Exception {
        AnnouncementAudio audio = audio(VoiceSettings.espeakDefaults());
        Announcement call = new Announcement("B007", "2", "Quầy 2");
        List<CompletableFuture<byte[]>> together = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            together.add(audio.audio(call));
        }
        byte[] first = together.get(0).get(20, TimeUnit.SECONDS);
        for (CompletableFuture<byte[]> f : together) {
            assertThat(f.get(20, TimeUnit.SECONDS)).isEqualTo(first);
        }
        assertThat(audio.audio(call).get(1, TimeUnit.SECONDS)).isEqualTo(first);
        assertThat(fed).hasSize(1);
        assertThat(audio.made()).isEqualTo(1);
        audio.audio(new Announcement("B008", "2", "Quầy 2")).get(20, TimeUnit.SECONDS);
        assertThat(fed).hasSize(2);
    }

    @Test
    void withoutEspeakTheVoiceIsOffSayingMissingAndNothingIsCached() throws Exception {
        Path nowhere = dir.resolve("no-espeak-ng");
        VoiceSettings settings = VoiceSettings.espeakDefaults().withEspeak(new EspeakSpeech.Options(nowhere, 150,
                50, 100, Duration.ofSeconds(5)));
        AnnouncementAudio audio = new AnnouncementAudio(settings);
        made.add(audio);
        assertThat(audio.status().on()).isFalse();
        assertThat(audio.status().reason()).isEqualTo("missing");
        assertThat(audio.status().detail()).contains(nowhere.toString());
        CompletableFuture<byte[]> f = audio.audio(new Announcement("A001", "1", "Quầy 1"));
        assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(SpeechException.class).hasMessageContaining("espeak-ng not found");
        assertThat(audio.made()).isZero();
    }

    @Test
    void anEngineThatFailsTurnsTheStatusOffUntilItSpeaksAgain() throws Exception {
        Path failing = dir.resolve("espeak-ng");
        Files.writeString(failing, "#!/bin/sh\necho 'espeak-ng: broken voice data' >&2\nexit 1\n");
        failing.toFile().setExecutable(true);
        AnnouncementAudio audio = new AnnouncementAudio(VoiceSettings.espeakDefaults().withEspeak(
                new EspeakSpeech.Options(failing, 150, 50, 100, Duration.ofSeconds(5))));
        made.add(audio);
        assertThat(audio.status().on()).isTrue();
        CompletableFuture<byte[]> f = audio.audio(new Announcement("A001", "1", "Quầy 1"));
        assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).cause()
                .hasMessage("espeak-ng exited with 1: espeak-ng: broken voice data");
        assertThat(audio.status().on()).isFalse();
        assertThat(audio.status().reason()).isEqualTo("failed");
    }

    @Test
    void theStartProbeShowsABrokenEngineAsOffBeforeTheFirstCall() throws Exception {
        Path failing = dir.resolve("espeak-ng");
        Files.writeString(failing, "#!/bin/sh\necho 'espeak-ng: no voice vi' >&2\nexit 2\n");
        failing.toFile().setExecutable(true);
        AnnouncementAudio audio = new AnnouncementAudio(VoiceSettings.espeakDefaults().withEspeak(
                new EspeakSpeech.Options(failing, 150, 50, 100, Duration.ofSeconds(5))));
        made.add(audio);
        assertThat(audio.status().on()).isTrue();
        audio.probe();
        vn.onestop.testkit.Wait.until(() -> !audio.status().on(), Duration.ofSeconds(10), "the probe to fail");
        assertThat(audio.status().detail()).isEqualTo("espeak-ng exited with 2: espeak-ng: no voice vi");
        AnnouncementAudio working = audio(VoiceSettings.espeakDefaults());
        working.probe();
        vn.onestop.testkit.Wait.until(() -> fed.size() == 1, Duration.ofSeconds(10), "the probe to speak");
        assertThat(working.status().on()).isTrue();
        assertThat(working.made()).isZero(); // a probe is not an announcement, nor cached
    }

    @Test
    void aHungEngineIsStoppedAtTheTimeLimit() throws Exception {
        Path hung = dir.resolve("espeak-ng");
        Files.writeString(hung, "#!/bin/sh\nexec sleep 30\n");
        hung.toFile().setExecutable(true);
        AnnouncementAudio audio = new AnnouncementAudio(VoiceSettings.espeakDefaults().withEspeak(
                new EspeakSpeech.Options(hung, 150, 50, 100, Duration.ofMillis(500))));
        made.add(audio);
        long start = System.nanoTime();
        CompletableFuture<byte[]> f = audio.audio(new Announcement("A001", "1", "Quầy 1"));
        assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).cause().hasMessageContaining("longer than 500 ms");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5000);
        assertThat(audio.status().reason()).isEqualTo("timeout");
    }

    @Test
    void clipsAreJoinedInOrderAndABadClipIsNamed() throws Exception {
        Path clips = dir.resolve("clips");
        Path vi = Files.createDirectories(clips.resolve("vi"));
        Wav.Format f = new Wav.Format(1, 16000, 16);
        List<String> names = new ArrayList<>(List.of("moi-so", "den-quay", "A"));
        for (int d = 0; d < 10; d++) {
            names.add(String.valueOf(d));
        }
        for (String name : names) {
            Files.write(vi.resolve(name + ".wav"), tone(f, 100).bytes());
        }
        VoiceSettings settings = VoiceSettings.espeakDefaults().withEngine(VoiceSettings.Engine.CLIPS)
                .withClipsDir(clips);
        AnnouncementAudio audio = new AnnouncementAudio(settings);
        made.add(audio);
        assertThat(audio.status().on()).isTrue();
        Wav joined = wav(audio.audio(new Announcement("A015", "3", "Quầy 3")));
        assertThat(joined.millis()).isEqualTo(700); // moi-so A 0 1 5 den-quay 3
        assertThat(joined.rms()).isGreaterThan(NOT_SILENT);

        Files.write(vi.resolve("7.wav"), tone(new Wav.Format(1, 44100, 16), 100).bytes());
        CompletableFuture<byte[]> bad = audio.audio(new Announcement("A017", "3", "Quầy 3"));
        assertThatThrownBy(() -> bad.get(10, TimeUnit.SECONDS)).cause()
                .hasMessageContaining("7.wav is 44100 Hz, 16-bit, mono").hasMessageContaining("moi-so.wav is 16000 Hz");
        assertThat(audio.status().reason()).isEqualTo("clips");
        Files.delete(vi.resolve("9.wav"));
        CompletableFuture<byte[]> missing = audio.audio(new Announcement("A019", "3", "Quầy 3"));
        assertThatThrownBy(() -> missing.get(10, TimeUnit.SECONDS)).cause()
                .hasMessageContaining("9.wav is missing");
    }

    private static Wav tone(Wav.Format f, int millis) {
        int frames = f.sampleRate() * millis / 1000;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(frames * 2).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            b.putShort((short) (Math.sin(2 * Math.PI * 330 * i / f.sampleRate()) * 8000));
        }
        return new Wav(f, b.array());
    }
}
