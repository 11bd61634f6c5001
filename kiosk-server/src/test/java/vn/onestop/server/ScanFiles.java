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

    /**
     * A valid PDF 1.5 (1 page) whose catalog, page tree and page sit in an object stream padded with blanks so that
     * it inflates to {@code inflated} bytes: 1.5 GB packs into about 1.5 MB (security review, finding 3).
     */
    public static byte[] objectStreamBomb(long inflated) throws IOException {
        String[] objs = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"};
        int[] nums = {1, 2, 4};
        StringBuilder header = new StringBuilder();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < objs.length; i++) {
            header.append(nums[i]).append(' ').append(body.length()).append(' ');
            body.append(objs[i]).append('\n');
        }
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (var z = new java.util.zip.DeflaterOutputStream(packed, new java.util.zip.Deflater(9), 1 << 16)) {
            z.write((header.toString() + body).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] blanks = new byte[1 << 20];
            java.util.Arrays.fill(blanks, (byte) ' ');
            for (long left = inflated; left > 0; left -= blanks.length) {
                z.write(blanks, 0, (int) Math.min(blanks.length, left));
            }
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ascii(pdf, "%PDF-1.5\n");
        long objStmAt = pdf.size();
        ascii(pdf, "3 0 obj\n<< /Type /ObjStm /N 3 /First " + header.length() + " /Filter /FlateDecode /Length "
                + packed.size() + " >>\nstream\n");
        packed.writeTo(pdf);
        ascii(pdf, "\nendstream\nendobj\n");
        long xrefAt = pdf.size();
        // A cross-reference stream, W [1 4 2]: type, offset or object stream number, generation or index.
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        long[][] entries = {{0, 0, 65535}, {2, 3, 0}, {2, 3, 1}, {1, objStmAt, 0}, {2, 3, 2}, {1, xrefAt, 0}};
        for (long[] e : entries) {
            rows.write((int) e[0]);
            for (int shift = 24; shift >= 0; shift -= 8) {
                rows.write((int) (e[1] >> shift));
            }
            rows.write((int) (e[2] >> 8));
            rows.write((int) e[2]);
        }
        ascii(pdf, "5 0 obj\n<< /Type /XRef /Size 6 /W [1 4 2] /Root 1 0 R /Length " + rows.size()
                + " >>\nstream\n");
        rows.writeTo(pdf);
        ascii(pdf, "\nendstream\nendobj\nstartxref\n" + xrefAt + "\n%%EOF\n");
        return pdf.toByteArray();
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** A PDF of {@code pages} blank pages whose page tree claims {@code /Count 1} (security review, finding 14). */
    public static byte[] pdfClaimingOnePage(int pages) throws IOException {
        try (PDDocument d = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                d.addPage(new PDPage(PDRectangle.A4));
            }
            d.getPages().getCOSObject().setInt(org.apache.pdfbox.cos.COSName.COUNT, 1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            return out.toByteArray();
        }
    }
}
