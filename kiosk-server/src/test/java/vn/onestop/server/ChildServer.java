package vn.onestop.server;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.onestop.testkit.ChildJvm;

/**
 * A server process (a child JVM from the test classpath, as in production: {@code ServerMain --config --data
 * --port}) on a random port, and a config folder made for it from the shipped one with some keys replaced.
 */
public final class ChildServer implements AutoCloseable {
    public final int port;
    public final Path data;
    private final ChildJvm process;

    private ChildServer(int port, Path data, ChildJvm process) {
        this.port = port;
        this.data = data;
        this.process = process;
    }

    /** Starts a server process; call {@link #awaitHealthy} before using it. */
    public static ChildServer start(Path configDir, Path data, String name) throws IOException {
        return start(configDir, data, name, "384m");
    }

    /** Starts a server process with {@code heap} as its -Xmx (a benchmark holding thousands of streams). */
    public static ChildServer start(Path configDir, Path data, String name, String heap) throws IOException {
        Files.createDirectories(data);
        int port = ChildJvm.freePort();
        return new ChildServer(port, data, ChildJvm.start(List.of("-Xmx" + heap,
                "-Dlog4j2.configurationFile=" + System.getProperty("onestop.config.dir") + "/log4j2-test.xml"),
                "vn.onestop.server.ServerMain", List.of("--config", configDir.toString(), "--data", data.toString(),
                        "--port", Integer.toString(port)), data.resolve(name + ".log")));
    }

    /** Waits until {@code /health} answers 200, failing with the end of the process log when it does not. */
    public ChildServer awaitHealthy(HttpClient http) throws Exception {
        process.awaitOk(http, base() + "/health", Duration.ofSeconds(90));
        return this;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public String log() throws IOException {
        return process.logTail(40);
    }

    /** SIGKILL: the process dies without closing anything, as in a crash. */
    public void kill() throws InterruptedException {
        process.kill();
    }

    public boolean alive() {
        return process.alive();
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }

    /**
     * Copies the shipped config folder to {@code dir} and appends {@code overrides} to its server.properties (later
     * keys win); for tests, passwords are hashed with few iterations.
     */
    public static Path config(Path dir, Map<String, String> overrides) throws IOException {
        Path shipped = Path.of(System.getProperty("onestop.config.dir"));
        try (Stream<Path> all = Files.walk(shipped)) {
            for (Path p : all.toList()) {
                Path target = dir.resolve(shipped.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        List<String> lines = new ArrayList<>(List.of("", "# Test overrides", "staff.passwordIterations=1000"));
        overrides.forEach((k, v) -> lines.add(k + "=" + v.replace("\\", "\\\\")));
        Files.write(dir.resolve("server.properties"), lines, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return dir;
    }

    /** Settings for {@code n} counters all calling from services A and B. */
    public static Map<String, String> counters(int n, Map<String, String> into) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ids.add(Integer.toString(i));
            into.put("queue.counter." + i + ".name", "Quay " + i);
            into.put("queue.counter." + i + ".services", "A,B");
        }
        into.put("queue.counters", String.join(",", ids));
        return into;
    }

    /** The db.* keys for a test database, with the password in a file as production should keep it. */
    public static Map<String, String> database(TestPostgres pg, Path dir, int poolSize, Map<String, String> into)
            throws IOException {
        Path secret = dir.resolve("db-password");
        Files.writeString(secret, pg.password() + "\n", StandardCharsets.UTF_8);
        into.put("db.url", pg.url());
        into.put("db.user", pg.user());
        into.put("db.passwordFile", secret.toString());
        into.put("db.poolSize", Integer.toString(poolSize));
        return into;
    }
}
