package vn.onestop.server.voice;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import vn.onestop.core.voice.EspeakSpeech;
import vn.onestop.core.voice.SpokenNumbers;

/**
 * The hall display's voice, from the {@code voice.*} keys of {@code server.properties}: which engine speaks
 * ({@code espeak}, {@code clips} or {@code off}), in which languages and order ({@code vi}, then {@code en} if
 * listed), how numbers are read, espeak-ng's binary and speed/pitch/volume, the clips folder, the time limit of one
 * announcement and how many announcements are kept in memory.
 */
public record VoiceSettings(Engine engine, List<String> languages, SpokenNumbers.Reading numbers,
        EspeakSpeech.Options espeak, Path clipsDir, int cacheEntries) {

    /** What makes the announcement audio. */
    public enum Engine { ESPEAK, CLIPS, OFF }

    public VoiceSettings {
        languages = List.copyOf(languages);
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("at least one language");
        }
    }

    /** The voice switched off (the browser's own voice speaks, where it has one). */
    public static VoiceSettings off() {
        return new VoiceSettings(Engine.OFF, List.of("vi"), SpokenNumbers.Reading.DIGITS,
                new EspeakSpeech.Options(EspeakSpeech.DEFAULT_BINARY, 150, 50, 100, Duration.ofSeconds(5)),
                Path.of("voice", "clips"), 200);
    }

    /** espeak-ng from Debian, Vietnamese only, numbers digit by digit: what a fresh server.properties sets. */
    public static VoiceSettings espeakDefaults() {
        VoiceSettings off = off();
        return new VoiceSettings(Engine.ESPEAK, off.languages(), off.numbers(), off.espeak(), off.clipsDir(),
                off.cacheEntries());
    }

    public VoiceSettings withEngine(Engine value) {
        return new VoiceSettings(value, languages, numbers, espeak, clipsDir, cacheEntries);
    }

    public VoiceSettings withLanguages(List<String> value) {
        return new VoiceSettings(engine, value, numbers, espeak, clipsDir, cacheEntries);
    }

    public VoiceSettings withEspeak(EspeakSpeech.Options value) {
        return new VoiceSettings(engine, languages, numbers, value, clipsDir, cacheEntries);
    }

    public VoiceSettings withClipsDir(Path value) {
        return new VoiceSettings(engine, languages, numbers, espeak, value, cacheEntries);
    }
}
