package vn.onestop.kiosk.tech;

import java.util.Optional;

/**
 * A serial port as the system lists it, with the USB identity udev can match it by: vendor and product
 * IDs (-1 when the port is not on USB, e.g. a built-in {@code /dev/ttyS0}) and the serial number the
 * device reports, if any.
 */
public record UsbSerialDevice(String path, String description, int vendorId, int productId, String serialNumber) {
    /** What jSerialComm and some devices report when there is no serial number. */
    private static final String UNKNOWN = "Unknown";

    public UsbSerialDevice {
        path = path == null ? "" : path.strip();
        description = description == null ? "" : description.strip();
        serialNumber = serialNumber == null || serialNumber.isBlank() || serialNumber.strip().equals(UNKNOWN)
                ? "" : serialNumber.strip();
    }

    /** True when the port has USB vendor and product IDs. */
    public boolean onUsb() {
        return vendorId >= 0 && vendorId <= 0xFFFF && productId >= 0 && productId <= 0xFFFF;
    }

    public Optional<String> serial() {
        return serialNumber.isEmpty() ? Optional.empty() : Optional.of(serialNumber);
    }

    /** {@code "0416:5011"}, as {@code lsusb} and udev write it; {@code "-"} off USB. */
    public String usbId() {
        return onUsb() ? String.format("%04x:%04x", vendorId, productId) : "-";
    }

    /** One line for the technician: path, USB ID, serial number, description. */
    public String label() {
        return path + "  " + (onUsb() ? "USB " + usbId() : "not USB")
                + serial().map(s -> "  serial " + s).orElse("") + (description.isEmpty() ? "" : "  (" + description + ")");
    }
}
