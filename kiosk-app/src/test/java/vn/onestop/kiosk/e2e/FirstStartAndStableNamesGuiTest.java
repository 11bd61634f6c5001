package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.onestop.kiosk.flow.Step;

/**
 * A new kiosk (no token, no code) opens technician mode and enrols with what the technician types; the
 * technician gives the printer and scanner stable names through the udev rule and the root helper.
 */
@Tag("gui")
class FirstStartAndStableNamesGuiTest extends KioskGuiSuite {
    @Test
    void aKioskThatIsNotEnrolledOpensTechnicianModeAndEnrolsWithTheCodeTyped() throws Exception {
        kiosk = KioskHarness.unenrolled(tmp, Clock.systemDefaultZone(), Map.of());
        kiosk.window.textBox("tech.pin").requireVisible();
        kiosk.window.label("tech.notice").requireText(Pattern.compile(".*Ki-ốt chưa đăng ký với máy chủ.*"
                + "địa chỉ máy chủ và mã đăng ký.*"));
        assertThat(GuiActionRunner.execute(() -> kiosk.app.awaitsEnrolment())).isTrue();
        assertThat(kiosk.app.parts().client().enrolled()).isFalse();
        pin("2468");
        kiosk.window.textBox("tech.server.url").deleteText().enterText(kiosk.server.url());
        kiosk.window.textBox("tech.enrolment").enterText(kiosk.server.enrolmentCode());
        kiosk.window.button("tech.save").click();
        KioskHarness.waitFor("saved", () -> kiosk.window.textBox("tech.output").text().contains("Enrolling"));
        KioskHarness.waitFor("enrolled", () -> kiosk.app.parts().client().enrolled());
        kiosk.window.button("tech.close").click();
        kiosk.click("attract.start");
        kiosk.waitForStep(Step.IDENTIFY);
    }

    @Test
    void theTechnicianNamesThePrinterAndScannerAndThePortsFollow() throws Exception {
        Path written = tmp.resolve("kiosk-udev/99-onestop-kiosk.rules");
        Path installed = tmp.resolve("etc/udev/rules.d/99-onestop-kiosk.rules");
        Path helper = Path.of(System.getProperty("onestop.config.dir")).getParent()
                .resolve("packaging/udev/onestop-kiosk-udev-apply");
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of("udev.rules.file", written.toString(),
                "udev.apply.command", "env ONESTOP_UDEV_DEST=" + installed
                        + " UDEVADM=true sh " + helper));
        GuiActionRunner.execute(() -> kiosk.app.openTechnician());
        pin("2468");
        kiosk.window.button("tech.names").click();
        KioskHarness.waitFor("devices listed", () -> kiosk.window.list("tech.names.list").contents().length == 4);
        assertThat(kiosk.window.list("tech.names.list").contents()).contains(
                "/dev/ttyACM0  USB 0416:5011  serial PRN2024110001  (Printer POS-80)",
                "/dev/ttyS0  not USB  (Physical Port S0)");

        choose(".*/dev/ttyS0.*", "tech.names.printer");
        choose(".*/dev/ttyACM1.*", "tech.names.scanner");
        kiosk.window.button("tech.names.write").click();
        KioskHarness.waitFor("refusal shown", () -> kiosk.window.textBox("tech.names.output").text()
                .startsWith("Not written: The printer on /dev/ttyS0 is not a USB device"));
        assertThat(written).doesNotExist();

        choose(".*/dev/ttyACM0.*", "tech.names.printer");
        kiosk.window.label("tech.names.printer.chosen").requireText(Pattern.compile("Máy in: /dev/ttyACM0 .*"));
        kiosk.window.button("tech.names.write").click();
        KioskHarness.waitFor("rule applied", () -> kiosk.window.textBox("tech.names.output").text()
                .contains("applied: Installed " + installed + "; udev reloaded."));
        assertThat(Files.readString(installed)).contains("ATTRS{idVendor}==\"0416\", ATTRS{idProduct}==\"5011\", "
                + "SYMLINK+=\"kiosk-printer\", ENV{ID_MM_DEVICE_IGNORE}=\"1\", GROUP=\"dialout\", MODE=\"0660\"")
                .contains("ATTRS{idVendor}==\"1eab\", ATTRS{idProduct}==\"0c22\", SYMLINK+=\"kiosk-scanner\"");
        String config = Files.readString(kiosk.configDir.resolve("kiosk.properties"));
        assertThat(config).contains("printer.port=/dev/kiosk-printer\n").contains("scanner.port=/dev/kiosk-scanner\n");

        kiosk.window.button("tech.names.back").click();
        KioskHarness.waitFor("form shows the stable port", () -> "/dev/kiosk-printer".equals(GuiActionRunner.execute(
                () -> String.valueOf(kiosk.window.comboBox("tech.printer.port").target().getEditor().getItem()))));
    }

    private void pin(String digits) {
        for (char d : digits.toCharArray()) {
            kiosk.window.button("tech.key." + d).click();
        }
        kiosk.window.button("tech.pin.ok").click();
        if ("2468".equals(digits)) {
            // the shipped default PIN opens only the forced change of PIN
            TechnicianPinGuiTest.enterNewPin(kiosk, "135790");
            TechnicianPinGuiTest.enterNewPin(kiosk, "135790");
        }
        kiosk.window.textBox("tech.server.url").requireVisible();
    }

    private void choose(String row, String button) {
        kiosk.window.list("tech.names.list").selectItem(Pattern.compile(row));
        kiosk.window.button(button).click();
    }
}
