package vn.onestop.device.scanner.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.device.scanner.CccdSamples;
import vn.onestop.device.scanner.EventRecorder;
import vn.onestop.device.scanner.ScanEvent;
import vn.onestop.device.scanner.image.QrImages.Distortion;
import vn.onestop.testkit.RequiresDisplay;

@RequiresDisplay
class FrameDecodeScannerTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void liveFramesAreDecodedOffTheCallerAndDroppedWhileTheDecoderIsBusy() {
        BufferedImage frame = QrImages.cameraFrame(QrImages.zxing(CccdSamples.HUE_2024, 7), 1280, 720,
                new Distortion("noise", 5, 0, 10, 0, 255), new Random(4));
        EventRecorder recorder = new EventRecorder();
        try (FrameDecodeScanner scanner = new FrameDecodeScanner(ScanEvent.Source.CAMERA, Clock.systemUTC(),
                Duration.ofSeconds(2))) {
            scanner.onScan(recorder);
            scanner.start();
            assertThat(scanner.offer(frame)).isTrue();
            assertThat(scanner.offer(frame)).as("second frame while the first decodes").isFalse();
            recorder.awaitCount(1, WAIT);
            awaitAccepted(scanner, frame);
            awaitAccepted(scanner, frame);
            assertThat(scanner.droppedFrames()).isGreaterThanOrEqualTo(1);
            assertThat(scanner.decodedFrames()).isGreaterThanOrEqualTo(2);
            assertThat(recorder.codes()).as("the same card in many frames is one scan")
                    .containsExactly(CccdSamples.HUE_2024);
            assertThat(recorder.threads()).containsOnly("qr-decoder");
        }
    }

    /** Offers the frame until the decoder is free to take it, as a camera does at every frame. */
    private static void awaitAccepted(FrameDecodeScanner scanner, BufferedImage frame) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!scanner.offer(frame)) {
            assertThat(System.nanoTime()).as("decoder became idle").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    @Test
    void imagesDroppedIntoTheWatchedFolderAreScanned(@TempDir Path dir) throws IOException {
        Path inbox = dir.resolve("inbox");
        EventRecorder recorder = new EventRecorder();
        try (FolderQrScanner scanner = new FolderQrScanner(inbox,
                new FrameDecodeScanner(ScanEvent.Source.CAMERA, Clock.systemUTC(), Duration.ofSeconds(2)))) {
            scanner.onScan(recorder);
            scanner.start();
            assertThat(scanner.isConnected()).isTrue();
            moveIn(dir, inbox, "card.png", QrImages.cameraFrame(QrImages.zxing(CccdSamples.DANANG_ELDER, 5),
                    640, 480, new Distortion("rotation", 9, 1, 0, 0, 255), new Random(1)));
            recorder.awaitCount(1, WAIT);
            Files.writeString(inbox.resolve("notes.txt"), "ignored: not an image");
            Path broken = dir.resolve("broken.png");
            Files.writeString(broken, "this is not a PNG", StandardCharsets.UTF_8);
            Files.move(broken, inbox.resolve("broken.png"), StandardCopyOption.ATOMIC_MOVE);
            recorder.awaitCount(2, WAIT);
            moveIn(dir, inbox, "blank.png", new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB));
            recorder.awaitCount(3, WAIT);
        }
        assertThat(recorder.codes()).containsExactly(CccdSamples.DANANG_ELDER);
        assertThat(recorder.failures()).containsExactly(FrameDecodeScanner.UNREADABLE_IMAGE,
                FrameDecodeScanner.NO_CODE_FOUND);
    }

    private static void moveIn(Path dir, Path inbox, String name, BufferedImage image) throws IOException {
        Path tmp = dir.resolve(name + ".tmp");
        ImageIO.write(image, "png", tmp.toFile());
        Files.move(tmp, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }
}
