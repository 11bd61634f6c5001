package vn.onestop.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * SANE's {@code test} backend for tests, without touching the system's configuration: a private folder with a
 * {@code dll.conf} that lists only {@code test}, handed to scanimage as {@code SANE_CONFIG_DIR}. The backend makes
 * pictures on demand ({@code --test-picture=Grid|Solid white|Solid black}), simulates a feeder and returns chosen
 * errors ({@code --read-return-value=SANE_STATUS_JAMMED}, {@code SANE_STATUS_IO_ERROR}).
 */
public final class SaneTestDevice {
    private SaneTestDevice() {}

    /** Writes the private configuration into {@code dir} and returns it (the value for SANE_CONFIG_DIR). */
    public static Path configure(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("dll.conf"), "test\n", StandardCharsets.UTF_8);
        return dir;
    }

    /**
     * Makes the test backend's second device {@code test:1} disappear (its {@code test.conf} says one device), as
     * when a scanner is unplugged: scanimage then says "open of device test:1 failed". {@link #plugIn} undoes it.
     */
    public static void unplugSecond(Path dir) throws IOException {
        Files.writeString(dir.resolve("test.conf"), "number_of_devices 1\n", StandardCharsets.UTF_8);
    }

    /** Both test devices back (the backend's default of two). */
    public static void plugIn(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve("test.conf"));
    }

    /** Why the test backend cannot be used here, or empty when {@code scanimage -L} lists it. */
    static Optional<String> problem() {
        Path dir = null;
        try {
            dir = configure(Files.createTempDirectory("sane-check"));
            ProcessBuilder pb = new ProcessBuilder(Tools.find("scanimage").orElseThrow().toString(), "-L")
                    .redirectErrorStream(true);
            pb.environment().put("SANE_CONFIG_DIR", dir.toString());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.of("scanimage -L did not answer within 20 s");
            }
            return out.contains("`test:") ? Optional.empty()
                    : Optional.of("SANE's test backend is not available (scanimage -L with a private dll.conf "
                    + "listing 'test' said: " + out.strip() + "; Debian package libsane1)");
        } catch (IOException | RuntimeException e) {
            return Optional.of("cannot run scanimage -L: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while checking scanimage");
        } finally {
            if (dir != null) {
                try {
                    Files.deleteIfExists(dir.resolve("dll.conf"));
                    Files.deleteIfExists(dir);
                } catch (IOException e) {
                    // a temporary folder left behind is harmless
                }
            }
        }
    }
}
