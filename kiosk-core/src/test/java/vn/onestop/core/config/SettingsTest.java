package vn.onestop.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void readsTypedValuesAndVietnameseText() throws Exception {
        Path f = dir.resolve("kiosk.properties");
        Files.writeString(f, "# kiosk\ncentre.name=Trung tâm Phục vụ hành chính công\nidle.seconds = 45\nsound=on\n");
        Settings s = Settings.load(f);
        assertThat(s.string("centre.name")).isEqualTo("Trung tâm Phục vụ hành chính công");
        assertThat(s.integer("idle.seconds", 60, 10, 600)).isEqualTo(45);
        assertThat(s.bool("sound", false)).isTrue();
        assertThat(s.integer("absent", 7, 0, 9)).isEqualTo(7);
    }

    @Test
    void badValueNamesFileLineAndKey() throws Exception {
        Path f = dir.resolve("kiosk.properties");
        Files.writeString(f, "a=1\n\n# comment\nidle.seconds=soon\n");
        Settings s = Settings.load(f);
        assertThatThrownBy(() -> s.integer("idle.seconds", 60, 10, 600))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("line 4")
                .hasMessageContaining("'idle.seconds'")
                .hasMessageContaining("soon");
    }

    @Test
    void outOfRangeAndUnknownChoiceAreRefused() throws Exception {
        Settings s = Settings.parse(Path.of("x.properties"), "idle.seconds=5\nmode=fast\nflag=maybe\n");
        assertThatThrownBy(() -> s.integer("idle.seconds", 60, 10, 600)).hasMessageContaining("between 10 and 600");
        assertThatThrownBy(() -> s.choice("mode", java.time.DayOfWeek.class, java.time.DayOfWeek.MONDAY))
                .hasMessageContaining("line 2").hasMessageContaining("unknown value 'fast'");
        assertThatThrownBy(() -> s.bool("flag", true)).hasMessageContaining("line 3");
    }

    @Test
    void missingFileAndBrokenEncodingAreNamed() throws Exception {
        assertThatThrownBy(() -> Settings.load(dir.resolve("nope.properties")))
                .hasMessageContaining("nope.properties").hasMessageContaining("file not found");
        Path bad = dir.resolve("bad.properties");
        Files.write(bad, new byte[] {'a', '=', (byte) 0xC3, (byte) 0x28});
        assertThatThrownBy(() -> Settings.load(bad)).hasMessageContaining("not valid UTF-8");
        Files.writeString(bad, "ok=1\n", StandardCharsets.UTF_8);
        assertThat(Settings.load(bad).string("ok")).isEqualTo("1");
    }
}
