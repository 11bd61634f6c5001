package vn.onestop.kiosk.tech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UdevRulesTest {
    private static final String ACCESS = "ENV{ID_MM_DEVICE_IGNORE}=\"1\", GROUP=\"dialout\", MODE=\"0660\"";
    private static final UsbSerialDevice PRINTER = new UsbSerialDevice("/dev/ttyACM0", "Printer POS-80", 0x0416,
            0x5011, "PRN2024110001");
    private static final UsbSerialDevice SCANNER = new UsbSerialDevice("/dev/ttyACM1", "Barcode Scanner", 0x1eab,
            0x0c22, "Unknown");
    @TempDir
    Path tmp;

    @Test
    void namesEachDeviceByVendorAndProductKeepsModemManagerAwayAndLetsDialoutUseIt() throws Exception {
        String rules = UdevRules.generate(SimulatedUsbDevices.list(), PRINTER, SCANNER, "2026-11-25 22:00");
        assertThat(rules.lines().filter(l -> !l.startsWith("#")).toList()).containsExactly(
                "SUBSYSTEM==\"tty\", KERNEL==\"ttyACM[0-9]*\", " + ACCESS,
                "SUBSYSTEM==\"tty\", KERNEL==\"ttyUSB[0-9]*\", " + ACCESS,
                "SUBSYSTEM==\"tty\", ATTRS{idVendor}==\"0416\", ATTRS{idProduct}==\"5011\", "
                        + "SYMLINK+=\"kiosk-printer\", " + ACCESS,
                "SUBSYSTEM==\"tty\", ATTRS{idVendor}==\"1eab\", ATTRS{idProduct}==\"0c22\", "
                        + "SYMLINK+=\"kiosk-scanner\", " + ACCESS);
        assertThat(rules).contains("# Printer: /dev/ttyACM0  USB 0416:5011  serial PRN2024110001  (Printer POS-80)")
                .contains("at 2026-11-25 22:00");
    }

    @Test
    void twoDevicesWithTheSameIdsAreToldApartByTheirSerialNumbers() throws Exception {
        UsbSerialDevice p = new UsbSerialDevice("/dev/ttyACM0", "STM32 VCP", 0x0483, 0x5740, "PRN-1");
        UsbSerialDevice s = new UsbSerialDevice("/dev/ttyACM1", "STM32 VCP", 0x0483, 0x5740, "SCN-2");
        String rules = UdevRules.generate(List.of(p, s), p, s, "now");
        assertThat(rules).contains("ATTRS{idVendor}==\"0483\", ATTRS{idProduct}==\"5740\", ATTRS{serial}==\"PRN-1\", "
                + "SYMLINK+=\"kiosk-printer\"")
                .contains("ATTRS{idVendor}==\"0483\", ATTRS{idProduct}==\"5740\", ATTRS{serial}==\"SCN-2\", "
                + "SYMLINK+=\"kiosk-scanner\"");
    }

    @Test
    void twoDevicesWithTheSameIdsAndNoSerialNumbersAreRefusedWithAClearMessage() {
        UsbSerialDevice p = new UsbSerialDevice("/dev/ttyUSB0", "CH340", 0x1a86, 0x7523, null);
        UsbSerialDevice s = new UsbSerialDevice("/dev/ttyUSB1", "CH340", 0x1a86, 0x7523, "");
        assertThatThrownBy(() -> UdevRules.generate(List.of(p, s), p, s, "now"))
                .isInstanceOf(DeviceNamingException.class)
                .hasMessage("The printer on /dev/ttyUSB0 and the device on /dev/ttyUSB1 both report USB ID 1a86:7523"
                        + " and no serial number tells them apart, so udev cannot give them stable names. Unplug"
                        + " the device that is not needed, or use an adapter of another make for one of them, or set"
                        + " the ports by path (they can change when devices are replugged).");
    }

    @Test
    void aThirdDeviceWithThePrintersIdsAndNoSerialMakesThePrintersNameAmbiguous() throws Exception {
        UsbSerialDevice p = new UsbSerialDevice("/dev/ttyUSB0", "CH340", 0x1a86, 0x7523, null);
        UsbSerialDevice spare = new UsbSerialDevice("/dev/ttyUSB2", "CH340", 0x1a86, 0x7523, null);
        assertThatThrownBy(() -> UdevRules.generate(List.of(p, SCANNER, spare), p, SCANNER, "now"))
                .hasMessageContaining("/dev/ttyUSB2");
        UsbSerialDevice printerWithSerial = new UsbSerialDevice("/dev/ttyUSB0", "CH340", 0x1a86, 0x7523, "A1");
        assertThat(UdevRules.generate(List.of(printerWithSerial, SCANNER, spare), printerWithSerial, SCANNER, "now"))
                .as("a serial number the spare does not have tells them apart")
                .contains("ATTRS{serial}==\"A1\", SYMLINK+=\"kiosk-printer\"");
    }

    @Test
    void serialNumbersCannotEndTheQuotedValueOrWidenTheMatch() throws Exception {
        String odd = "AB\"C*?[x]|\\ Việt";
        UsbSerialDevice p = new UsbSerialDevice("/dev/ttyACM0", "odd", 0x0483, 0x5740, odd);
        UsbSerialDevice s = new UsbSerialDevice("/dev/ttyACM1", "odd", 0x0483, 0x5740, "plain");
        String printerLine = UdevRules.generate(List.of(p, s), p, s, "now").lines()
                .filter(l -> l.contains("kiosk-printer") && !l.startsWith("#")).findFirst().orElseThrow();
        assertThat(printerLine).contains("ATTRS{serial}==\"AB?C???x??? Vi???t\", ");
        assertThat(printerLine.chars().filter(c -> c == '"').count()).as("8 quoted values, no extra quote").isEqualTo(16);
        assertThat(UdevRules.matches(UdevRules.pattern(odd), odd)).isTrue();
        assertThat(UdevRules.matches(UdevRules.pattern(odd), "plain")).isFalse();
    }

    @Test
    void serialNumbersThatDifferOnlyInCharactersUdevCannotMatchAreRefused() {
        UsbSerialDevice p = new UsbSerialDevice("/dev/ttyACM0", "x", 0x0483, 0x5740, "A*");
        UsbSerialDevice s = new UsbSerialDevice("/dev/ttyACM1", "x", 0x0483, 0x5740, "A?");
        assertThatThrownBy(() -> UdevRules.generate(List.of(p, s), p, s, "now"))
                .hasMessageContaining("no serial number tells them apart");
    }

    @Test
    void aPortOffUsbOrOneDeviceForBothIsRefused() {
        UsbSerialDevice board = new UsbSerialDevice("/dev/ttyS0", "Physical Port S0", -1, -1, null);
        assertThatThrownBy(() -> UdevRules.generate(List.of(board, SCANNER), board, SCANNER, "now"))
                .hasMessage("The printer on /dev/ttyS0 is not a USB device, so udev cannot name it by vendor and"
                        + " product ID: set the printer port to /dev/ttyS0 directly.");
        assertThatThrownBy(() -> UdevRules.generate(List.of(PRINTER), PRINTER, PRINTER, "now"))
                .hasMessage("The printer and the scanner must be two different devices: both are /dev/ttyACM0.");
    }

    @Test
    void aDescriptionCannotAddALineToTheRules() throws Exception {
        UsbSerialDevice evil = new UsbSerialDevice("/dev/ttyACM0", "x\nRUN+=\"/bin/sh -c id\" \\", 0x0416, 0x5011,
                null);
        String rules = UdevRules.generate(List.of(evil, SCANNER), evil, SCANNER, "now\nRUN+=\"x\"");
        assertThat(rules.lines()).noneMatch(l -> l.startsWith("RUN")).noneMatch(l -> l.contains("\\"));
    }

    /**
     * Security review, finding 1: the root helper reads no file; from the two devices given as arguments it writes
     * the same rule lines as the kiosk, even for serial numbers with quotes, globs or line ends, and refuses anything
     * not of the kiosk's form.
     */
    @Test
    void theRootHelperWritesTheKiosksRuleFromTheDevicesAndRefusesAnythingElse() throws Exception {
        Path dest = tmp.resolve("etc/udev/rules.d/99-onestop-kiosk.rules");
        UsbSerialDevice p = new UsbSerialDevice("/dev/ttyACM0", "x", 0x0483, 0x5740, "P/1 a.b:c+d=e");
        UsbSerialDevice s = new UsbSerialDevice("/dev/ttyACM1", "x", 0x0483, 0x5740, "S*\"2\r\nRUN+=\"x\"");
        List<String> args = UdevRules.helperArguments(List.of(p, s), p, s);
        assertThat(helper(dest, "true", args)).startsWith("0 Installed " + dest + "; udev reloaded.");
        assertThat(rulesOnly(Files.readString(dest))).isEqualTo(rulesOnly(UdevRules.generate(List.of(p, s), p, s,
                "now"))).noneMatch(l -> l.contains("RUN+=\""));
        String installed = Files.readString(dest);

        List<String> evil = new java.util.ArrayList<>(args);
        evil.set(3, "x\", RUN+=\"/bin/sh -c id");
        assertThat(helper(dest, "true", evil)).startsWith("3 Refused: the printer's vendor id");
        assertThat(helper(dest, "true", List.of(tmp.resolve("a-rule-file").toString())))
                .startsWith("3 Refused: usage");
        assertThat(Files.readString(dest)).as("the installed rule is unchanged").isEqualTo(installed);

        assertThat(helper(dest, "false", args)).startsWith("4 Installed " + dest + ", but udev did not reload");
    }

    private static List<String> rulesOnly(String rules) {
        return rules.lines().filter(l -> !l.startsWith("#")).toList();
    }

    /** Runs packaging/udev/onestop-kiosk-udev-apply; returns "status output". */
    private static String helper(Path dest, String udevadm, List<String> args) throws IOException,
            InterruptedException {
        Path script = Path.of(System.getProperty("onestop.config.dir")).getParent()
                .resolve("packaging/udev/onestop-kiosk-udev-apply");
        List<String> command = new java.util.ArrayList<>(List.of("sh", script.toString()));
        command.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(Map.of("ONESTOP_UDEV_DEST", dest.toString(), "UDEVADM", udevadm));
        Process proc = pb.start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        return proc.waitFor() + " " + out;
    }
}
