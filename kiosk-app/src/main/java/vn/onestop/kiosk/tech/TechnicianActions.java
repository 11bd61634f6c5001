package vn.onestop.kiosk.tech;

import java.util.List;
import java.util.Map;

/** What technician mode can do; every method blocks (the screen calls them on a worker thread). */
public interface TechnicianActions {
    List<String> serialPorts();

    /**
     * The current values of the settings the form edits.
     *
     * @throws IllegalStateException naming the file, line and key when the configuration file cannot be read
     */
    Map<String, String> settings();

    /** The printer profiles available (file names without .properties). */
    List<String> printerProfiles();

    /** Prints a test ticket; returns what happened. */
    String testPrint();

    /** Reads the printer's status; returns it in words. */
    String printerStatus();

    /** The last scan in words (never its content). */
    String lastScan();

    /** Saves and applies; returns what was done or why nothing was. */
    String save(Map<String, String> changes);

    /** The serial devices seen, with their USB IDs (for stable names). */
    default List<UsbSerialDevice> usbSerialDevices() {
        return List.of();
    }

    /**
     * Gives the two devices stable names ({@code /dev/kiosk-printer}, {@code /dev/kiosk-scanner}) through a
     * udev rule and points the ports at them; returns what was done or why nothing was.
     */
    default String nameDevices(UsbSerialDevice printer, UsbSerialDevice scanner) {
        return "Stable names are not available here.";
    }
}
