package vn.onestop.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A server process (a child JVM from the test classpath, as in production: {@code ServerMain --config --data
 * --port}) on a random port, and a config folder made for it from the shipped one with some keys replaced.
 */
final class ChildServer implements AutoCloseable {
    final int port;
    final Path data;
    private final Process process;

    private ChildServer(int port, Path data, Process process) {
        this.port = port;
        this.data = data;
        this.process = process;
    }

    /** Starts a server process; call {@link #awaitHealthy} before using it. */
    static ChildServer start(Path configDir, Path data, String name) throws IOException {
        Files.createDirectories(data);
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                "-Dlog4j2.configurationFile=" + System.getProperty("onestop.config.dir") + "/log4j2-test.xml",
                "vn.onestop.server.ServerMain", "--config", configDir.toString(), "--data", data.toString(),
                "--port", Integer.toString(port));
        pb.redirectErrorStream(true).redirectOutput(data.resolve(name + ".log").toFile());
        return new ChildServer(port, data, pb.start());
    }

    /** Waits until {@code /health} answers 200, failing with the process log's name when it does not. */
    ChildServer awaitHealthy(HttpClient http) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("server process exited; its log: " + log());
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                TimeUnit.MILLISECONDS.sleep(100); // poll interval while the child JVM starts
            }
        }
        throw new AssertionError("server did not answer /health within 90 s; its log: " + log());
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    String log() throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            Path log = files.filter(f -> f.toString().endsWith(".log")).findFirst().orElseThrow();
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
    }

    /** SIGKILL: the process dies without closing anything, as in a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    }

    boolean alive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            kill();
        }
    }

    /**
     * Copies the shipped config folder to {@code dir} and appends {@code overrides} to its server.properties (later
     * keys win); for tests, passwords are hashed with few iterations.
     */
    static Path config(Path dir, Map<String, String> overrides) throws IOException {
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
    static Map<String, String> counters(int n, Map<String, String> into) {
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
    static Map<String, String> database(TestPostgres pg, Path dir, int poolSize, Map<String, String> into)
            throws IOException {
        Path secret = dir.resolve("db-password");
        Files.writeString(secret, pg.password() + "\n", StandardCharsets.UTF_8);
        into.put("db.url", pg.url());
        into.put("db.user", pg.user());
        into.put("db.passwordFile", secret.toString());
        into.put("db.poolSize", Integer.toString(poolSize));
        return into;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
