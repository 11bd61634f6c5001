package vn.onestop.kiosk.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk program started as a technician would (a child JVM running {@code KioskMain}) with a missing or
 * damaged {@code kiosk.properties}: it must refuse to start, exit with status 2 and say which file, line
 * and key to fix, before any window opens.
 */
class KioskConfigFaultTest {
    @TempDir
    Path dir;

    /** What the child printed on stderr and its exit status. */
    record Exit(int status, String stderr) {}

    private Exit startKiosk(Path configDir) throws IOException, InterruptedException {
        Path err = dir.resolve("stderr.txt");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Djava.awt.headless=true",
                "-Dlog4j2.configurationFile=" + System.getProperty("log4j2.configurationFile"),
                "vn.onestop.kiosk.KioskMain", "--config", configDir.toString(), "--data",
                dir.resolve("data").toString(), "--windowed"));
        Process p = new ProcessBuilder(cmd).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the kiosk did not refuse to start within 90 s");
        }
        return new Exit(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }

    private Path configWith(String content) throws IOException {
        Path config = Files.createDirectories(dir.resolve("config"));
        Files.writeString(config.resolve("kiosk.properties"), content, StandardCharsets.UTF_8);
        return config;
    }

    private static String shipped() throws IOException {
        return Files.readString(Path.of(System.getProperty("onestop.config.dir"), "kiosk.properties"));
    }

    @Test
    void aMissingFileRefusesToStartAndNamesTheFile() throws Exception {
        Path config = Files.createDirectories(dir.resolve("empty-config"));

        Exit exit = startKiosk(config);

        assertThat(exit.status()).isEqualTo(2);
        assertThat(exit.stderr()).contains(config.resolve("kiosk.properties").toString(), "file not found");
    }

    @Test
    void aBadValueRefusesToStartNamingFileLineAndKey() throws Exception {
        String text = shipped().replaceFirst("(?m)^ui\\.idle\\.seconds=.*$", "ui.idle.seconds=một phút");
        int line = lineOf(text, "ui.idle.seconds=");

        Exit exit = startKiosk(configWith(text));

        assertThat(exit.status()).isEqualTo(2);
        assertThat(exit.stderr()).contains("kiosk.properties", "line " + line, "'ui.idle.seconds'",
                "not a whole number");
    }

    @Test
    void aFileSavedInTheWrongEncodingRefusesToStartNamingTheLine() throws Exception {
        String text = shipped();
        Path config = Files.createDirectories(dir.resolve("config"));
        byte[] legacy = text.getBytes(java.nio.charset.Charset.forName("windows-1258"));
        Files.write(config.resolve("kiosk.properties"), legacy);
        int line = lineOfFirstNonAsciiByte(legacy);

        Exit exit = startKiosk(config);

        assertThat(exit.status()).isEqualTo(2);
        assertThat(exit.stderr()).contains("kiosk.properties", "line " + line, "UTF-8");
    }

    @Test
    void aBrokenEscapeRefusesToStartNamingLineAndKey() throws Exception {
        String text = shipped() + "\ncentre.hotline=\\u19OO 1234\n";
        int line = lineOf(text, "centre.hotline=\\u19OO");

        Exit exit = startKiosk(configWith(text));

        assertThat(exit.status()).isEqualTo(2);
        assertThat(exit.stderr()).contains("kiosk.properties", "line " + line, "'centre.hotline'");
    }

    private static int lineOf(String text, String start) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("the shipped kiosk.properties has no line starting " + start);
    }

    private static int lineOfFirstNonAsciiByte(byte[] bytes) {
        int line = 1;
        for (byte b : bytes) {
            if (b < 0) {
                return line;
            }
            line += b == '\n' ? 1 : 0;
        }
        throw new AssertionError("the shipped kiosk.properties has no Vietnamese text");
    }
}
