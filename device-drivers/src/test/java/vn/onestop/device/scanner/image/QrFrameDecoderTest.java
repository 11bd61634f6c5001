package vn.onestop.device.scanner.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.onestop.device.scanner.CccdSamples;
import vn.onestop.device.scanner.image.QrImages.Distortion;
import vn.onestop.testkit.RequiresDisplay;
import vn.onestop.testkit.RequiresQrTools;

@RequiresDisplay
class QrFrameDecoderTest {

    private final QrFrameDecoder decoder = new QrFrameDecoder();

    @Test
    void zxingMadeCardCodesDecodeToTheExactPayload() {
        for (String payload : CccdSamples.ALL) {
            assertThat(decoder.decode(QrImages.zxing(payload, 4))).containsExactly(payload);
        }
    }

    @Test
    @RequiresQrTools
    void qrencodeMadeCardCodesDecodeToTheExactPayload(@TempDir Path dir) throws Exception {
        for (String payload : CccdSamples.ALL) {
            assertThat(decoder.decode(QrImages.qrencode(payload, dir))).containsExactly(payload);
        }
    }

    static Stream<Arguments> cameraFrames() {
        Distortion[] distortions = {
            new Distortion("blur", 0, 1, 0, 0, 255),
            new Distortion("noise", 0, 0, 18, 0, 255),
            new Distortion("rotation", 23, 0, 0, 0, 255),
            new Distortion("low-contrast", 0, 0, 0, 95, 160),
            new Distortion("all-together", -11, 1, 8, 70, 190),
        };
        return Stream.of(new int[] {640, 480}, new int[] {1280, 720})
                .flatMap(size -> Stream.of(distortions).map(d -> Arguments.of(size[0], size[1], d)));
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @MethodSource("cameraFrames")
    void cameraLikeFramesOfACardDecodeExactly(int width, int height, Distortion distortion) {
        int module = width >= 1280 ? 7 : 5;
        BufferedImage qr = QrImages.zxing(CccdSamples.HANOI_WOMAN, module);
        BufferedImage frame = QrImages.cameraFrame(qr, width, height, distortion, new Random(width + 31L));
        assertThat(decoder.decode(frame)).containsExactly(CccdSamples.HANOI_WOMAN);
    }

    @Test
    void greyFramesArgbImagesAndCameraLumaPlanesDecodeTheSame() {
        BufferedImage rgb = QrImages.cameraFrame(QrImages.zxing(CccdSamples.HUE_2024, 5), 640, 480,
                new Distortion("noise", 4, 0, 10, 30, 220), new Random(12));
        BufferedImage grey = new BufferedImage(640, 480, BufferedImage.TYPE_BYTE_GRAY);
        BufferedImage argb = new BufferedImage(640, 480, BufferedImage.TYPE_INT_ARGB);
        BufferedImage bgr = new BufferedImage(640, 480, BufferedImage.TYPE_3BYTE_BGR);
        for (BufferedImage target : List.of(grey, argb, bgr)) {
            Graphics2D g = target.createGraphics();
            g.drawImage(rgb, 0, 0, null);
            g.dispose();
            assertThat(decoder.decode(target)).as("type %d", target.getType()).containsExactly(CccdSamples.HUE_2024);
        }
        byte[] luma = ((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        assertThat(decoder.decodeLuma(luma, 640, 480)).containsExactly(CccdSamples.HUE_2024);
    }

    @Test
    void severalCodesInOneFrameAreAllFound() {
        BufferedImage frame = new BufferedImage(1280, 720, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(java.awt.Color.LIGHT_GRAY);
        g.fillRect(0, 0, 1280, 720);
        g.drawImage(QrImages.zxing(CccdSamples.HCMC_MAN, 5), 20, 40, null);
        g.drawImage(QrImages.zxing("HS-2026-000123", 8), 820, 200, null);
        g.dispose();
        assertThat(decoder.decode(frame)).containsExactlyInAnyOrder(CccdSamples.HCMC_MAN, "HS-2026-000123");
    }

    @Test
    void aFrameWithoutCodeGivesNothing() {
        BufferedImage frame = QrImages.cameraFrame(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB),
                640, 480, new Distortion("noise", 0, 0, 20, 0, 255), new Random(9));
        assertThat(decoder.decode(frame)).isEmpty();
    }
}
