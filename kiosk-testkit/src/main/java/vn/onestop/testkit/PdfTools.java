package vn.onestop.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs poppler-utils and qpdf (and other checkers, e.g. zbarimg on a rendered page) on a file, as independent
 * readers of what the product wrote. The test declares {@link RequiresPdfTools} (and {@link RequiresQrTools} for
 * zbarimg).
 */
public final class PdfTools {
    private PdfTools() {}

    /** The tool's exit code and standard output (its standard error, e.g. zbarimg's D-Bus notices, is dropped). */
    public record Result(int exit, String output) {}

    /** Runs {@code tool} with the arguments (paths and numbers as text); fails after 60 s. */
    public static Result run(String tool, Object... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Tools.require(tool)));
        for (Object a : args) {
            cmd.add(a instanceof Path p ? p.toString() : String.valueOf(a));
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(tool + " did not finish within 60 s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** The PDF's text as pdftotext lays it out (UTF-8, {@code -layout}). */
    public static String text(Path pdf) throws IOException, InterruptedException {
        return run("pdftotext", "-enc", "UTF-8", "-layout", pdf, "-").output();
    }
}
