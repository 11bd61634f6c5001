package vn.onestop.kiosk.e2e;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs poppler-utils and qpdf on a PDF: missing tools fail under CI and skip the check elsewhere. */
final class PdfCheck {
    private PdfCheck() {}

    record Result(int exit, String output) {}

    static Result run(String tool, Object... args) throws Exception {
        boolean present = new File("/usr/bin/" + tool).canExecute();
        if (!present && System.getenv("CI") != null) {
            fail(tool + " is required under CI (Debian packages poppler-utils and qpdf)");
        }
        assumeTrue(present, tool + " not installed: skipping the independent PDF check");
        List<String> cmd = new ArrayList<>(List.of(tool));
        for (Object a : args) {
            cmd.add(a instanceof Path p ? p.toString() : String.valueOf(a));
        }
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(tool + " did not finish within 60 s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
