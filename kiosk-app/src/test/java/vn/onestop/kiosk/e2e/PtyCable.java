package vn.onestop.kiosk.e2e;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The serial cable between the kiosk and its printer: a socat pty pair with stable link names
 * ({@code ttyKiosk} for the kiosk's {@code printer.port}, {@code ttyPrinter} for the simulated printer).
 * {@link #unplug()} kills socat (both ends see the line die); {@link #plugIn()} makes a new pair under the
 * same names, as a cable plugged back into the same socket. Without socat the test is skipped, except
 * under CI (env CI set) where it fails.
 */
final class PtyCable implements AutoCloseable {
    private final Path kioskEnd;
    private final Path printerEnd;
    private final List<FileInputStream> holders = new ArrayList<>();
    private Process socat;

    PtyCable(Path dir) throws IOException, InterruptedException {
        requireSocat();
        kioskEnd = dir.resolve("ttyKiosk");
        printerEnd = dir.resolve("ttyPrinter");
        plugIn();
    }

    static void requireSocat() {
        boolean present = List.of("/usr/bin/socat", "/bin/socat", "/usr/local/bin/socat").stream()
                .anyMatch(p -> new File(p).canExecute());
        if (!present && System.getenv("CI") != null) {
            fail("socat is required under CI (Debian package socat)");
        }
        assumeTrue(present, "socat not installed: skipping the printer cable test (apt-get install socat)");
    }

    String kioskEnd() {
        return kioskEnd.toString();
    }

    String printerEnd() {
        return printerEnd.toString();
    }

    synchronized void plugIn() throws IOException, InterruptedException {
        Files.deleteIfExists(kioskEnd);
        Files.deleteIfExists(printerEnd);
        socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + kioskEnd, "pty,raw,echo=0,link=" + printerEnd)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long end = System.nanoTime() + 10_000_000_000L;
        while (!(Files.exists(kioskEnd) && Files.exists(printerEnd))) {
            if (System.nanoTime() > end || !socat.isAlive()) {
                fail("socat did not create the pty links within 10 s");
            }
            socat.waitFor(5, java.util.concurrent.TimeUnit.MILLISECONDS); // poll interval
        }
        // A real serial line survives an end closing its port; a pty pair dies with its last fd: hold both.
        holders.add(new FileInputStream(kioskEnd.toFile()));
        holders.add(new FileInputStream(printerEnd.toFile()));
    }

    /** Pulls the cable: socat dies, the ptys go away. */
    synchronized void unplug() throws InterruptedException {
        if (socat != null) {
            socat.destroyForcibly();
            socat.waitFor();
            socat = null;
        }
        for (FileInputStream holder : holders) {
            try {
                holder.close();
            } catch (IOException e) {
                // gone with the pty
            }
        }
        holders.clear();
    }

    @Override
    public void close() throws InterruptedException {
        unplug();
    }
}
