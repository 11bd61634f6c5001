package vn.onestop.device.printer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import vn.onestop.device.serial.SerialSettings;

/**
 * The printer part of the kiosk configuration. Keys: {@code printer.type} ({@code escpos} or
 * {@code virtual}), {@code printer.profile} (a file name in {@code config/printers/}, default
 * {@code generic-80mm}), {@code printer.statusTimeoutMs} (default 1000), {@code printer.virtual.out}
 * (PNG folder of the virtual printer, default {@code tickets}) and, for {@code escpos}, the serial keys
 * {@code printer.port}, {@code printer.baud}, {@code printer.dataBits}, {@code printer.parity},
 * {@code printer.stopBits}, {@code printer.flow} (none, rtscts, xonxoff).
 */
public record PrinterSettings(Type type, SerialSettings serial, String profile, Duration statusTimeout,
        Path virtualOutDir) {

    /** A real ESC/POS printer on a serial port, or the virtual printer writing PNG files. */
    public enum Type { ESCPOS, VIRTUAL }

    /** @throws IllegalArgumentException naming the key and value that are wrong */
    public static PrinterSettings fromProperties(Properties p) {
        String typeName = p.getProperty("printer.type", "escpos").trim().toUpperCase(Locale.ROOT);
        Type type;
        try {
            type = Type.valueOf(typeName);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("printer.type must be escpos or virtual, not '"
                    + p.getProperty("printer.type") + "'", e);
        }
        SerialSettings serial = type == Type.ESCPOS ? SerialSettings.fromProperties(p, "printer.") : null;
        String profile = p.getProperty("printer.profile", "generic-80mm").trim();
        if (!profile.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("printer.profile must be a profile file name, not '" + profile + "'");
        }
        String timeout = p.getProperty("printer.statusTimeoutMs", "1000").trim();
        long millis;
        try {
            millis = Long.parseLong(timeout);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("printer.statusTimeoutMs must be milliseconds, not '" + timeout + "'", e);
        }
        if (millis < 50 || millis > 60_000) {
            throw new IllegalArgumentException("printer.statusTimeoutMs must be 50..60000, not " + millis);
        }
        Path out = Path.of(p.getProperty("printer.virtual.out", "tickets").trim());
        return new PrinterSettings(type, serial, profile, Duration.ofMillis(millis), out);
    }
}
