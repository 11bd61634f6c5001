package vn.onestop.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** qrencode and zbarimg, a QR encoder and decoder independent of ZXing. The test declares {@link RequiresQrTools}. */
public final class QrTools {
    private QrTools() {}

    /** zbarimg's reading of the image as raw bytes, decoded as UTF-8 (its trailing newline dropped). */
    public static String zbarimg(Path png) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Tools.require("zbarimg"), "-q", "--raw", "-Sbinary", png.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("zbarimg did not finish within 30 s");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }

    /** Writes a PNG QR code of the payload's UTF-8 bytes (given on stdin, not argv): 6 px a module, 4-module margin. */
    public static Path qrencode(String payload, Path png) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Tools.require("qrencode"), "-o", png.toString(), "-s", "6", "-m", "4")
                .redirectErrorStream(true).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(payload.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new AssertionError("qrencode failed: " + out);
        }
        return png;
    }
}
