package vn.onestop.kiosk.tech;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The udev rules that give the kiosk's printer and scanner stable names ({@code /dev/kiosk-printer},
 * {@code /dev/kiosk-scanner}) from their USB vendor and product IDs, keep ModemManager away from them and
 * let the {@code dialout} group use them. A serial number is matched only where another device seen has
 * the same IDs (so an identical spare printer works without technician mode); devices that nothing tells
 * apart are refused. Pure: no files, no processes.
 */
public final class UdevRules {
    public static final String PRINTER_LINK = "kiosk-printer";
    public static final String SCANNER_LINK = "kiosk-scanner";
    static final String ACCESS = "ENV{ID_MM_DEVICE_IGNORE}=\"1\", GROUP=\"dialout\", MODE=\"0660\"";

    private UdevRules() {}

    /**
     * @param seen every serial device the kiosk sees now: a rule must not also match a third device
     * @param writtenAt when, for the header comment
     * @throws DeviceNamingException when the two are one device, one is not on USB, or a device cannot be
     *     told apart from another with the same IDs
     */
    public static String generate(List<UsbSerialDevice> seen, UsbSerialDevice printer, UsbSerialDevice scanner,
            String writtenAt) throws DeviceNamingException {
        List<UsbSerialDevice> all = withBoth(seen, printer, scanner);
        String printerRule = rule(all, printer, "printer", PRINTER_LINK);
        String scannerRule = rule(all, scanner, "scanner", SCANNER_LINK);
        return "# Written by the kiosk's technician mode at " + comment(writtenAt) + ". Change it there, not by hand.\n"
                + "# Every USB serial adapter: ModemManager keeps away (it probes new ttyACM devices for ~10 s and can\n"
                + "# swallow the first scans or tickets) and the dialout group (the kiosk user) may use it.\n"
                + "SUBSYSTEM==\"tty\", KERNEL==\"ttyACM[0-9]*\", " + ACCESS + "\n"
                + "SUBSYSTEM==\"tty\", KERNEL==\"ttyUSB[0-9]*\", " + ACCESS + "\n"
                + "# Printer: " + comment(printer.label()) + "\n" + printerRule + "\n"
                + "# Scanner: " + comment(scanner.label()) + "\n" + scannerRule + "\n";
    }

    /**
     * The arguments of the root helper ({@code onestop-kiosk-udev-apply}) for these two devices:
     * {@code printer VID PID SERIAL scanner VID PID SERIAL}, SERIAL empty where the IDs alone tell the device apart.
     * The helper writes the same lines as {@link #generate} from them; it reads no file the kiosk user writes.
     *
     * @throws DeviceNamingException as {@link #generate}
     */
    public static List<String> helperArguments(List<UsbSerialDevice> seen, UsbSerialDevice printer,
            UsbSerialDevice scanner) throws DeviceNamingException {
        List<UsbSerialDevice> all = withBoth(seen, printer, scanner);
        Match p = match(all, printer, "printer");
        Match s = match(all, scanner, "scanner");
        return List.of("printer", p.vendor, p.product, p.serial, "scanner", s.vendor, s.product, s.serial);
    }

    /** Every device seen plus the two named, refused when the two are one device. */
    private static List<UsbSerialDevice> withBoth(List<UsbSerialDevice> seen, UsbSerialDevice printer,
            UsbSerialDevice scanner) throws DeviceNamingException {
        if (printer.path().equals(scanner.path())) {
            throw new DeviceNamingException("The printer and the scanner must be two different devices: both are "
                    + printer.path() + ".");
        }
        List<UsbSerialDevice> all = new ArrayList<>(seen);
        all.add(printer);
        all.add(scanner);
        return all;
    }

    /** What one device's rule matches: IDs as 4 hex digits, serial pattern or empty. */
    private record Match(String vendor, String product, String serial) {}

    private static String rule(List<UsbSerialDevice> all, UsbSerialDevice device, String role, String link)
            throws DeviceNamingException {
        Match m = match(all, device, role);
        return "SUBSYSTEM==\"tty\", ATTRS{idVendor}==\"" + m.vendor + "\", ATTRS{idProduct}==\"" + m.product
                + "\", " + (m.serial.isEmpty() ? "" : "ATTRS{serial}==\"" + m.serial + "\", ") + "SYMLINK+=\"" + link
                + "\", " + ACCESS;
    }

    private static Match match(List<UsbSerialDevice> all, UsbSerialDevice device, String role)
            throws DeviceNamingException {
        if (!device.onUsb()) {
            throw new DeviceNamingException("The " + role + " on " + device.path() + " is not a USB device, so udev"
                    + " cannot name it by vendor and product ID: set the " + role + " port to " + device.path()
                    + " directly.");
        }
        String vendor = String.format("%04x", device.vendorId());
        String product = String.format("%04x", device.productId());
        List<UsbSerialDevice> twins = all.stream().filter(o -> !o.path().equals(device.path()) && o.onUsb()
                && o.vendorId() == device.vendorId() && o.productId() == device.productId()).toList();
        if (twins.isEmpty()) {
            return new Match(vendor, product, "");
        }
        Optional<String> pattern = device.serial().map(UdevRules::pattern);
        for (UsbSerialDevice twin : twins) {
            if (pattern.isEmpty() || twin.serial().map(s -> matches(pattern.get(), s)).orElse(false)) {
                throw new DeviceNamingException("The " + role + " on " + device.path() + " and the device on "
                        + twin.path() + " both report USB ID " + device.usbId() + " and no serial number tells"
                        + " them apart, so udev cannot give them stable names. Unplug the device that is not"
                        + " needed, or use an adapter of another make for one of them, or set the ports by"
                        + " path (they can change when devices are replugged).");
            }
        }
        return new Match(vendor, product, pattern.orElseThrow());
    }

    /**
     * The serial number as a udev match value: bytes other than letters, digits and {@code " ._:+/=-"} (quotes,
     * backslashes, the glob characters {@code * ? [ ] |}, control and non-ASCII bytes) each become {@code ?},
     * which matches any one byte, so nothing can end the quoted value or widen the match.
     */
    static String pattern(String serial) {
        StringBuilder out = new StringBuilder();
        for (byte b : serial.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            boolean plain = c < 0x80 && (Character.isLetterOrDigit(c) || " ._:+/=-".indexOf(c) >= 0);
            out.append(plain ? c : '?');
        }
        return out.toString();
    }

    /** Whether a {@link #pattern} matches this serial number as udev would (byte for byte, {@code ?} any byte). */
    static boolean matches(String pattern, String serial) {
        byte[] s = serial.getBytes(StandardCharsets.UTF_8);
        if (s.length != pattern.length()) {
            return false;
        }
        for (int i = 0; i < s.length; i++) {
            if (pattern.charAt(i) != '?' && pattern.charAt(i) != (char) (s[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** Text for a comment line: no line breaks or control characters, no backslash (udev joins lines on it). */
    private static String comment(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> out.appendCodePoint(c < 0x20 || c == 0x7F || c == '\\' ? ' ' : c));
        return out.toString();
    }
}
