package vn.onestop.device.scanner.image;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Finds every QR code in one camera frame or image: ZXing with {@link HybridBinarizer}, QR only,
 * UTF-8, and no {@code PURE_BARCODE} (camera frames are not clean generated images). Pure and
 * stateless apart from the reusable reader: one instance per decoding thread.
 */
public final class QrFrameDecoder {

    private static final Logger LOG = LogManager.getLogger(QrFrameDecoder.class);

    private final QRCodeMultiReader reader = new QRCodeMultiReader();
    private final Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);

    public QrFrameDecoder() {
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
    }

    /** The texts of all QR codes found, top to bottom as ZXing reports them; empty if none. */
    public List<String> decode(BufferedImage frame) {
        return decode(FrameLuminance.of(frame), frame.getWidth(), frame.getHeight());
    }

    /** Decodes a camera's Y (luma) plane of {@code width * height} bytes, row by row. */
    public List<String> decodeLuma(byte[] luma, int width, int height) {
        if (luma.length < width * height) {
            throw new IllegalArgumentException("luma plane has " + luma.length + " bytes, not " + width * height);
        }
        return decode(FrameLuminance.ofLumaPlane(luma, width, height), width, height);
    }

    private List<String> decode(LuminanceSource source, int width, int height) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(source));
        try {
            Result[] results = reader.decodeMultiple(bitmap, hints);
            List<String> texts = new ArrayList<>(results.length);
            for (Result r : results) {
                if (!texts.contains(r.getText())) {
                    texts.add(r.getText());
                }
            }
            return texts;
        } catch (NotFoundException e) {
            return List.of();
        } catch (RuntimeException e) {
            // ZXing has thrown index errors on odd frames; one bad frame must not stop the camera.
            LOG.warn("QR decoder failed on a {}x{} frame: {}", width, height, e.getClass().getName());
            return List.of();
        } finally {
            reader.reset();
        }
    }
}
