package vn.onestop.kiosk.tech;

import java.util.List;

/**
 * The demo's serial devices, as jSerialComm reports such a set on a kiosk PC: a USB-CDC thermal printer
 * with a serial number, a 2D scanner in USB-CDC mode without one, a USB-serial adapter and the board's
 * own serial port (not on USB).
 */
public final class SimulatedUsbDevices {
    private SimulatedUsbDevices() {}

    public static List<UsbSerialDevice> list() {
        return List.of(
                new UsbSerialDevice("/dev/ttyACM0", "Printer POS-80", 0x0416, 0x5011, "PRN2024110001"),
                new UsbSerialDevice("/dev/ttyACM1", "Barcode Scanner CDC", 0x1eab, 0x0c22, "Unknown"),
                new UsbSerialDevice("/dev/ttyUSB0", "USB-Serial Controller", 0x067b, 0x2303, null),
                new UsbSerialDevice("/dev/ttyS0", "Physical Port S0", -1, -1, null));
    }
}
