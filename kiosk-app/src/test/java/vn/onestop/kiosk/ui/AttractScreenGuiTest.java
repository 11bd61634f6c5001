package vn.onestop.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.onestop.kiosk.config.KioskConfig;
import vn.onestop.kiosk.i18n.Messages;
import vn.onestop.testkit.RequiresDisplay;

@RequiresDisplay
@Tag("gui")
class AttractScreenGuiTest {
    private FrameFixture window;
    private final AtomicInteger starts = new AtomicInteger();

    @BeforeAll
    static void checkDisplay() {
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void open() throws Exception {
        KioskConfig config = KioskConfig.load(Path.of(System.getProperty("onestop.config.dir"), "kiosk.properties"));
        KioskFrame frame = GuiActionRunner.execute(() -> {
            KioskTheme.install();
            Messages messages = new Messages(config.language());
            KioskFrame f = new KioskFrame("test", false);
            f.addScreen("attract", new AttractScreen(messages, config, starts::incrementAndGet));
            f.showScreen("attract");
            return f;
        });
        window = Windows.show(frame);
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.cleanUp();
        }
    }

    @Test
    void greetsInVietnameseAndSwitchesToEnglishAndBack() {
        window.button("attract.start").requireText("Chạm để bắt đầu");
        window.label(org.assertj.swing.core.matcher.JLabelMatcher.withText("Trung tâm Phục vụ hành chính công"))
                .requireVisible();
        window.button("language.toggle").requireText("English").click();
        window.button("attract.start").requireText("Touch to start");
        window.label(org.assertj.swing.core.matcher.JLabelMatcher.withText("Public Administration Service Centre"))
                .requireVisible();
        window.button("language.toggle").requireText("Tiếng Việt").click();
        window.button("attract.start").requireText("Chạm để bắt đầu");
    }

    @Test
    void touchingStartBeginsASession() {
        window.button("attract.start").click();
        assertThat(starts.get()).isEqualTo(1);
    }
}
