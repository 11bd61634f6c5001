package vn.onestop.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.onestop.core.config.ConfigException;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.config.KioskConfig;

/** The voice.* keys of kiosk.properties: off unless asked, values read, bad ones named with their key. */
class GuidanceSettingsTest {
    private static final Path FILE = Path.of("kiosk.properties");

    @Test
    void theShippedFileKeepsTheGuidanceOffAtEightyPercent() throws Exception {
        KioskConfig shipped = KioskConfig.load(FlowFixtures.configDir().resolve("kiosk.properties"));
        GuidanceSettings s = GuidanceSettings.from(shipped.all(), FILE);
        assertThat(s.on()).isFalse();
        assertThat(s.volume()).isEqualTo(80);
        assertThat(GuidanceSettings.from(Map.of(), FILE).on()).isFalse();
    }

    @Test
    void valuesAreReadAndBadOnesNamed() {
        GuidanceSettings s = GuidanceSettings.from(Map.of("voice.guidance", "true", "voice.volume", "35",
                "voice.speed", "120", "voice.espeak.binary", "/opt/espeak-ng"), FILE);
        assertThat(s.on()).isTrue();
        assertThat(s.volume()).isEqualTo(35);
        assertThat(s.espeak().speed()).isEqualTo(120);
        assertThat(s.espeak().binary()).isEqualTo(Path.of("/opt/espeak-ng"));
        assertThatThrownBy(() -> GuidanceSettings.from(Map.of("voice.volume", "loud"), FILE))
                .isInstanceOf(ConfigException.class).hasMessageContaining("voice.volume")
                .hasMessageContaining("0 to 100");
        assertThatThrownBy(() -> GuidanceSettings.from(Map.of("voice.guidance", "yes please"), FILE))
                .hasMessageContaining("voice.guidance");
        assertThatThrownBy(() -> GuidanceSettings.from(Map.of("voice.speed", "20"), FILE))
                .hasMessageContaining("voice.speed");
    }
}
