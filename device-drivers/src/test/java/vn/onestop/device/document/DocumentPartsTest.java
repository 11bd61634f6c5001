package vn.onestop.device.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.device.document.sane.SaneCommand;
import vn.onestop.device.document.sane.SaneFailure;
import vn.onestop.device.document.sane.SaneSettings;

/** The pure parts of document scanning: command line, failure reading, decoding and the page check. */
class DocumentPartsTest {

    @TempDir
    Path dir;

    @Test
    void commandAsksForOneGrayA4PngAt300Dpi() {
        assertThat(SaneCommand.onePage(SaneSettings.a4("epjitsu:libusb:001:004")))
                .containsExactly("scanimage", "--device-name=epjitsu:libusb:001:004", "--format=png", "--mode=Gray",
                        "--resolution=300", "-x", "210", "-y", "297");
        assertThat(SaneCommand.onePage(SaneSettings.a4(""))).doesNotContain("--device-name=");
        assertThatThrownBy(() -> SaneSettings.a4("test; rm -rf /")).hasMessageContaining("documents.scanner");
        assertThat(SaneCommand.onePage(SaneSettings.a4("hpaio:/usb/Officejet_Pro?serial=CN12345")))
                .contains("--device-name=hpaio:/usb/Officejet_Pro?serial=CN12345");
    }

    @Test
    void scanimageMessagesAndExitStatusesMapToFaults() {
        assertThat(SaneFailure.classify(1, "scanimage: open of device x failed: Invalid argument"))
                .isEqualTo(ScanFault.NO_SCANNER);
        assertThat(SaneFailure.classify(6, "scanimage: sane_read: Document feeder jammed"))
                .isEqualTo(ScanFault.JAMMED);
        assertThat(SaneFailure.classify(9, "scanimage: sane_read: Error during device I/O"))
                .isEqualTo(ScanFault.DISCONNECTED);
        assertThat(SaneFailure.classify(7, "scanimage: sane_start: Document feeder out of documents"))
                .isEqualTo(ScanFault.NO_PAPER);
        assertThat(SaneFailure.classify(3, "")).isEqualTo(ScanFault.BUSY);
        assertThat(SaneFailure.classify(2, "something else")).isEqualTo(ScanFault.FAILED);
        assertThat(SaneFailure.lastLine("a\nb\n\n")).isEqualTo("b");
    }

    @Test
    void notAPictureAndOversizedPagesAreRefusedWithTheReason() throws Exception {
        PageDecoder decoder = new PageDecoder(1 << 20, 10_000_000);
        assertFault(() -> decoder.decode("not a picture".getBytes(StandardCharsets.UTF_8), 300),
                ScanFault.NOT_AN_IMAGE, "not a picture");
        assertFault(() -> decoder.decode(new byte[0], 300), ScanFault.NOT_AN_IMAGE, "no data");
        assertFault(() -> new PageDecoder(100, 10_000_000).decode(png(page(Color.WHITE, 50, 50)), 300),
                ScanFault.TOO_LARGE, "over the limit");
        assertFault(() -> decoder.decode(hugePngHeader(), 300), ScanFault.TOO_LARGE, "pixels");
        ScannedPage colour = decoder.decode(png(page(Color.RED, 40, 30)), 200);
        assertThat(colour.image().getType()).isEqualTo(BufferedImage.TYPE_BYTE_GRAY);
        assertThat(colour.dpi()).isEqualTo(200);
    }

    @Test
    void pageCheckFlagsUniformAndDarkPages() {
        PageQuality q = PageQuality.defaults();
        assertThat(q.check(gray(page(Color.WHITE, 300, 400))).verdict()).isEqualTo(PageQuality.Verdict.BLANK);
        assertThat(q.check(gray(page(new Color(230, 230, 230), 300, 400))).verdict())
                .isEqualTo(PageQuality.Verdict.BLANK);
        assertThat(q.check(gray(page(new Color(30, 30, 30), 300, 400))).verdict())
                .isEqualTo(PageQuality.Verdict.TOO_DARK);
        BufferedImage text = page(Color.WHITE, 300, 400);
        Graphics2D g = text.createGraphics();
        g.setColor(Color.BLACK);
        for (int y = 20; y < 380; y += 14) {
            g.fillRect(20, y, 260, 5);
        }
        g.dispose();
        assertThat(q.check(gray(text)).verdict()).isEqualTo(PageQuality.Verdict.OK);
    }

    @Test
    void cameraFolderGivesTheOldestFrameAndSaysWhenThereIsNone() throws Exception {
        FolderDocumentScanner camera = new FolderDocumentScanner(dir, 300, PageDecoder.defaults());
        assertFault(camera::scan, ScanFault.NO_PAPER, "no picture");
        java.nio.file.Files.write(dir.resolve("a.png"), png(page(Color.WHITE, 20, 20)));
        assertThat(camera.scan().image().getWidth()).isEqualTo(20);
        assertThat(dir.resolve("a.png")).doesNotExist();
        assertFault(new FolderDocumentScanner(dir.resolve("gone"), 300, PageDecoder.defaults())::scan,
                ScanFault.NO_SCANNER, "does not exist");
    }

    @Test
    void settingNamesTheScanner() {
        SaneSettings base = SaneSettings.a4("");
        Optional<DocumentScanner> sane = DocumentScannerConfig.create("sane:test", base, null, dir);
        assertThat(sane.orElseThrow().describe()).isEqualTo("sane:test");
        assertThat(DocumentScannerConfig.create("none", base, null, dir)).isEmpty();
        assertThat(DocumentScannerConfig.create("camera", base, dir, dir).orElseThrow().describe())
                .startsWith("camera:");
        assertThatThrownBy(() -> DocumentScannerConfig.create("twain", base, null, dir))
                .hasMessageContaining("documents.scanner").hasMessageContaining("sane:<device>");
    }

    interface Call {
        Object run() throws Exception;
    }

    private static void assertFault(Call call, ScanFault fault, String text) {
        assertThatThrownBy(call::run).isInstanceOf(DocumentScanException.class).hasMessageContaining(text)
                .satisfies(e -> assertThat(((DocumentScanException) e).fault()).isEqualTo(fault));
    }

    private static BufferedImage page(Color colour, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    private static BufferedImage gray(BufferedImage img) {
        return PageDecoder.gray(img);
    }

    private static byte[] png(BufferedImage img) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** A PNG signature and header claiming 100000 x 100000 pixels, with no picture data. */
    private static byte[] hugePngHeader() {
        ByteBuffer b = ByteBuffer.allocate(8 + 25 + 12);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        byte[] ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(100_000)
                .putInt(100_000).put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).array();
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        b.putInt(13).put(ihdr).putInt((int) crc.getValue());
        b.putInt(0).put("IEND".getBytes(StandardCharsets.US_ASCII)).putInt(0xAE426082);
        return b.array();
    }

}
