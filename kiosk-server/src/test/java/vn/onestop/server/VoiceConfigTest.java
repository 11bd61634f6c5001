package vn.onestop.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.onestop.core.config.ConfigException;
import vn.onestop.core.config.Settings;
import vn.onestop.core.voice.SpokenNumbers;
import vn.onestop.server.voice.VoiceSettings;

/** The voice.* keys of server.properties: defaults for older files, each value read, bad ones named. */
class VoiceConfigTest {
    private static final Path DIR = Path.of("/etc/onestop/server");

    private static VoiceSettings read(String text) {
        return new VoiceConfigRead(Settings.parse(DIR.resolve("server.properties"), text), DIR).voice();
    }

    @Test
    void aFileWithoutVoiceKeysSpeaksVietnameseWithEspeak() {
        VoiceSettings v = read("server.port=8080\n");
        assertThat(v.engine()).isEqualTo(VoiceSettings.Engine.ESPEAK);
        assertThat(v.languages()).containsExactly("vi");
        assertThat(v.numbers()).isEqualTo(SpokenNumbers.Reading.DIGITS);
        assertThat(v.espeak().binary()).isEqualTo(Path.of("/usr/bin/espeak-ng"));
        assertThat(v.clipsDir()).isEqualTo(DIR.resolve("voice/clips"));
    }

    @Test
    void everyKeyIsRead() {
        VoiceSettings v = read("voice.engine=clips\nvoice.languages=vi, en\nvoice.numbers=whole\nvoice.speed=120\n"
                + "voice.pitch=40\nvoice.volume=150\nvoice.timeoutMs=3000\nvoice.clips=/srv/clips\n"
                + "voice.espeak.binary=/opt/espeak-ng\nvoice.cacheEntries=50\n");
        assertThat(v.engine()).isEqualTo(VoiceSettings.Engine.CLIPS);
        assertThat(v.languages()).containsExactly("vi", "en");
        assertThat(v.numbers()).isEqualTo(SpokenNumbers.Reading.WHOLE);
        assertThat(List.of(v.espeak().speed(), v.espeak().pitch(), v.espeak().amplitude()))
                .containsExactly(120, 40, 150);
        assertThat(v.espeak().timeout().toMillis()).isEqualTo(3000);
        assertThat(v.espeak().binary()).isEqualTo(Path.of("/opt/espeak-ng"));
        assertThat(v.clipsDir()).isEqualTo(Path.of("/srv/clips"));
        assertThat(v.cacheEntries()).isEqualTo(50);
        assertThat(read("voice.enabled=false\nvoice.engine=espeak\n").engine()).isEqualTo(VoiceSettings.Engine.OFF);
    }

    @Test
    void badValuesAreNamedWithTheirKey() {
        assertThatThrownBy(() -> read("voice.languages=vi,fr\n")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("voice.languages").hasMessageContaining("vi and/or en");
        assertThatThrownBy(() -> read("voice.languages=vi,vi\n")).hasMessageContaining("voice.languages");
        assertThatThrownBy(() -> read("voice.engine=festival\n")).hasMessageContaining("voice.engine")
                .hasMessageContaining("festival");
        assertThatThrownBy(() -> read("voice.speed=1000\n")).hasMessageContaining("voice.speed");
        assertThatThrownBy(() -> read("voice.numbers=roman\n")).hasMessageContaining("voice.numbers");
    }
}
