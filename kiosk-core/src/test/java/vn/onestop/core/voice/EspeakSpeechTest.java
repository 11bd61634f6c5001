package vn.onestop.core.voice;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a technician reads when the speech engine fails: espeak-ng's own words, whatever the timing. */
class EspeakSpeechTest {
    @TempDir
    Path dir;

    @Test
    void anEngineThatQuitsBeforeReadingTheTextIsReportedByItsExitStatusAndMessage() throws Exception {
        Path failing = dir.resolve("espeak-ng");
        // closes its input without reading and fails: with a text longer than a pipe's buffer the write is
        // certain to find the pipe closed, the case a fast-failing engine hits by chance with a short text
        Files.writeString(failing, "#!/bin/sh\nexec 0<&-\necho 'espeak-ng: broken voice data' >&2\nexit 1\n");
        failing.toFile().setExecutable(true);
        EspeakSpeech speech = new EspeakSpeech(new EspeakSpeech.Options(failing, 150, 50, 100, Duration.ofSeconds(5)));
        String longText = "Mời số A001 đến quầy 1. ".repeat(8_000);
        assertThatThrownBy(() -> speech.speak(longText, "vi")).isInstanceOf(SpeechException.class)
                .hasMessage("espeak-ng exited with 1: espeak-ng: broken voice data");
    }
}
