package vn.onestop.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.onestop.testkit.RequiresDisplay;

/**
 * Every citizen screen (the real kiosk window's screens, reached through the real flow), in both languages, in the
 * normal and the large-text high-contrast modes, at 1920x1080, 1080x1920, 1366x768 and 1280x1024, shows all its
 * text: nothing cut off, outside the window or overlapping ({@link FitCheck}); long content scrolls.
 */
@RequiresDisplay
@Tag("gui")
class ScreensFitGuiTest {
    /** Screens the walk must reach: a gallery that silently stopped early would check nothing. */
    private static final int SCREENS = 38;

    @AfterAll
    static void normalTheme() {
        GuiActionRunner.execute(() -> {
            KioskTheme.install();
            return null;
        });
    }

    @ParameterizedTest(name = "{0} largeText+highContrast={1}")
    @CsvSource({"vi,false", "en,false", "vi,true", "en,true"})
    void everyScreenShowsAllItsText(String lang, boolean large) {
        long start = System.nanoTime();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        GuiActionRunner.execute(() -> {
            KioskTheme.install(large, large);
            for (Dimension size : ScreenGallery.SIZES) {
                ScreenGallery.walk(Locale.forLanguageTag(lang), size, (name, screen, frame) -> {
                    seen.add(name);
                    problems.addAll(FitCheck.problems(frame.getContentPane(), name + "@" + size.width + "x"
                            + size.height));
                });
            }
            return null;
        });
        System.out.printf("fit check %s large=%s: %d screens x %d sizes in %d ms%n", lang, large, seen.size(),
                ScreenGallery.SIZES.length, (System.nanoTime() - start) / 1_000_000);
        assertThat(seen).as("screens walked").hasSizeGreaterThanOrEqualTo(SCREENS);
        assertThat(problems).as("text cut off, outside the window or overlapping").isEmpty();
    }

    /**
     * With spoken guidance on, every screen also carries "Nghe lại / Speak again" beside "Gọi hỗ trợ" in the bottom
     * bar: it clips nothing at the small landscape and the portrait sizes.
     */
    @ParameterizedTest(name = "voice on {0} largeText+highContrast={1}")
    @CsvSource({"vi,false", "en,false", "vi,true", "en,true"})
    void withVoiceOnEveryScreenStillShowsAllItsText(String lang, boolean large) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> withButton = new ArrayList<>();
        GuiActionRunner.execute(() -> {
            KioskTheme.install(large, large);
            for (Dimension size : new Dimension[] {new Dimension(1366, 768), new Dimension(1080, 1920)}) {
                ScreenGallery.walk(Locale.forLanguageTag(lang), size, true, (name, screen, frame) -> {
                    seen.add(name);
                    if (speakAgainShowing(frame.getContentPane())) {
                        withButton.add(name);
                    }
                    problems.addAll(FitCheck.problems(frame.getContentPane(), "voice " + name + "@" + size.width
                            + "x" + size.height));
                });
            }
            return null;
        });
        assertThat(seen).as("screens walked").hasSizeGreaterThanOrEqualTo(SCREENS);
        // Every screen but the attract screen carries the button (twice: once per size).
        assertThat(withButton).as("screens showing Speak again").hasSize(2 * (seen.size() - 1));
        assertThat(problems).as("text cut off, outside the window or overlapping").isEmpty();
    }

    private static boolean speakAgainShowing(java.awt.Container c) {
        for (java.awt.Component child : c.getComponents()) {
            if (!child.isVisible()) {
                continue;
            }
            if (child instanceof javax.swing.JButton b && b.getName() != null && b.getName().endsWith(".speakAgain")
                    && b.getParent().getName() != null && b.getParent().getName().endsWith(".chrome.slot")
                    && !b.getText().isBlank()) {
                return true;
            }
            if (child instanceof java.awt.Container inner && speakAgainShowing(inner)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aTooLongLabelOnARealScreenIsCaught() {
        List<String> problems = new ArrayList<>();
        GuiActionRunner.execute(() -> {
            KioskTheme.install();
            ScreenGallery.walk(Locale.forLanguageTag("vi"), new Dimension(1366, 768), (name, screen, frame) -> {
                if (name.equals("8-done")) {
                    JLabel title = firstTitle(screen);
                    title.setText("Số thứ tự của quý khách ".repeat(8));
                    frame.validate();
                    problems.addAll(FitCheck.problems(frame.getContentPane(), name));
                }
            });
            return null;
        });
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("8-done: ").contains("Số thứ tự của quý khách"));
    }

    /** The README's minimum for text a citizen reads on the procedure information screen, in pixels. */
    static final int INFO_MIN_FONT_PX = 24;

    @Test
    void procedureInformationIsReadableAtArmsLengthWithTheDocumentsAsAChecklist() {
        List<String> small = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        GuiActionRunner.execute(() -> {
            KioskTheme.install();
            ScreenGallery.walk(Locale.forLanguageTag("vi"), new Dimension(1366, 768), (name, screen, frame) -> {
                if (name.equals("5-info")) {
                    labels(screen, l -> {
                        String text = FitCheck.plain(l.getText());
                        if (text.isBlank() || (l.getName() != null && l.getName().endsWith(".countdown"))) {
                            return;
                        }
                        if (l.getFont().getSize() < INFO_MIN_FONT_PX) {
                            small.add(text + " at " + l.getFont().getSize() + " px");
                        }
                        if (text.startsWith("☐")) {
                            documents.add(text);
                        }
                    });
                }
            });
            return null;
        });
        assertThat(small).as("text under %d px", INFO_MIN_FONT_PX).isEmpty();
        assertThat(documents).as("documents as a checklist").hasSizeGreaterThanOrEqualTo(2);
    }

    private static void labels(java.awt.Container c, java.util.function.Consumer<JLabel> each) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof JLabel l && l.isShowing() || child instanceof JLabel l2 && l2.isVisible()) {
                each.accept((JLabel) child);
            }
            if (child instanceof java.awt.Container inner && child.isVisible()) {
                labels(inner, each);
            }
        }
    }

    private static JLabel firstTitle(java.awt.Container c) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof JLabel l && "kioskTitle".equals(l.getClientProperty("FlatLaf.styleClass"))) {
                return l;
            }
            if (child instanceof java.awt.Container inner) {
                JLabel found = firstTitle(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
