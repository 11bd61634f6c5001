package vn.onestop.device.printer.escpos;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Decodes the QR on a printed ticket with ZXing, and with zbarimg as an independent decoder. */
public final class QrDecoding {
    private QrDecoding() {
    }

    public static String zxing(BufferedImage image) {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
                    Map.of(DecodeHintType.CHARACTER_SET, "UTF-8",
                            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE))).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("ZXing found no readable QR code on the ticket: " + e, e);
        }
    }

    /** zbarimg's reading of the PNG as raw bytes, decoded as UTF-8. Skipped outside CI when zbarimg is missing. */
    public static String zbar(Path png) throws IOException, InterruptedException {
        boolean present = new File("/usr/bin/zbarimg").canExecute();
        if (!present && System.getenv("CI") != null) {
            fail("zbarimg is required under CI (Debian package zbar-tools)");
        }
        assumeTrue(present, "zbarimg not installed: skipping the independent QR check");
        Process p = new ProcessBuilder("zbarimg", "-q", "--raw", "-Sbinary", png.toString()).start();
        byte[] out = p.getInputStream().readAllBytes();
        p.waitFor();
        String text = new String(out, StandardCharsets.UTF_8);
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
