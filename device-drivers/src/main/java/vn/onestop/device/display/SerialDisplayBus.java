package vn.onestop.device.display;

import java.util.concurrent.atomic.AtomicLong;
import vn.onestop.device.serial.SerialLink;
import vn.onestop.device.serial.SerialLinkException;

/**
 * One RS-485 bus (a USB adapter's serial port) with several addressed displays of one model. Frames are written one
 * at a time (the bus is half duplex and shared); an unplugged adapter is reopened on the next frame or by
 * {@link #reconnect()}, after the link's backoff. {@link #generation()} grows with each reopen, so the owner can
 * send every display its current number again after a replug.
 */
public final class SerialDisplayBus implements AutoCloseable {
    private final SerialLink link;
    private final DisplayFrames frames;
    private final AtomicLong generation = new AtomicLong();
    private boolean wasConnected;

    public SerialDisplayBus(SerialLink link, DisplayProfile profile) {
        this.link = link;
        this.frames = new DisplayFrames(profile);
    }

    /** The display at {@code address} on this bus. */
    public CounterDisplay display(int address) {
        frames.profile().checkAddress(address);
        return new Addressed(address);
    }

    public String portName() {
        return link.portName();
    }

    public boolean connected() {
        return link.isConnected();
    }

    /** Opens the port if it is closed or was unplugged; true if it is open now. */
    public synchronized boolean reconnect() {
        try {
            link.open();
            noteConnected();
            return true;
        } catch (SerialLinkException e) {
            wasConnected = false;
            return false;
        }
    }

    /** Counts reopenings: it changes each time the port comes back after being lost or closed. */
    public long generation() {
        return generation.get();
    }

    /**
     * Reads and drops what came back on the bus (echo of a half-duplex adapter, display answers), waiting at most
     * {@code millis}; a lost adapter shows up here even when nothing is being sent.
     */
    public void drain(int millis) throws DisplayException {
        byte[] buffer = new byte[256];
        try {
            link.read(buffer, millis);
        } catch (SerialLinkException e) {
            synchronized (this) {
                wasConnected = false;
            }
            throw new DisplayException("Display bus on " + link.portName() + ": " + e.getMessage(), e);
        }
    }

    private synchronized void send(byte[] frame) throws DisplayException {
        try {
            link.write(frame);
            noteConnected();
        } catch (SerialLinkException e) {
            wasConnected = false;
            probe();
            throw new DisplayException("Display bus on " + link.portName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * A pty or adapter that went away may take writes as "0 bytes accepted" (read as flow control) while reads
     * return end-of-stream: one short read lets the link notice the unplug, so the next reconnect reopens it.
     */
    private void probe() {
        try {
            link.read(new byte[64], 1);
        } catch (SerialLinkException gone) {
            // the link now knows it is unplugged
        }
    }

    private void noteConnected() {
        if (!wasConnected) {
            wasConnected = true;
            generation.incrementAndGet();
        }
    }

    @Override
    public void close() {
        link.close();
    }

    private final class Addressed implements CounterDisplay {
        private final int address;

        Addressed(int address) {
            this.address = address;
        }

        @Override
        public void show(String number, boolean blink) throws DisplayException {
            send(frame(() -> frames.show(address, number, blink)));
        }

        @Override
        public void clear() throws DisplayException {
            send(frames.clear(address));
        }

        @Override
        public void testPattern() throws DisplayException {
            send(frames.testPattern(address));
        }

        @Override
        public String where() {
            return "bus " + link.portName() + " address " + address;
        }

        private byte[] frame(java.util.function.Supplier<byte[]> build) throws DisplayException {
            try {
                return build.get();
            } catch (IllegalArgumentException e) {
                throw new DisplayException("Display at " + where() + ": " + e.getMessage(), e);
            }
        }
    }
}
