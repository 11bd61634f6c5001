package vn.onestop.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.kiosk.config.KioskConfig;
import vn.onestop.testkit.RequiresDisplay;

/**
 * Walks the component tree of every screen, in both languages, at the three target sizes, in the normal,
 * large-text and high-contrast modes: every enabled touch target is at least 15 mm on both sides at the
 * configured screen density, and every text reaches 4.5:1 contrast against what is behind it (7:1 in
 * high-contrast mode), by the WCAG 2 relative luminance formula.
 */
@RequiresDisplay
@Tag("gui")
class AccessibilityGuiTest {
    private static int minTarget;

    @BeforeAll
    static void display() throws Exception {
        KioskConfig config = ScreenGallery.config();
        minTarget = config.pixels(15);
    }

    @AfterAll
    static void normalTheme() {
        GuiActionRunner.execute(() -> {
            KioskTheme.install();
            return null;
        });
    }

    @ParameterizedTest(name = "{0} large={1} highContrast={2}")
    @CsvSource({"vi,false,false", "en,false,false", "vi,true,false", "vi,false,true", "en,false,true"})
    void everyScreenHasLargeTargetsAndReadableText(String lang, boolean large, boolean highContrast) {
        double minContrast = highContrast ? 7.0 : 4.5;
        List<String> problems = new ArrayList<>();
        GuiActionRunner.execute(() -> {
            KioskTheme.install(large, highContrast);
            for (Dimension size : ScreenGallery.SIZES) {
                ScreenGallery.walk(Locale.forLanguageTag(lang), size, (name, screen, frame) ->
                        check(screen, name + "@" + size.width + "x" + size.height, minContrast, problems));
            }
            return null;
        });
        assertThat(problems).as("touch targets >= %d px (15 mm), contrast >= %.1f:1", minTarget, minContrast)
                .isEmpty();
    }

    @org.junit.jupiter.api.Test
    void contrastFormulaMatchesWcagReferenceValues() {
        assertThat(ratio(Color.BLACK, Color.WHITE)).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ratio(new Color(0x76, 0x76, 0x76), Color.WHITE)).isCloseTo(4.54,
                org.assertj.core.data.Offset.offset(0.01));
    }

    private static void check(Component c, String where, double minContrast, List<String> problems) {
        if (!c.isVisible()) {
            return;
        }
        if (c instanceof AbstractButton b && b.isEnabled() && !b.getText().isBlank()) {
            if (b.getWidth() < minTarget || b.getHeight() < minTarget) {
                problems.add(where + ": button '" + plain(b.getText()) + "' is " + b.getWidth() + "x" + b.getHeight());
            }
            contrast(where, "button '" + plain(b.getText()) + "'", b.getForeground(), behind(b), minContrast,
                    problems);
        } else if (c instanceof JLabel l && !l.getText().isBlank()) {
            contrast(where, "label '" + plain(l.getText()) + "'", l.getForeground(), behind(l), minContrast,
                    problems);
        }
        if (c instanceof Container box) {
            for (Component child : box.getComponents()) {
                check(child, where, minContrast, problems);
            }
        }
    }

    /** The colour painted behind a component: its own background if it paints one, else the nearest opaque parent's. */
    private static Color behind(JComponent c) {
        if (c instanceof AbstractButton b && b.isContentAreaFilled()) {
            return b.getBackground();
        }
        Component p = c;
        while (p != null) {
            if (p.isOpaque() && p.getBackground() != null) {
                return p.getBackground();
            }
            p = p.getParent();
        }
        return Color.WHITE;
    }

    private static void contrast(String where, String what, Color fg, Color bg, double min, List<String> problems) {
        double ratio = ratio(fg, bg);
        if (ratio < min) {
            problems.add(String.format("%s: %s contrast %.2f:1 (%s on %s)", where, what, ratio, hex(fg), hex(bg)));
        }
    }

    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int v) {
        double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static String plain(String html) {
        String t = html.replaceAll("<[^>]*>", "").strip();
        return t.length() > 40 ? t.substring(0, 40) + "…" : t;
    }
}
