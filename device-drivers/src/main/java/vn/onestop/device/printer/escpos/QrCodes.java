package vn.onestop.device.printer.escpos;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** QR codes with ZXing: module counts for sizing native QR, and rasters where the printer has no QR. */
public final class QrCodes {
    private QrCodes() {
    }

    /** The QR symbol (error level M, UTF-8 with ECI) as a matrix of modules, without quiet zone. */
    public static ByteMatrix matrix(String payload) {
        try {
            return Encoder.encode(payload, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name())).getMatrix();
        } catch (WriterException e) {
            throw new IllegalArgumentException("QR payload too long (" + payload.length() + " characters)", e);
        }
    }

    /** Dots per module so that the symbol is about {@code widthMm} wide, 1..16 as GS ( k allows. */
    public static int moduleDots(int modules, int widthMm, int dpi, int maxDots) {
        int wanted = (int) Math.floor(widthMm * dpi / 25.4 / modules);
        int fitting = maxDots / modules;
        return Math.max(1, Math.min(16, Math.min(wanted, fitting)));
    }

    /** The symbol drawn at {@code moduleDots} per module, with a 4-module quiet zone left and right. */
    public static MonoBitmap raster(ByteMatrix matrix, int moduleDots) {
        int quiet = 4 * moduleDots;
        int widthDots = matrix.getWidth() * moduleDots + 2 * quiet;
        int widthBytes = (widthDots + 7) / 8;
        int height = matrix.getHeight() * moduleDots;
        byte[] data = new byte[widthBytes * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < matrix.getWidth() * moduleDots; x++) {
                if (matrix.get(x / moduleDots, y / moduleDots) == 1) {
                    int dot = x + quiet;
                    data[y * widthBytes + dot / 8] |= (byte) (0x80 >> (dot % 8));
                }
            }
        }
        return new MonoBitmap(widthBytes, height, data);
    }
}
