package vn.onestop.device.serial;

import vn.onestop.device.serial.SerialLinkException.Kind;

/** Turns the errno jSerialComm reports after a failed open into an error a technician can act on. */
final class PortErrors {
    static final int ENOENT = 2;
    static final int EAGAIN = 11;
    static final int EACCES = 13;
    static final int EBUSY = 16;

    private PortErrors() {
    }

    static SerialLinkException openFailed(String path, int errno) {
        return switch (errno) {
            case EACCES -> new SerialLinkException(Kind.PERMISSION_DENIED, "Permission denied on " + path
                    + ": add the kiosk user to the 'dialout' group (sudo usermod -aG dialout USER),"
                    + " then log out and in again");
            case EAGAIN, EBUSY -> new SerialLinkException(Kind.PORT_BUSY, "Serial port " + path
                    + " is held by another program: close it (check with 'fuser " + path + "')"
                    + " or stop ModemManager from probing it");
            case ENOENT -> noSuchPort(path);
            default -> new SerialLinkException(Kind.IO_ERROR, "Could not open serial port " + path
                    + " (system error " + errno + "): check the cable and the port setting");
        };
    }

    static SerialLinkException noSuchPort(String path) {
        return new SerialLinkException(Kind.NO_SUCH_PORT, "No serial port at " + path
                + ": check that the device is plugged in and the port setting (ls /dev/serial/by-id/)");
    }

    static SerialLinkException disconnected(String path) {
        return new SerialLinkException(Kind.DISCONNECTED, "Device on " + path
                + " was unplugged or switched off; the link reopens when it returns");
    }
}
