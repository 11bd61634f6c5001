package vn.onestop.kiosk.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The management server as production runs it ({@code ServerMain --config --data --port}) in a child JVM
 * started from this module's test classpath (which holds kiosk-server), logging with the shipped
 * {@code log4j2.xml} into {@code <data>/logs}. It can be SIGKILLed and started again on the same data
 * folder and port, as a crashed server restarted by systemd.
 */
final class ServerProcess implements AutoCloseable {
    private final Path data;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;

    ServerProcess(Path data) throws IOException {
        this.data = data;
        Files.createDirectories(data);
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
    }

    /** Starts the server and waits (polling /health) until it answers. */
    ServerProcess start() throws IOException, InterruptedException {
        starts++;
        String config = System.getProperty("onestop.config.dir");
        ProcessBuilder pb = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "-Dlog4j2.configurationFile=" + config + "/log4j2.xml",
                "-Donestop.log.dir=" + data.resolve("logs"), "-Donestop.log.name=server",
                "vn.onestop.server.ServerMain", "--config", config, "--data", data.toString(),
                "--port", Integer.toString(port)));
        pb.redirectErrorStream(true).redirectOutput(data.resolve("console-" + starts + ".txt").toFile());
        process = pb.start();
        awaitHealthy();
        return this;
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the server exited with " + process.exitValue() + ": " + console());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url() + "/health"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            process.waitFor(100, TimeUnit.MILLISECONDS); // poll interval; returns at once if the JVM exits
        }
        throw new AssertionError("the server did not answer /health within 60 s: " + console());
    }

    private String console() throws IOException {
        return Files.readString(data.resolve("console-" + starts + ".txt"), StandardCharsets.UTF_8);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    Path data() {
        return data;
    }

    /**
     * SIGSTOP: the server hangs; requests already sent wait in its sockets (the kiosks time out), and are
     * served after {@link #thaw()} with nobody left to read the answer.
     */
    void freeze() throws IOException, InterruptedException {
        signal("STOP");
    }

    /** SIGCONT, then waits until /health answers (the requests queued meanwhile are served by then). */
    void thaw() throws IOException, InterruptedException {
        signal("CONT");
        awaitHealthy();
    }

    private void signal(String name) throws IOException, InterruptedException {
        // the shell's own kill (Java sends only TERM and KILL; /bin/kill is in procps, not on every image)
        Process kill = new ProcessBuilder("sh", "-c", "kill -" + name + " " + process.pid()).inheritIO().start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new AssertionError("kill -" + name + " " + process.pid() + " failed");
        }
    }

    /** SIGKILL: the JVM dies at once, nothing closed or flushed, as in a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
