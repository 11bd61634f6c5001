package vn.onestop.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.testkit.RequiresDisplay;

/**
 * The identify screen tells the citizen where the QR code is on each card: the "thẻ Căn cước" (back) and the old
 * CCCD card (front), each with its drawing, fully on screen at every target size, in both languages.
 */
@RequiresDisplay
@Tag("gui")
class IdentifyCardPicturesGuiTest {

    @BeforeAll
    static void display() {
        GuiActionRunner.execute(() -> {
            KioskTheme.install();
            return null;
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"vi,mặt sau,mặt trước", "en,on the back,on the front"})
    void bothCardsAreDrawnWithWhereTheirQrIs(String lang, String back, String front) {
        List<String> seen = new ArrayList<>();
        GuiActionRunner.execute(() -> {
            for (Dimension size : ScreenGallery.SIZES) {
                ScreenGallery.walk(Locale.forLanguageTag(lang), size, (name, screen, frame) -> {
                    if (!name.equals("2-identify")) {
                        return;
                    }
                    Container content = frame.getContentPane();
                    Component newCard = require(content, "identify.picture.new");
                    Component oldCard = require(content, "identify.picture.old");
                    for (Component picture : List.of(newCard, oldCard)) {
                        Rectangle r = SwingUtilities.convertRectangle(picture.getParent(), picture.getBounds(), content);
                        assertThat(picture.isVisible() && picture.getParent().isVisible()).isTrue();
                        assertThat(r.width).as("%s at %s", picture.getName(), size).isGreaterThanOrEqualTo(90);
                        assertThat(r.height).as("card proportions kept").isGreaterThanOrEqualTo(r.width * 54 / 86 - 2);
                        assertThat(new Rectangle(content.getSize()).contains(r)).as("%s inside %s", r, size).isTrue();
                        assertThat(highlightPixels(picture)).as("the QR is ringed on %s", picture.getName())
                                .isGreaterThan(50);
                    }
                    for (String key : List.of("identify.ok", "key.1", "identify.typed")) {
                        // the pictures beside the keypad must not push it off the screen's sides
                        Component c = require(content, key);
                        Rectangle r = SwingUtilities.convertRectangle(c.getParent(), c.getBounds(), content);
                        assertThat(r.x >= 0 && r.x + r.width <= content.getWidth()).as("%s within the %s screen's "
                                + "width", key, size).isTrue();
                    }
                    String newText = ((JLabel) require(content, "identify.where.new")).getText();
                    String oldText = ((JLabel) require(content, "identify.where.old")).getText();
                    assertThat(newText).contains("Căn cước").contains(back);
                    assertThat(oldText).contains("CCCD").contains(front);
                    seen.add(size.width + "x" + size.height);
                });
            }
            return null;
        });
        assertThat(seen).containsExactly("1920x1080", "1080x1920", "1366x768", "1280x1024");
    }

    private static long highlightPixels(Component picture) {
        BufferedImage img = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        picture.printAll(g);
        g.dispose();
        long count = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int gr = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (r > 180 && gr < 120 && b < 60) {
                    count++;
                }
            }
        }
        return count;
    }

    private static Component find(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return c;
            }
            if (c instanceof Container inner) {
                Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Component require(Container root, String name) {
        Component c = find(root, name);
        if (c == null) {
            throw new AssertionError("no component named " + name);
        }
        return c;
    }
}
