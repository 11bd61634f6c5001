package vn.onestop.device.document.sane;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.device.document.DocumentScanException;
import vn.onestop.device.document.DocumentScanner;
import vn.onestop.device.document.PageDecoder;
import vn.onestop.device.document.ScanFault;
import vn.onestop.device.document.ScannedPage;

/**
 * Scans a page with SANE's {@code scanimage} as a child process: one run per page, output and messages into
 * private temporary files (no pipe can fill up and stall the scanner), stopped when the time limit passes. The
 * temporary files are deleted before {@link #scan} returns. Blocking: call it from the scanner's own thread.
 */
public final class SaneScanner implements DocumentScanner {
    private static final Logger LOG = LogManager.getLogger(SaneScanner.class);

    private final SaneSettings settings;
    private final PageDecoder decoder;
    private final Path workDir;

    /** {@code workDir}: where the page is written while scanimage runs (a private folder of the kiosk user). */
    public SaneScanner(SaneSettings settings, PageDecoder decoder, Path workDir) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
        this.workDir = Objects.requireNonNull(workDir, "workDir");
    }

    @Override
    public String describe() {
        return "sane:" + settings.device();
    }

    @Override
    public ScannedPage scan() throws DocumentScanException {
        Path out = null;
        Path err = null;
        try {
            Files.createDirectories(workDir);
            out = Files.createTempFile(workDir, "page-", ".png");
            err = Files.createTempFile(workDir, "page-", ".log");
            Run run = run(out, err);
            String messages = Files.readString(err, StandardCharsets.UTF_8);
            if (run.timedOut) {
                // The device may have told its fault (e.g. "sane_read: Scanner cover is open") before scanimage
                // hung on the way out: the citizen and technician then hear that fault, not a bare time-out.
                ScanFault told = messages.contains("sane_") ? SaneFailure.classify(-1, messages) : ScanFault.FAILED;
                if (told != ScanFault.FAILED) {
                    throw fail(told, "scanimage on " + describe() + " reported '" + SaneFailure.lastLine(messages)
                            + "', then did not exit within " + settings.timeout().toSeconds() + " s and was stopped");
                }
                throw fail(ScanFault.TIMEOUT, "scanimage did not finish within " + settings.timeout().toSeconds()
                        + " s and was stopped");
            }
            if (run.exit != 0) {
                ScanFault fault = SaneFailure.classify(run.exit, messages);
                throw fail(fault, "scanimage on " + describe() + " exited with " + run.exit + ": "
                        + SaneFailure.lastLine(messages));
            }
            return decoder.decode(Files.readAllBytes(out), settings.dpi());
        } catch (IOException e) {
            throw fail(ScanFault.FAILED, "cannot run " + settings.executable() + " (" + e.getMessage() + ")");
        } finally {
            delete(out);
            delete(err);
        }
    }

    private record Run(int exit, boolean timedOut) {}

    private Run run(Path out, Path err) throws IOException, DocumentScanException {
        List<String> argv = SaneCommand.onePage(settings);
        ProcessBuilder builder = new ProcessBuilder(argv).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        if (settings.configDir() != null) {
            builder.environment().put("SANE_CONFIG_DIR", settings.configDir().toString());
        }
        Process process = builder.start();
        try {
            if (!process.waitFor(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
                return new Run(-1, true);
            }
            return new Run(process.exitValue(), false);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new DocumentScanException(ScanFault.FAILED, "the scan was interrupted", e);
        }
    }

    private DocumentScanException fail(ScanFault fault, String message) {
        LOG.warn("Document scan failed ({}): {}", fault.code(), message);
        return new DocumentScanException(fault, message);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Cannot delete the temporary scan file {}: {}", file, e.getMessage());
            }
        }
    }
}
