package vn.onestop.kiosk.ui;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.onestop.testkit.RequiresDisplay;

/**
 * Writes a PNG of every screen, Vietnamese and English, at each target size into the folder named by
 * {@code -Donestop.screenshots=DIR} (./kiosk screenshots uses docs/screens). Skipped without it.
 */
@RequiresDisplay
@Tag("gui")
class ScreenshotsGuiTest {

    @Test
    void everyScreenInBothLanguages() throws Exception {
        String dir = System.getProperty("onestop.screenshots");
        assumeThat(dir).as("screenshots are taken only when -Donestop.screenshots=DIR is given").isNotBlank();
        Path out = Path.of(dir);
        Files.createDirectories(out);
        GuiActionRunner.execute(() -> {
            KioskTheme.install();
            return null;
        });
        for (Dimension size : ScreenGallery.SIZES) {
            for (String lang : new String[] {"vi", "en"}) {
                boolean main = size.width == 1920;
                if (!main && lang.equals("en")) {
                    continue;
                }
                String suffix = main ? lang : lang + "-" + size.width + "x" + size.height;
                GuiActionRunner.execute(() -> {
                    ScreenGallery.walk(Locale.forLanguageTag(lang), size, (name, screen, frame) ->
                            write(frame, out.resolve(name + "-" + suffix + ".png")));
                    return null;
                });
            }
        }
        GuiActionRunner.execute(() -> {
            KioskTheme.install(true, true);
            ScreenGallery.walk(Locale.forLanguageTag("vi"), ScreenGallery.SIZES[0], (name, screen, frame) -> {
                if (name.startsWith("2-") || name.startsWith("5-") || name.startsWith("8-")) {
                    write(frame, out.resolve("high-contrast-large-" + name + "-vi.png"));
                }
            });
            KioskTheme.install();
            return null;
        });
    }

    private static void write(KioskFrame frame, Path file) {
        var content = frame.getContentPane();
        BufferedImage img = new BufferedImage(content.getWidth(), content.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        content.printAll(g);
        g.dispose();
        try {
            ImageIO.write(img, "png", file.toFile());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
