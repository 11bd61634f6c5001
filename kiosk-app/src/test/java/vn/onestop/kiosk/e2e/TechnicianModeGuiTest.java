package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.swing.core.MouseButton;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.flow.Step;

/** The hidden gesture and PIN open technician mode; test print, status, last scan, save without restart. */
@Tag("gui")
class TechnicianModeGuiTest extends KioskGuiSuite {
    @Test
    void gesturePinTestPrintStatusLastScanAndSave() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of());
        kiosk.scanner.scan(FlowFixtures.payload("INVALID ngày sinh"));
        kiosk.waitForStep(Step.IDENTIFY);
        kiosk.window.button("identify.home").click();
        kiosk.waitForStep(Step.ATTRACT);
        var attract = kiosk.window.panel("attract");
        for (int i = 0; i < 5; i++) {
            attract.robot().click(attract.target(), new java.awt.Point(30, 30), MouseButton.LEFT_BUTTON, 1);
        }
        kiosk.window.textBox("tech.pin").requireVisible();
        assertThat(GuiActionRunner.execute(() -> kiosk.app.flow().state().step())).as("corner taps start nothing")
                .isEqualTo(Step.ATTRACT);
        for (char d : "1111".toCharArray()) {
            kiosk.window.button("tech.key." + d).click();
        }
        kiosk.window.button("tech.pin.ok").click();
        kiosk.window.label(org.assertj.swing.core.matcher.JLabelMatcher.withText("Mã PIN không đúng"))
                .requireVisible();
        for (char d : "2468".toCharArray()) {
            kiosk.window.button("tech.key." + d).click();
        }
        kiosk.window.button("tech.pin.ok").click();
        TechnicianPinGuiTest.enterNewPin(kiosk, "135790");
        TechnicianPinGuiTest.enterNewPin(kiosk, "135790");
        kiosk.window.textBox("tech.server.url").requireText(Pattern.compile("http://127.0.0.1:8080"));
        kiosk.window.label("tech.lastScan").requireText(Pattern.compile(".*SIMULATED.*refused.*"));
        assertThat(kiosk.window.label("tech.lastScan").text()).doesNotContain("Mai Văn Quang");

        kiosk.window.button("tech.test.print").click();
        KioskHarness.waitFor("test ticket printed", () -> kiosk.window.textBox("tech.output").text()
                .contains("Test ticket printed"));
        assertThat(Files.list(kiosk.dataDir.resolve("printed")).count()).isEqualTo(1);
        kiosk.window.button("tech.status").click();
        KioskHarness.waitFor("status read", () -> kiosk.window.textBox("tech.output").text().contains("can print"));

        kiosk.window.textBox("tech.server.url").deleteText().enterText(kiosk.server.url());
        kiosk.window.comboBox("tech.printer.baud").replaceText("38400");
        kiosk.window.comboBox("tech.voice").requireSelection("false").selectItem("true");
        kiosk.window.comboBox("tech.voice.volume").requireSelection("80").selectItem("60");
        kiosk.window.button("tech.save").click();
        KioskHarness.waitFor("saved", () -> kiosk.window.textBox("tech.output").text().startsWith("Saved to"));
        String file = Files.readString(kiosk.configDir.resolve("kiosk.properties"));
        assertThat(file).contains("printer.baud=38400\n").contains("server.url=" + kiosk.server.url() + "\n")
                .contains("# Ticket printer: escpos (serial) or virtual")
                .contains("voice.guidance=true\n").contains("voice.volume=60\n");

        kiosk.window.button("tech.close").click();
        // The spoken guidance takes the saved settings once technician mode closes; the identify screen then has
        // its "Nghe lại" button (Xvfb has no sound device: the guidance fails softly, the screens go on).
        KioskHarness.waitFor("guidance on", () -> kiosk.app.voice().settings().on()
                && kiosk.app.voice().settings().volume() == 60);
        kiosk.window.button("attract.start").click();
        kiosk.waitForStep(Step.IDENTIFY);
        kiosk.window.button("identify.speakAgain").requireVisible().requireText("Nghe lại").click();
        KioskHarness.waitFor("the sentence played or refused twice", () -> kiosk.app.voice().played()
                + kiosk.app.voice().failures() >= 2);
    }

    /** A configuration file broken by hand is named, with its line and key, instead of showing empty fields. */
    @Test
    void aBrokenConfigurationFileIsNamedInTechnicianMode() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of());
        openTechnicianMode("2468");
        TechnicianPinGuiTest.enterNewPin(kiosk, "135790");
        TechnicianPinGuiTest.enterNewPin(kiosk, "135790");
        kiosk.window.textBox("tech.server.url").requireText(Pattern.compile("http://127.0.0.1:8080"));
        kiosk.window.button("tech.close").click();
        Path file = kiosk.configDir.resolve("kiosk.properties");
        Files.writeString(file, Files.readString(file) + "ui.idle.seconds=soon\n");

        openTechnicianMode("135790");
        KioskHarness.waitFor("the problem shown", () -> kiosk.window.textBox("tech.output").text()
                .startsWith("Không đọc được tệp cấu hình"));
        assertThat(kiosk.window.textBox("tech.output").text()).contains("kiosk.properties").contains("ui.idle.seconds");
    }

    private void openTechnicianMode(String pin) {
        kiosk.waitForStep(Step.ATTRACT);
        var attract = kiosk.window.panel("attract");
        for (int i = 0; i < 5; i++) {
            attract.robot().click(attract.target(), new java.awt.Point(30, 30), MouseButton.LEFT_BUTTON, 1);
        }
        for (char d : pin.toCharArray()) {
            kiosk.window.button("tech.key." + d).click();
        }
        kiosk.window.button("tech.pin.ok").click();
    }
}
