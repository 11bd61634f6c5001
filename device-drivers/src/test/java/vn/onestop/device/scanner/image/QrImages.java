package vn.onestop.device.scanner.image;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import vn.onestop.testkit.QrTools;

/** QR images for tests: by ZXing, by Debian's qrencode, and camera-like frames made from them. */
final class QrImages {

    private QrImages() {
    }

    /** A clean QR code with {@code pixelsPerModule} pixels a module and a 4-module quiet zone. */
    static BufferedImage zxing(String payload, int pixelsPerModule) {
        try {
            BitMatrix m = new QRCodeWriter().encode(payload, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 4,
                            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            BufferedImage img = new BufferedImage(m.getWidth() * pixelsPerModule, m.getHeight() * pixelsPerModule,
                    BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    img.setRGB(x, y, m.get(x / pixelsPerModule, y / pixelsPerModule) ? 0x000000 : 0xFFFFFF);
                }
            }
            return img;
        } catch (WriterException e) {
            throw new IllegalStateException("ZXing could not encode a test payload", e);
        }
    }

    /** A QR code made by qrencode from the payload's UTF-8 bytes (the test declares @RequiresQrTools). */
    static BufferedImage qrencode(String payload, Path dir) throws IOException, InterruptedException {
        return ImageIO.read(QrTools.qrencode(payload, dir.resolve("qrencode-" + System.nanoTime() + ".png")).toFile());
    }

    /** How a camera spoils a frame. */
    record Distortion(String name, double angleDegrees, int blurRadius, double noiseSigma, int low, int high) {
        static final Distortion CLEAN = new Distortion("clean", 0, 0, 0, 0, 255);
    }

    /**
     * A {@code width x height} RGB frame of grey clutter with the QR code placed off-centre, rotated,
     * at the given contrast, then blurred and noised, as a webcam would see a card held up.
     */
    static BufferedImage cameraFrame(BufferedImage qr, int width, int height, Distortion d, Random random) {
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(120, 118, 112));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 12; i++) { // clutter: a desk, a hand, shadows
            g.setColor(new Color(60 + random.nextInt(150), 60 + random.nextInt(150), 60 + random.nextInt(150)));
            g.fillRect(random.nextInt(width), random.nextInt(height), 20 + random.nextInt(width / 4),
                    20 + random.nextInt(height / 4));
        }
        double scale = Math.min(height * 0.8 / qr.getHeight(), 1.0);
        double cx = width * (0.4 + 0.2 * random.nextDouble());
        double cy = height / 2.0;
        g.translate(cx, cy);
        g.rotate(Math.toRadians(d.angleDegrees()));
        g.scale(scale, scale);
        g.drawImage(qr, -qr.getWidth() / 2, -qr.getHeight() / 2, null);
        g.dispose();
        BufferedImage out = d.blurRadius() > 0 ? blur(frame, d.blurRadius()) : frame;
        contrastAndNoise(out, d, random);
        return out;
    }

    private static BufferedImage blur(BufferedImage src, int radius) {
        int size = 2 * radius + 1;
        float[] k = new float[size * size];
        java.util.Arrays.fill(k, 1f / k.length);
        BufferedImage dst = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        return new ConvolveOp(new Kernel(size, size, k), ConvolveOp.EDGE_NO_OP, null).filter(src, dst);
    }

    private static void contrastAndNoise(BufferedImage img, Distortion d, Random random) {
        double span = (d.high() - d.low()) / 255.0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = channel(rgb >> 16, d, span, random);
                int gr = channel(rgb >> 8, d, span, random);
                int b = channel(rgb, d, span, random);
                img.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
    }

    private static int channel(int value, Distortion d, double span, Random random) {
        double v = d.low() + (value & 0xFF) * span + (d.noiseSigma() > 0 ? random.nextGaussian() * d.noiseSigma() : 0);
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
