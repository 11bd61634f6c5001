package vn.onestop.kiosk.e2e;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import vn.onestop.testkit.ChildJvm;

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
    private ChildJvm process;
    private int starts;

    ServerProcess(Path data) throws IOException {
        this.data = data;
        Files.createDirectories(data);
        port = ChildJvm.freePort();
    }

    /** Starts the server and waits (polling /health) until it answers. */
    ServerProcess start() throws IOException, InterruptedException {
        starts++;
        String config = System.getProperty("onestop.config.dir");
        process = ChildJvm.start(List.of("-Xmx256m", "-Dlog4j2.configurationFile=" + config + "/log4j2.xml",
                "-Donestop.log.dir=" + data.resolve("logs"), "-Donestop.log.name=server"),
                "vn.onestop.server.ServerMain", List.of("--config", config, "--data", data.toString(),
                        "--port", Integer.toString(port)), data.resolve("console-" + starts + ".txt"));
        awaitHealthy();
        return this;
    }

    private void awaitHealthy() throws IOException, InterruptedException {
        process.awaitOk(http, url() + "/health", Duration.ofSeconds(60));
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
        process.freeze();
    }

    /** SIGCONT, then waits until /health answers (the requests queued meanwhile are served by then). */
    void thaw() throws IOException, InterruptedException {
        process.thaw();
        awaitHealthy();
    }

    /** SIGKILL: the JVM dies at once, nothing closed or flushed, as in a crash. */
    void kill() throws InterruptedException {
        process.kill();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.close();
        }
    }
}
