package vn.onestop.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import vn.onestop.core.config.Settings;
import vn.onestop.core.voice.EspeakSpeech;
import vn.onestop.core.voice.SpokenNumbers;
import vn.onestop.server.voice.VoiceSettings;

/**
 * The {@code voice.*} keys of server.properties, all optional (older files load with espeak-ng, Vietnamese only):
 * {@code voice.enabled} (true), {@code voice.engine} (espeak | clips | off), {@code voice.languages} (vi, or
 * vi,en), {@code voice.numbers} (digits | whole), {@code voice.espeak.binary}, {@code voice.speed} (80-450 words a
 * minute), {@code voice.pitch} (0-99), {@code voice.volume} (0-200), {@code voice.timeoutMs},
 * {@code voice.clips} (a folder, relative to the config folder) and {@code voice.cacheEntries}.
 */
final class VoiceConfigRead {
    private final Settings props;
    private final Path configDir;

    VoiceConfigRead(Settings props, Path configDir) {
        this.props = props;
        this.configDir = configDir;
    }

    VoiceSettings voice() {
        VoiceSettings d = VoiceSettings.espeakDefaults();
        VoiceSettings.Engine engine = props.bool("voice.enabled", true)
                ? props.choice("voice.engine", VoiceSettings.Engine.class, VoiceSettings.Engine.ESPEAK)
                : VoiceSettings.Engine.OFF;
        List<String> languages = Arrays.stream(props.string("voice.languages", "vi").split(","))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (languages.isEmpty() || !languages.stream().allMatch(l -> l.equals("vi") || l.equals("en"))
                || languages.stream().distinct().count() != languages.size()) {
            throw props.error("voice.languages", "must list vi and/or en once each, in the order spoken, e.g. vi,en");
        }
        EspeakSpeech.Options espeak = new EspeakSpeech.Options(
                Path.of(props.string("voice.espeak.binary", EspeakSpeech.DEFAULT_BINARY.toString())),
                props.integer("voice.speed", d.espeak().speed(), 80, 450),
                props.integer("voice.pitch", d.espeak().pitch(), 0, 99),
                props.integer("voice.volume", d.espeak().amplitude(), 0, 200),
                Duration.ofMillis(props.integer("voice.timeoutMs", 5000, 500, 60_000)));
        return new VoiceSettings(engine, languages,
                props.choice("voice.numbers", SpokenNumbers.Reading.class, d.numbers()), espeak,
                configDir.resolve(props.string("voice.clips", "voice/clips")),
                props.integer("voice.cacheEntries", d.cacheEntries(), 1, 10_000));
    }
}
