package vn.onestop.device.serial;

import com.fazecast.jSerialComm.SerialPort;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * How to open one serial port: path (symlinks and ptys included), baud rate, frame and flow control.
 * Read from configuration with {@link #fromProperties(Properties, String)}.
 */
public record SerialSettings(
        String path, int baudRate, int dataBits, Parity parity, StopBits stopBits, FlowControl flowControl) {

    /** Parity bit, mapped to jSerialComm's int constants. */
    public enum Parity {
        NONE(SerialPort.NO_PARITY), ODD(SerialPort.ODD_PARITY), EVEN(SerialPort.EVEN_PARITY),
        MARK(SerialPort.MARK_PARITY), SPACE(SerialPort.SPACE_PARITY);

        final int code;

        Parity(int code) {
            this.code = code;
        }
    }

    /** Stop bits, mapped to jSerialComm's int constants. */
    public enum StopBits {
        ONE(SerialPort.ONE_STOP_BIT, 1.0), ONE_POINT_FIVE(SerialPort.ONE_POINT_FIVE_STOP_BITS, 1.5),
        TWO(SerialPort.TWO_STOP_BITS, 2.0);

        final int code;
        final double bits;

        StopBits(int code, double bits) {
            this.code = code;
            this.bits = bits;
        }
    }

    /** Flow control: none, hardware (RTS/CTS) or software (XON/XOFF). */
    public enum FlowControl {
        NONE(SerialPort.FLOW_CONTROL_DISABLED),
        RTS_CTS(SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED),
        XON_XOFF(SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED);

        final int code;

        FlowControl(int code) {
            this.code = code;
        }
    }

    public SerialSettings {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(stopBits, "stopBits");
        Objects.requireNonNull(flowControl, "flowControl");
        if (path.isBlank()) {
            throw new IllegalArgumentException("Serial port path is empty: set it to e.g. /dev/ttyUSB0");
        }
        if (baudRate < 300 || baudRate > 4_000_000) {
            throw new IllegalArgumentException("Baud rate " + baudRate + " is not a serial speed (300..4000000)");
        }
        if (dataBits < 5 || dataBits > 8) {
            throw new IllegalArgumentException("Data bits must be 5..8, not " + dataBits);
        }
    }

    /** 8N1 without flow control, the usual setting of receipt printers and scanners. */
    public static SerialSettings of(String path, int baudRate) {
        return new SerialSettings(path, baudRate, 8, Parity.NONE, StopBits.ONE, FlowControl.NONE);
    }

    /**
     * Reads {@code prefix + "port"} (required), {@code baud} (default 9600), {@code dataBits} (8),
     * {@code parity} (none), {@code stopBits} (1, 1.5 or 2) and {@code flow} (none, rtscts, xonxoff).
     *
     * @throws IllegalArgumentException naming the key and the value that is wrong
     */
    public static SerialSettings fromProperties(Properties props, String prefix) {
        String path = props.getProperty(prefix + "port", "").trim();
        if (path.isEmpty()) {
            throw new IllegalArgumentException("Missing " + prefix + "port (e.g. /dev/serial/by-id/...)");
        }
        int baud = intValue(props, prefix + "baud", 9600);
        int dataBits = intValue(props, prefix + "dataBits", 8);
        Parity parity = enumValue(Parity.class, props, prefix + "parity", "none");
        StopBits stop = switch (props.getProperty(prefix + "stopBits", "1").trim()) {
            case "1" -> StopBits.ONE;
            case "1.5" -> StopBits.ONE_POINT_FIVE;
            case "2" -> StopBits.TWO;
            default -> throw new IllegalArgumentException(prefix + "stopBits must be 1, 1.5 or 2");
        };
        String flow = props.getProperty(prefix + "flow", "none").trim().toLowerCase(Locale.ROOT)
                .replace("/", "").replace("_", "").replace("-", "");
        FlowControl flowControl = switch (flow) {
            case "none", "" -> FlowControl.NONE;
            case "rtscts", "hardware" -> FlowControl.RTS_CTS;
            case "xonxoff", "software" -> FlowControl.XON_XOFF;
            default -> throw new IllegalArgumentException(prefix + "flow must be none, rtscts or xonxoff");
        };
        return new SerialSettings(path, baud, dataBits, parity, stop, flowControl);
    }

    /** Bits on the wire per byte: start bit, data bits, parity bit if any, stop bits (10 for 8N1). */
    public double bitsPerByte() {
        return 1 + dataBits + (parity == Parity.NONE ? 0 : 1) + stopBits.bits;
    }

    /** Time the given number of bytes takes on the wire at this speed, in milliseconds. */
    public double wireMillis(long bytes) {
        return bytes * bitsPerByte() * 1000.0 / baudRate;
    }

    private static int intValue(Properties props, String key, int fallback) {
        String value = props.getProperty(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number, not '" + value.trim() + "'", e);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, Properties props, String key, String fallback) {
        String value = props.getProperty(key, fallback).trim();
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + " must be one of "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ", not '"
                    + value + "'", e);
        }
    }
}
