package vn.onestop.device.scanner;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import vn.onestop.device.scanner.image.FolderQrScanner;
import vn.onestop.device.scanner.image.FrameDecodeScanner;
import vn.onestop.device.scanner.serial.FrameFormat;
import vn.onestop.device.scanner.serial.SerialScanner;
import vn.onestop.device.scanner.serial.SerialScannerSettings;
import vn.onestop.device.scanner.sim.SimulatedScanner;
import vn.onestop.device.scanner.wedge.KeyboardWedgeScanner;
import vn.onestop.device.scanner.wedge.WedgeSettings;
import vn.onestop.device.serial.JSerialCommLink;
import vn.onestop.device.serial.SerialSettings;

/**
 * Builds the configured scanner from properties under a prefix (e.g. {@code scanner.}):
 * {@code type} = {@code serial} | {@code wedge} | {@code folder} | {@code simulated}, then per type:
 * <ul>
 * <li>serial: {@code port}, {@code baud} (9600) and the other keys of {@link SerialSettings#fromProperties},
 * {@code terminator} (CR, LF, CRLF or hex prefix/suffix such as 02/03), {@code maxCodeBytes} (4096),
 * {@code duplicateWindowMs} (1500), {@code reconnectMs} (1000), {@code incompleteMs} (2000)</li>
 * <li>wedge: {@code wedge.maxKeyGapMs} (20), {@code wedge.minLength} (4), {@code wedge.prefix} (none),
 * {@code wedge.suffix} (enter, tab or none)</li>
 * <li>folder: {@code folder} (the watched folder of images), {@code duplicateWindowMs}</li>
 * </ul>
 * Wrong values throw {@link IllegalArgumentException} naming the key.
 */
public final class ScannerFactory {

    private ScannerFactory() {
    }

    public static CodeScanner create(Properties props, String prefix, Clock clock) {
        String type = props.getProperty(prefix + "type", "").trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "serial" -> serial(props, prefix, clock);
            case "wedge" -> new KeyboardWedgeScanner(wedge(props, prefix + "wedge."), clock);
            case "folder" -> new FolderQrScanner(Path.of(required(props, prefix + "folder")),
                    new FrameDecodeScanner(ScanEvent.Source.CAMERA, clock, millis(props, prefix + "duplicateWindowMs", 1500)));
            case "simulated" -> new SimulatedScanner(clock);
            default -> throw new IllegalArgumentException(prefix + "type must be serial, wedge, folder or simulated, not '"
                    + type + "'");
        };
    }

    private static SerialScanner serial(Properties props, String prefix, Clock clock) {
        int maxBytes = (int) number(props, prefix + "maxCodeBytes", FrameFormat.DEFAULT_MAX_CODE_BYTES);
        FrameFormat frame = FrameFormat.parse(props.getProperty(prefix + "terminator", "CR"), maxBytes);
        SerialScannerSettings settings = new SerialScannerSettings(frame,
                millis(props, prefix + "duplicateWindowMs", 1500), millis(props, prefix + "reconnectMs", 1000),
                millis(props, prefix + "incompleteMs", 2000), 100);
        return new SerialScanner(new JSerialCommLink(SerialSettings.fromProperties(props, prefix), clock), settings, clock);
    }

    static WedgeSettings wedge(Properties props, String prefix) {
        String suffix = switch (props.getProperty(prefix + "suffix", "enter").trim().toLowerCase(Locale.ROOT)) {
            case "enter" -> "\n";
            case "tab" -> "\t";
            case "none", "" -> "";
            default -> throw new IllegalArgumentException(prefix + "suffix must be enter, tab or none");
        };
        return new WedgeSettings(millis(props, prefix + "maxKeyGapMs", 20), (int) number(props, prefix + "minLength", 4),
                props.getProperty(prefix + "prefix", ""), suffix);
    }

    private static String required(Properties props, String key) {
        String value = props.getProperty(key, "").trim();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("Missing " + key);
        }
        return value;
    }

    private static Duration millis(Properties props, String key, long fallback) {
        return Duration.ofMillis(number(props, key, fallback));
    }

    private static long number(Properties props, String key, long fallback) {
        String value = props.getProperty(key, "").trim();
        return value.isEmpty() ? fallback : wholeNumber(value, key);
    }

    /**
     * A count or duration setting: a whole number >= 0.
     *
     * @throws IllegalArgumentException naming the setting and the value
     */
    public static long wholeNumber(String value, String name) {
        try {
            long n = Long.parseLong(value);
            if (n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number >= 0, not '" + value + "'", e);
        }
    }
}
