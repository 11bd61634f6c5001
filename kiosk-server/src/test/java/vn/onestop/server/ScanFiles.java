package vn.onestop.server;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/** Scanned pages as a counter's scanner or a citizen's phone makes them, built in the test. */
public final class ScanFiles {
    private ScanFiles() {}

    /** A page filled with one colour, as JPEG or PNG. */
    public static byte[] image(String format, int width, int height, Color colour) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(img, format, out)) {
            throw new IOException("no ImageIO writer for " + format);
        }
        return out.toByteArray();
    }

    /** A PNG of random noise: does not compress, so it is larger than the JSON body limit. */
    public static byte[] noisePng(int width, int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, r.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** A PDF of {@code pages} blank A4 pages. */
    public static byte[] pdf(int pages) throws IOException {
        try (PDDocument d = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                d.addPage(new PDPage(PDRectangle.A4));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            return out.toByteArray();
        }
    }

    /** A one-page PDF that needs a password to open (AES-128). */
    public static byte[] encryptedPdf() throws IOException {
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage(PDRectangle.A4));
            StandardProtectionPolicy p = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            p.setEncryptionKeyLength(128);
            d.protect(p);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            return out.toByteArray();
        }
    }

    /** A JPEG cut off in the middle, as a failed transfer leaves it, with its first bytes intact. */
    public static byte[] corruptJpeg() throws IOException {
        byte[] whole = image("jpg", 400, 600, Color.BLUE);
        byte[] broken = new byte[whole.length];
        System.arraycopy(whole, 0, broken, 0, 20);
        for (int i = 20; i < broken.length; i++) {
            broken[i] = (byte) (i * 31);
        }
        return broken;
    }
}
