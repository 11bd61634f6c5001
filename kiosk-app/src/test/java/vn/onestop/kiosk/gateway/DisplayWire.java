package vn.onestop.kiosk.gateway;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.onestop.device.serial.JSerialCommLink;
import vn.onestop.device.serial.SerialLinkException;
import vn.onestop.device.serial.SerialSettings;

/**
 * The displays' end of the RS-485 bus (the device side of a pty pair): reads the bytes, cuts them into frames of the
 * generic binary profile (address, command, length, text, CRC-16/MODBUS low byte first), checks each CRC with the
 * bitwise implementation below (not the driver's table) and records them with their arrival time.
 */
final class DisplayWire implements AutoCloseable {
    /** One frame as a display on the bus sees it. */
    record Frame(int address, int command, String text, long nanos) {}

    static final int SHOW = 0x10;
    static final int BLINK = 0x11;
    static final int CLEAR = 0x12;
    static final int TEST = 0x14;
    final List<Frame> frames = new CopyOnWriteArrayList<>();
    final List<String> errors = new CopyOnWriteArrayList<>();
    private final JSerialCommLink link;
    private final Thread thread;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private volatile boolean closed;

    DisplayWire(String port) throws SerialLinkException {
        link = new JSerialCommLink(SerialSettings.of(port, 9600), Clock.systemUTC());
        link.open();
        thread = new Thread(this::run, "display-wire");
        thread.setDaemon(true);
        thread.start();
    }

    /** Frames for {@code address} so far. */
    List<Frame> at(int address) {
        return frames.stream().filter(f -> f.address() == address).toList();
    }

    /** The newest frame for {@code address}, or null. */
    Frame last(int address) {
        List<Frame> mine = at(address);
        return mine.isEmpty() ? null : mine.get(mine.size() - 1);
    }

    private void run() {
        byte[] buf = new byte[256];
        while (!closed) {
            try {
                int n = link.read(buf, 200);
                long now = System.nanoTime();
                pending.write(buf, 0, n);
                cut(now);
            } catch (SerialLinkException e) {
                return; // unplugged: the test makes a new wire after plugging in again
            }
        }
    }

    private void cut(long now) {
        byte[] b = pending.toByteArray();
        int at = 0;
        while (b.length - at >= 5 && b.length - at >= 5 + (b[at + 2] & 0xFF)) {
            int len = b[at + 2] & 0xFF;
            byte[] body = java.util.Arrays.copyOfRange(b, at, at + 3 + len);
            int crc = (b[at + 3 + len] & 0xFF) | (b[at + 4 + len] & 0xFF) << 8;
            if (crc != crc16ModbusBitwise(body)) {
                errors.add("bad CRC in frame " + java.util.HexFormat.of().formatHex(b, at, at + 5 + len));
            }
            frames.add(new Frame(b[at] & 0xFF, b[at + 1] & 0xFF, new String(body, 3, len,
                    StandardCharsets.US_ASCII).trim(), now));
            at += 5 + len;
        }
        pending.reset();
        pending.write(b, at, b.length - at);
    }

    /** CRC-16/MODBUS bit by bit: reflected polynomial 0xA001, initial 0xFFFF. */
    static int crc16ModbusBitwise(byte[] data) {
        int crc = 0xFFFF;
        for (byte value : data) {
            crc ^= value & 0xFF;
            for (int i = 0; i < 8; i++) {
                boolean low = (crc & 1) == 1;
                crc >>>= 1;
                if (low) {
                    crc ^= 0xA001;
                }
            }
        }
        return crc;
    }

    @Override
    public void close() {
        closed = true;
        link.close();
    }
}
