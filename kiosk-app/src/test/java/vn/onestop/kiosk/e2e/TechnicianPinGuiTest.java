package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.swing.core.MouseButton;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.onestop.core.config.Settings;
import vn.onestop.kiosk.tech.PinCheck;

/**
 * The shipped technician PIN opens only a forced change of PIN: the new PIN twice, not the default, stored hashed in
 * kiosk.properties; afterwards the old PIN is refused and the new one opens technician mode directly.
 */
@Tag("gui")
class TechnicianPinGuiTest extends KioskGuiSuite {
    @Test
    void theDefaultPinMustBeChangedAtFirstEntryAndTheNewOneIsStoredHashed() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of());
        Path file = kiosk.configDir.resolve("kiosk.properties");
        String shipped = storedPin(file);
        openWithPin("2468");
        kiosk.window.label("tech.pin.change.title").requireText("Nhập mã PIN mới (6-8 chữ số)");

        enterNewPin(kiosk, "2468");
        kiosk.window.label("tech.pin.change.message").requireText("Không được dùng lại mã PIN mặc định");
        enterNewPin(kiosk, "12");
        kiosk.window.label("tech.pin.change.message").requireText("Mã PIN phải gồm 6 đến 8 chữ số");
        enterNewPin(kiosk, "555555");
        kiosk.window.label("tech.pin.change.message").requireText(Pattern.compile(".*lặp lại một chữ số.*"));
        enterNewPin(kiosk, "135790");
        kiosk.window.label("tech.pin.change.title").requireText("Nhập lại mã PIN mới");
        enterNewPin(kiosk, "135791");
        kiosk.window.label("tech.pin.change.message").requireText(Pattern.compile(".*không khớp.*"));
        assertThat(storedPin(file)).as("nothing saved before two equal entries").isEqualTo(shipped);
        enterNewPin(kiosk, "135790");
        enterNewPin(kiosk, "135790");
        kiosk.window.textBox("tech.server.url").requireVisible();

        String stored = storedPin(file);
        assertThat(stored).isNotEqualTo(shipped).doesNotContain("135790").matches("pbkdf2:100000:[0-9a-f]{24}:[0-9a-f]{64}");
        assertThat(new PinCheck(stored).matches("135790")).isTrue();
        assertThat(new PinCheck(stored).matches("2468")).isFalse();
        assertThat(Files.readString(file)).contains("# Ticket printer: escpos (serial) or virtual");

        kiosk.window.button("tech.close").click();
        openWithPin("2468");
        kiosk.window.label(org.assertj.swing.core.matcher.JLabelMatcher.withText("Mã PIN không đúng"))
                .requireVisible();
        kiosk.window.button("tech.pin.cancel").click();
        openWithPin("135790");
        kiosk.window.textBox("tech.server.url").requireVisible();
    }

    private void openWithPin(String pin) {
        var attract = kiosk.window.panel("attract");
        for (int i = 0; i < 5; i++) {
            attract.robot().click(attract.target(), new java.awt.Point(30, 30), MouseButton.LEFT_BUTTON, 1);
        }
        kiosk.window.textBox("tech.pin").requireVisible();
        for (char d : pin.toCharArray()) {
            kiosk.window.button("tech.key." + d).click();
        }
        kiosk.window.button("tech.pin.ok").click();
    }

    /** Types a PIN on the change-of-PIN keypad and confirms it. */
    static void enterNewPin(KioskHarness kiosk, String pin) {
        for (char d : pin.toCharArray()) {
            kiosk.window.button("tech.pin.new.key." + d).click();
        }
        kiosk.window.button("tech.pin.new.ok").click();
    }

    private static String storedPin(Path file) throws Exception {
        return Settings.load(file).asMap().get("technician.pin.sha256");
    }
}
