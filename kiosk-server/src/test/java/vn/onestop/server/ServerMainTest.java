package vn.onestop.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line the ./kiosk script uses: first-start secret, --demo accounts, --enrolment-code. */
class ServerMainTest {
    @TempDir
    Path data;
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void demoStartPrintsTheSecretMakesRandomAccountsAndAcceptsTheEnrolmentCode() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandLine cli = CommandLine.parse(new String[] {"--config", System.getProperty("onestop.config.dir"),
            "--data", data.toString(), "--port", "0", "--demo", "--enrolment-code", "demo-kiosk-code"});
        try (ServerMain.Running server = ServerMain.run(cli, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            String console = out.toString(StandardCharsets.UTF_8);
            String secret = Files.readString(data.resolve("first-admin-secret.txt")).trim();
            assertThat(console).contains(secret);
            List<String> accounts = Files.readAllLines(data.resolve("demo-accounts.txt")).stream()
                    .filter(l -> !l.startsWith("#")).toList();
            assertThat(accounts).extracting(l -> l.split(" ")[0]).containsExactly("demo-admin", "demo-supervisor",
                    "demo-technician", "demo-counter1", "demo-counter2");
            String[] supervisor = accounts.get(1).split(" ");
            assertThat(supervisor[2]).hasSizeGreaterThanOrEqualTo(16);
            String base = "http://127.0.0.1:" + server.app().port();
            assertThat(post(base + "/api/v1/auth/login", "{\"username\":\"demo-supervisor\",\"password\":\""
                    + supervisor[2] + "\"}")).isEqualTo(200);
            assertThat(post(base + "/api/v1/kiosk/enrol",
                    "{\"enrolmentCode\":\"demo-kiosk-code\",\"kioskName\":\"demo\"}")).isEqualTo(201);
        }
        String supervisorLine = Files.readAllLines(data.resolve("demo-accounts.txt")).get(2);
        // A second start keeps the accounts (and their passwords) and prints no new secret once an admin exists.
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        try (ServerMain.Running server = ServerMain.run(CommandLine.parse(new String[] {"--config",
            System.getProperty("onestop.config.dir"), "--data", data.toString(), "--port", "0", "--demo"}),
                new PrintStream(again, true, StandardCharsets.UTF_8))) {
            assertThat(again.toString(StandardCharsets.UTF_8)).doesNotContain("one-time secret");
            assertThat(server.app().staff().list()).hasSize(5);
            assertThat(Files.readString(data.resolve("demo-accounts.txt"))).contains(supervisorLine);
        }
    }

    @Test
    void badCommandLinesAreRefusedWithTheOptionNamed() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--port", "eighty"})).hasMessageContaining("--port");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--colour"})).hasMessageContaining("--colour");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--data"})).hasMessageContaining("--data needs");
    }

    @Test
    void aBadConfigurationValueNamesTheFileAndKey() throws Exception {
        Path config = data.resolve("config");
        copyConfig(Path.of(System.getProperty("onestop.config.dir")), config);
        Path props = config.resolve("server.properties");
        Files.writeString(props, Files.readString(props).replace("queue.priority.mode=interleaved",
                "queue.priority.mode=sometimes"));
        assertThatThrownBy(() -> ServerConfigLoader.load(config)).hasMessageContaining("server.properties")
                .hasMessageContaining("queue.priority.mode");
    }

    private static void copyConfig(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private int post(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
