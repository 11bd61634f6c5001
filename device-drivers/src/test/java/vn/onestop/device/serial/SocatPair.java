package vn.onestop.device.serial;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A linked pty pair made by socat ({@code pty,raw,echo=0,link=...}) in a folder: two serial "ports"
 * {@link #deviceSide()} and {@link #hostSide()}. Killing socat looks like an unplug to both ends.
 * Without socat the test is skipped, except under CI (env CI set) where it fails.
 */
public final class SocatPair implements AutoCloseable {
    private final Path hostLink;
    private final Path deviceLink;
    private Process socat;
    private final List<FileInputStream> holders = new ArrayList<>();

    public SocatPair(Path dir) throws IOException {
        requireSocat();
        this.hostLink = dir.resolve("ttyHost");
        this.deviceLink = dir.resolve("ttyDevice");
        start();
    }

    public static void requireSocat() {
        boolean present = List.of("/usr/bin/socat", "/bin/socat", "/usr/local/bin/socat").stream()
                .anyMatch(p -> new File(p).canExecute());
        if (!present && System.getenv("CI") != null) {
            fail("socat is required under CI (Debian package socat)");
        }
        assumeTrue(present, "socat not installed: skipping the pty test (apt-get install socat)");
    }

    /** The end the product opens (printer or scanner port). */
    public String hostSide() {
        return hostLink.toString();
    }

    /** The end the simulated device opens. */
    public String deviceSide() {
        return deviceLink.toString();
    }

    public synchronized void start() throws IOException {
        Files.deleteIfExists(hostLink);
        Files.deleteIfExists(deviceLink);
        socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + hostLink, "pty,raw,echo=0,link=" + deviceLink)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        waitFor(() -> Files.exists(hostLink) && Files.exists(deviceLink), Duration.ofSeconds(10),
                "socat did not create the pty links");
        // A real serial line survives the host closing its port; a pty pair dies with its last fd.
        holders.add(new FileInputStream(hostLink.toFile()));
        holders.add(new FileInputStream(deviceLink.toFile()));
    }

    /** Kills socat, as if the cable were pulled. */
    public synchronized void kill() throws InterruptedException {
        if (socat != null) {
            socat.destroyForcibly();
            socat.waitFor();
            socat = null;
        }
        for (FileInputStream holder : holders) {
            try {
                holder.close();
            } catch (IOException e) {
                // already gone with the pty
            }
        }
        holders.clear();
    }

    @Override
    public void close() {
        try {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Polls {@code condition} every few milliseconds until it holds or the timeout passes. */
    public static void waitFor(BooleanSupplier condition, Duration timeout, String what) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                fail(what + " within " + timeout.toMillis() + " ms");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting: " + what);
            }
        }
    }
}
