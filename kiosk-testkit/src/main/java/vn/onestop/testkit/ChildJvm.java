package vn.onestop.testkit;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM started from the test's own class path (as production starts the server or the kiosk from its jars),
 * its output in a log file. It can be waited on over HTTP, frozen (SIGSTOP), thawed, SIGKILLed as in a crash, and
 * is stopped gently (then killed) on close.
 */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code java <jvmOptions> -cp <test class path> <mainClass> <args>}, output into {@code log}. */
    public static ChildJvm start(List<String> jvmOptions, String mainClass, List<String> args, Path log)
            throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(args);
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ChildJvm(p, log);
    }

    /** A TCP port that was free a moment ago (for a child that must listen on a port known in advance). */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /**
     * Polls {@code url} until it answers 200; fails with the end of the log when the JVM exits or the time is up.
     */
    public void awaitOk(HttpClient http, String url, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the child JVM exited with " + process.exitValue() + "; its log ends:\n"
                        + logTail(40));
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            process.waitFor(100, TimeUnit.MILLISECONDS); // poll interval; returns at once if the JVM exits
        }
        throw new AssertionError(url + " did not answer 200 within " + timeout.toSeconds() + " s; the log ends:\n"
                + logTail(40));
    }

    /** The last {@code lines} lines of the child's output. */
    public String logTail(int lines) throws IOException {
        List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    public Path log() {
        return log;
    }

    public boolean alive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** SIGSTOP: the JVM hangs; what is sent to it waits in its sockets until {@link #thaw()}. */
    public void freeze() throws IOException, InterruptedException {
        Signals.send(process.pid(), "STOP");
    }

    /** SIGCONT. */
    public void thaw() throws IOException, InterruptedException {
        Signals.send(process.pid(), "CONT");
    }

    /** SIGKILL: the JVM dies at once, nothing closed or flushed, as in a crash. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    }

    /** SIGTERM, and SIGKILL when it has not ended within 20 s. */
    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
