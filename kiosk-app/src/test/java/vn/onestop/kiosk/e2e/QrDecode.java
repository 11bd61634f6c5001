package vn.onestop.kiosk.e2e;

import com.google.zxing.Binarizer;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;

/**
 * Reads the QR code on a printed ticket PNG with ZXing, as a phone or a counter scanner would: both of
 * ZXing's binarizers at 1x, 1.5x and 2x (ZXing at 1x misses some of the virtual printer's half-resolution
 * raster QRs that zbarimg reads), then ZBar's {@code zbarimg} (the decoder of many counter scanners; ZXing's
 * detector misreads some version-7 slip QRs that it decodes exactly once told where the symbol is). A PNG that
 * neither can read is kept in target/unreadable-tickets/.
 */
final class QrDecode {
    private QrDecode() {}

    private static BufferedImage scaled(BufferedImage image, double scale) {
        if (scale == 1.0) {
            return image;
        }
        BufferedImage out = new BufferedImage((int) (image.getWidth() * scale), (int) (image.getHeight() * scale),
                BufferedImage.TYPE_INT_RGB);
        var g = out.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
                java.awt.RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.drawImage(image, 0, 0, out.getWidth(), out.getHeight(), null);
        g.dispose();
        return out;
    }

    static String decode(Path png) throws IOException, NotFoundException {
        BufferedImage image = ImageIO.read(png.toFile());
        List<Function<LuminanceSource, Binarizer>> binarizers = List.of(HybridBinarizer::new,
                GlobalHistogramBinarizer::new);
        for (double scale : new double[] {1.0, 1.5, 2.0}) {
            LuminanceSource source = new BufferedImageLuminanceSource(scaled(image, scale));
            for (Function<LuminanceSource, Binarizer> b : binarizers) {
                try {
                    return new MultiFormatReader().decode(new BinaryBitmap(b.apply(source)),
                            Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                } catch (NotFoundException e) {
                    // try the next binarizer or size, as a camera held a bit nearer would
                }
            }
        }
        String zbar = zbar(png);
        if (zbar != null) {
            return zbar;
        }
        Path kept = Path.of("target", "unreadable-tickets");
        Files.createDirectories(kept);
        Files.copy(png, kept.resolve(png.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        throw NotFoundException.getNotFoundInstance();
    }

    /** The text ZBar reads from {@code png}, or null when it reads nothing or is not installed. */
    private static String zbar(Path png) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder("zbarimg", "-q", "--raw", png.toString()).redirectErrorStream(false).start();
        } catch (IOException e) {
            return null;
        }
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        try {
            return p.waitFor() == 0 && !out.isBlank() ? out.strip() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
