package vn.onestop.kiosk.e2e;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;

/**
 * The shipped {@code config/log4j2.xml} with its root level raised to {@code all} (the most a technician can
 * turn it up to), logging into files in a folder of the test, for as long as this is open; then the test
 * configuration again. The shipped per-library limits stay: they are part of what the product ships to keep
 * personal data out of logs (PDFBox's debug lines spell out every glyph of a slip).
 */
final class VerboseLogs implements AutoCloseable {
    private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
    private final URI previous = context.getConfigLocation();
    private final String previousDir = System.getProperty("onestop.log.dir");

    VerboseLogs(Path dir) throws IOException {
        Files.createDirectories(dir);
        String shipped = Files.readString(Path.of(System.getProperty("onestop.config.dir"), "log4j2.xml"),
                StandardCharsets.UTF_8);
        String verbose = shipped.replace("<Root level=\"info\">", "<Root level=\"all\">")
                .replace("<AppenderRef ref=\"console\"/>", "");
        if (verbose.equals(shipped) || !verbose.contains("<Root level=\"all\">")) {
            throw new IllegalStateException("config/log4j2.xml changed shape: its Root level could not be raised");
        }
        Path file = dir.resolve("log4j2-all.xml");
        Files.writeString(file, verbose, StandardCharsets.UTF_8);
        System.setProperty("onestop.log.dir", dir.toString());
        context.setConfigLocation(file.toUri());
    }

    @Override
    public void close() {
        if (previousDir == null) {
            System.clearProperty("onestop.log.dir");
        } else {
            System.setProperty("onestop.log.dir", previousDir);
        }
        context.setConfigLocation(previous);
    }
}
