package vn.onestop.device.scanner.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.onestop.device.scanner.CccdSamples;
import vn.onestop.device.scanner.Percentiles;
import vn.onestop.device.scanner.image.QrImages.Distortion;
import vn.onestop.testkit.RequiresDisplay;

/**
 * Decode time of camera-like frames (rotated, blurred, noisy, lower contrast) with the product's
 * decoder, against a baseline in the same run: ZXing's single QRCodeReader with PURE_BARCODE on a
 * clean generated image of the same payload (the fastest path ZXing has).
 */
@Tag("bench")
@RequiresDisplay
class QrDecodeBenchTest {

    private static final int WARMUP = 40;
    private static final int RUNS = 200;
    private static final Distortion CAMERA = new Distortion("camera", 8, 1, 8, 40, 215);

    @Test
    void decodeTimesOfCameraFrames() throws Exception {
        String payload = CccdSamples.HANOI_WOMAN;
        baseline(payload); // a first pass only warms ZXing up in this fresh JVM
        Percentiles baseline = baseline(payload);
        Percentiles.print("qr-baseline-pure-barcode-clean p50", baseline.millis(50), "ms");
        Percentiles.print("qr-baseline-pure-barcode-clean p99", baseline.millis(99), "ms");
        for (int[] size : new int[][] {{640, 480}, {1280, 720}}) {
            BufferedImage frame = QrImages.cameraFrame(QrImages.zxing(payload, size[0] >= 1280 ? 7 : 5),
                    size[0], size[1], CAMERA, new Random(size[0]));
            QrFrameDecoder decoder = new QrFrameDecoder();
            assertThat(decoder.decode(frame)).containsExactly(payload);
            for (int i = 0; i < WARMUP; i++) {
                decoder.decode(frame);
            }
            Percentiles p = new Percentiles(RUNS);
            for (int i = 0; i < RUNS; i++) {
                long t0 = System.nanoTime();
                List<String> codes = decoder.decode(frame);
                p.add(System.nanoTime() - t0);
                assertThat(codes).hasSize(1);
            }
            String name = "qr-decode-" + size[0] + "x" + size[1];
            Percentiles.print(name + " p50", p.millis(50), "ms");
            Percentiles.print(name + " p99", p.millis(99), "ms");
            Percentiles.print(name + " p50 ratio to baseline", p.millis(50) / baseline.millis(50), "x");
        }
    }

    private static Percentiles baseline(String payload) throws Exception {
        BufferedImage clean = QrImages.zxing(payload, 4);
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE,
                DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
                DecodeHintType.CHARACTER_SET, "UTF-8");
        QRCodeReader reader = new QRCodeReader();
        Percentiles p = new Percentiles(RUNS);
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long t0 = System.nanoTime();
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(clean)));
            String text = reader.decode(bitmap, hints).getText();
            long dt = System.nanoTime() - t0;
            assertThat(text).isEqualTo(payload);
            if (i >= WARMUP) {
                p.add(dt);
            }
        }
        return p;
    }
}
