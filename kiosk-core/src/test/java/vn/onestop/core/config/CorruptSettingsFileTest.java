package vn.onestop.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A configuration file damaged on disk or by an editor: the refusal must point the technician at the file,
 * the line and the key, not only say "malformed".
 */
class CorruptSettingsFileTest {
    @TempDir
    Path dir;

    private ConfigException loadFails(byte[] content) throws Exception {
        Path file = dir.resolve("kiosk.properties");
        Files.write(file, content);
        return catchThrowableOfType(ConfigException.class, () -> Settings.load(file));
    }

    @Test
    void aBrokenUnicodeEscapeNamesItsLineAndKey() throws Exception {
        ConfigException e = loadFails("# kiosk\nui.language=vi\ncentre.name.vi=Trung t\\u00e2m\ncentre.name.en=Centre \\u00ZZ\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(4);
        assertThat(e.key()).isEqualTo("centre.name.en");
        assertThat(e.getMessage()).contains("kiosk.properties", "line 4", "centre.name.en", "\\u");
    }

    @Test
    void anEscapedBackslashBeforeUIsNotTakenForABrokenEscape() throws Exception {
        ConfigException e = loadFails("path=C:\\\\users\\\\x\nbad=\\u12\n".getBytes(StandardCharsets.UTF_8));

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.key()).isEqualTo("bad");
    }

    @Test
    void bytesThatAreNotUtf8NameTheirLineAndKey() throws Exception {
        byte[] latin1 = "ui.language=vi\ncentre.name.vi=Trung t\u00e2m\n".getBytes(StandardCharsets.ISO_8859_1);

        ConfigException e = loadFails(latin1);

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.key()).isEqualTo("centre.name.vi");
        assertThat(e.getMessage()).contains("kiosk.properties", "line 2", "centre.name.vi", "UTF-8");
    }

    @Test
    void aFileCutOffInTheMiddleOfALetterNamesTheLastLine() throws Exception {
        byte[] whole = "ui.language=vi\ncentre.name.vi=Trung tâ".getBytes(StandardCharsets.UTF_8);
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length - 1);

        ConfigException e = loadFails(truncated);

        assertThat(e.line()).isEqualTo(2);
        assertThat(e.key()).isEqualTo("centre.name.vi");
    }

    @Test
    void anEmptyFileLoadsAndEveryRequiredKeyIsThenNamedAsMissing() throws Exception {
        Path file = dir.resolve("kiosk.properties");
        Files.write(file, new byte[0]);
        Settings s = Settings.load(file);

        ConfigException e = catchThrowableOfType(ConfigException.class, () -> s.string("server.url"));
        assertThat(e.getMessage()).contains("kiosk.properties", "server.url", "missing");
    }
}
