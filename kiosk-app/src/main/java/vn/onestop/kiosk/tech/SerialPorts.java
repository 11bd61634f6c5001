package vn.onestop.kiosk.tech;

import com.fazecast.jSerialComm.SerialPort;
import java.util.ArrayList;
import java.util.List;

/** The serial ports the system offers, with a description for the technician. Blocks briefly: not on the event thread. */
public final class SerialPorts {
    private SerialPorts() {}

    /** E.g. {@code "/dev/ttyUSB0 (USB-Serial Controller)"}; the path comes first. */
    public static List<String> list() {
        List<String> out = new ArrayList<>();
        for (SerialPort p : SerialPort.getCommPorts()) {
            out.add(p.getSystemPortPath() + " (" + p.getPortDescription() + ")");
        }
        return out;
    }

    /** Every serial port with its USB vendor and product IDs and serial number (for stable names). */
    public static List<UsbSerialDevice> usbDevices() {
        List<UsbSerialDevice> out = new ArrayList<>();
        for (SerialPort p : SerialPort.getCommPorts()) {
            out.add(new UsbSerialDevice(p.getSystemPortPath(), p.getPortDescription(), p.getVendorID(),
                    p.getProductID(), p.getSerialNumber()));
        }
        return out;
    }

    /** The path part of an entry of {@link #list()} or of a typed path. */
    public static String path(String entry) {
        int space = entry.indexOf(" (");
        return (space < 0 ? entry : entry.substring(0, space)).strip();
    }
}
