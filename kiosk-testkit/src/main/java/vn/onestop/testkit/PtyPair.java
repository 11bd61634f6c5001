package vn.onestop.testkit;

import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A serial cable made by socat: two linked ptys ({@code pty,raw,echo=0,link=...}) under stable names in a folder,
 * {@link #hostSide()} for the product's port and {@link #deviceSide()} for the simulated device. {@link #unplug()}
 * kills socat (both ends see the line die), {@link #plugIn()} makes a new pair under the same names, as a cable
 * plugged back into the same socket. The test declares {@link RequiresSocat}.
 */
public final class PtyPair implements AutoCloseable {
    private final Path hostLink;
    private final Path deviceLink;
    private final List<FileInputStream> holders = new ArrayList<>();
    private Process socat;

    /** A pair named {@code ttyHost} and {@code ttyDevice} in {@code dir}, plugged in. */
    public PtyPair(Path dir) throws IOException {
        this(dir, "ttyHost", "ttyDevice");
    }

    public PtyPair(Path dir, String hostName, String deviceName) throws IOException {
        hostLink = dir.resolve(hostName);
        deviceLink = dir.resolve(deviceName);
        plugIn();
    }

    /** The end the product opens (its printer or scanner port). */
    public String hostSide() {
        return hostLink.toString();
    }

    /** The end the simulated device opens. */
    public String deviceSide() {
        return deviceLink.toString();
    }

    /** Starts socat and waits for both links; holds both ends open, as a real line survives a port being closed. */
    public synchronized void plugIn() throws IOException {
        Files.deleteIfExists(hostLink);
        Files.deleteIfExists(deviceLink);
        Process started = new ProcessBuilder(Tools.require("socat"), "pty,raw,echo=0,link=" + hostLink,
                "pty,raw,echo=0,link=" + deviceLink).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        socat = started;
        Wait.until(() -> (Files.exists(hostLink) && Files.exists(deviceLink)) || !started.isAlive(),
                Duration.ofSeconds(10), "socat to create the pty links " + hostLink + " and " + deviceLink);
        if (!started.isAlive()) {
            throw new AssertionError("socat exited with " + started.exitValue() + " before making the pty links");
        }
        // A pty pair dies with its last open descriptor: hold both ends for the life of the cable.
        holders.add(new FileInputStream(hostLink.toFile()));
        holders.add(new FileInputStream(deviceLink.toFile()));
    }

    /** Pulls the cable: socat dies and the ptys go away. */
    public synchronized void unplug() throws InterruptedException {
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
            unplug();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
