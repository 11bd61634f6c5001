package vn.onestop.kiosk.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@link FilingKioskDriver} in a child JVM on a kiosk data folder, logging with the shipped {@code log4j2.xml} into
 * {@code <data>/logs} as the installed kiosk does; its stdout lines are read as they come, and it can be SIGKILLed.
 */
final class FilingKioskProcess implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Path console;

    FilingKioskProcess(Path data, String serverUrl, Path paper, String mode, int run) throws IOException {
        Files.createDirectories(data);
        String config = System.getProperty("onestop.config.dir");
        console = data.resolveSibling("kiosk-stderr-" + run + ".txt");
        process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"),
                "-Donestop.config.dir=" + config, "-Dlog4j2.configurationFile=" + config + "/log4j2.xml",
                "-Donestop.log.dir=" + data.resolve("logs"), "-Donestop.log.name=kiosk",
                FilingKioskDriver.class.getName(), data.toString(), serverUrl, paper.toString(), mode))
                .redirectError(console.toFile()).start();
        Thread reader = new Thread(this::read, "kiosk-" + run + "-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                seen.add(line);
                lines.add(line);
            }
        } catch (IOException e) {
            // the process was killed: nothing more to read
        }
    }

    /** The next line starting with {@code prefix} (earlier other lines are skipped); fails after {@code timeout}. */
    String await(String prefix, Duration timeout) throws InterruptedException, IOException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
            if (line == null && !process.isAlive() && lines.isEmpty()) {
                throw new AssertionError("the kiosk exited (" + process.exitValue() + ") before '" + prefix + "': "
                        + seen + " " + Files.readString(console));
            }
        }
        throw new AssertionError("no '" + prefix + "' from the kiosk within " + timeout.toSeconds() + " s: " + seen
                + " " + Files.readString(console));
    }

    /** SIGKILL: the JVM dies at once, nothing closed or flushed, as when the kiosk's power is cut. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        if (process.isAlive()) {
            throw new AssertionError("the kiosk process " + process.pid() + " survived SIGKILL");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
