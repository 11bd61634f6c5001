package vn.onestop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server program started as the service unit does (a child JVM running {@code ServerMain}) with a
 * missing or damaged {@code server.properties} or catalogue: it must refuse to start with exit status 2 and
 * a message naming the file, the line and the key (or JSON position) to fix.
 */
class ServerConfigFaultTest {
    @TempDir
    Path dir;
    Path config;

    /** What the child printed on stderr and its exit status. */
    record Exit(int status, String stderr) {}

    @BeforeEach
    void copyShippedConfig() throws IOException {
        config = dir.resolve("config");
        Path from = Path.of(System.getProperty("onestop.config.dir"));
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = config.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private Exit startServer() throws IOException, InterruptedException {
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dlog4j2.configurationFile=" + System.getProperty("log4j2.configurationFile"),
                "vn.onestop.server.ServerMain", "--config", config.toString(), "--data", dir.resolve("data").toString(),
                "--port", "18089"))
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the server did not refuse to start within 90 s");
        }
        return new Exit(p.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
    }

    private void editProperties(String regex, String replacement) throws IOException {
        Path props = config.resolve("server.properties");
        String text = Files.readString(props);
        String changed = text.replaceFirst(regex, replacement);
        assertThat(changed).as("the shipped server.properties matches " + regex).isNotEqualTo(text);
        Files.writeString(props, changed);
    }

    private int lineOf(String file, String start) throws IOException {
        List<String> lines = Files.readAllLines(config.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line starting " + start);
    }

    @Test
    void aMissingSettingsFileRefusesToStartAndNamesIt() throws Exception {
        Files.delete(config.resolve("server.properties"));

        Exit exit = startServer();

        assertThat(exit.status()).isEqualTo(2);
        assertThat(exit.stderr()).contains(config.resolve("server.properties").toString());
        assertThat(Files.exists(dir.resolve("data").resolve("onestop.db"))).as("no database created").isFalse();
    }

    @Test
    void aBadValueRefusesToStartAndNamesFileAndKey() throws Exception {
        editProperties("(?m)^queue\\.priority\\.mode=.*$", "queue.priority.mode=sometimes");

        Exit exit = startServer();

        assertThat(exit.status()).isEqualTo(2);
        assertThat(exit.stderr()).contains("server.properties", "queue.priority.mode", "sometimes");
    }

    @Test
    void aBadNotificationSettingRefusesToStartAndNamesTheKey() throws Exception {
        editProperties("(?m)^notify\\.sms\\.url=.*$", "notify.sms.url=ftp://gateway.example.vn/sms");

        Exit exit = startServer();

        assertThat(exit.status()).isEqualTo(2);
        assertThat(exit.stderr()).contains("server.properties", "notify.sms.url", "http:// or https://");
    }

    @Test
    void aStreamCapPerAddressAboveItsTotalRefusesToStartAndNamesTheKey() throws Exception {
        editProperties("(?m)^events\\.display\\.maxStreamsPerAddress=.*$", "events.display.maxStreamsPerAddress=900");

        Exit exit = startServer();

        assertThat(exit.status()).isEqualTo(2);
        assertThat(exit.stderr()).contains("server.properties", "events.display.maxStreamsPerAddress",
                "events.display.maxStreams (500)");
    }

    @Test
    void aBadValueNamesItsLine() throws Exception {
        editProperties("(?m)^queue\\.priority\\.mode=.*$", "queue.priority.mode=sometimes");
        int line = lineOf("server.properties", "queue.priority.mode=");

        assertThat(startServer().stderr()).contains("line " + line);
    }

    @Test
    void aBrokenEscapeNamesFileLineAndKey() throws Exception {
        editProperties("(?m)^centre\\.name=.*$", "centre.name=Trung t\\\\u00ZZm");
        int line = lineOf("server.properties", "centre.name=");

        Exit exit = startServer();

        assertThat(exit.status()).isEqualTo(2);
        assertThat(exit.stderr()).contains("server.properties", "line " + line, "centre.name");
    }

    @Test
    void aTruncatedCatalogueRefusesToStartNamingTheFileAndPosition() throws Exception {
        Path catalogue = config.resolve("catalogue").resolve("procedures.json");
        byte[] json = Files.readAllBytes(catalogue);
        Files.write(catalogue, java.util.Arrays.copyOf(json, json.length / 2));

        Exit exit = startServer();

        assertThat(exit.status()).isEqualTo(2);
        assertThat(exit.stderr()).contains(catalogue.toString(), "not valid JSON at line");
    }

    @Test
    void aCatalogueEntryWithAWrongTypeRefusesToStartNamingEntryAndField() throws Exception {
        Path catalogue = config.resolve("catalogue").resolve("procedures.json");
        String json = Files.readString(catalogue);
        Files.writeString(catalogue, json.replaceFirst("\"processing_days\"\\s*:\\s*\\d+", "\"processing_days\": \"ba\""));

        Exit exit = startServer();

        assertThat(exit.status()).isEqualTo(2);
        assertThat(exit.stderr()).contains(catalogue.toString(), "procedures[", "'processing_days'");
    }

    @Test
    void aMissingCatalogueRefusesToStartAndNamesIt() throws Exception {
        Path catalogue = config.resolve("catalogue").resolve("procedures.json");
        Files.delete(catalogue);

        Exit exit = startServer();

        assertThat(exit.status()).isEqualTo(2);
        assertThat(exit.stderr()).contains(catalogue.toString());
    }
}
