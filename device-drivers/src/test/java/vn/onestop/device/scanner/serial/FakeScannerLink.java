package vn.onestop.device.scanner.serial;

import java.util.ArrayDeque;
import java.util.Deque;
import vn.onestop.device.serial.SerialLink;
import vn.onestop.device.serial.SerialLinkException;

/**
 * An in-memory USB-CDC scanner at the hardware edge. Like jSerialComm on a real port: reads return
 * whatever chunk arrived (never more than the caller's buffer), opening an unplugged device fails
 * with NO_SUCH_PORT, and after an unplug {@code isConnected()} is false and reads fail DISCONNECTED.
 */
final class FakeScannerLink implements SerialLink {

    private final Deque<byte[]> chunks = new ArrayDeque<>();
    private boolean plugged = true;
    private boolean open;
    private int opens;

    @Override
    public String portName() {
        return "/dev/fake-scanner";
    }

    @Override
    public synchronized void open() throws SerialLinkException {
        if (!plugged) {
            throw new SerialLinkException(SerialLinkException.Kind.NO_SUCH_PORT, "no device at " + portName());
        }
        if (!open) {
            opens++;
        }
        open = true;
        notifyAll();
    }

    @Override
    public void write(byte[] data) {
        // A scanner takes no commands here.
    }

    @Override
    public synchronized int read(byte[] buffer, int timeoutMillis) throws SerialLinkException {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (open && plugged && chunks.isEmpty()) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return 0;
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
        }
        if (!open || !plugged) {
            throw new SerialLinkException(SerialLinkException.Kind.DISCONNECTED, portName() + " unplugged");
        }
        byte[] head = chunks.removeFirst();
        int n = Math.min(head.length, buffer.length);
        System.arraycopy(head, 0, buffer, 0, n);
        if (n < head.length) {
            byte[] rest = new byte[head.length - n];
            System.arraycopy(head, n, rest, 0, rest.length);
            chunks.addFirst(rest);
        }
        return n;
    }

    @Override
    public synchronized boolean isConnected() {
        return open && plugged;
    }

    @Override
    public synchronized void close() {
        open = false;
        notifyAll();
    }

    /** The scanner sends one USB packet. */
    synchronized void deliver(byte[] chunk) {
        chunks.addLast(chunk.clone());
        notifyAll();
    }

    /** The cable is pulled: bytes in flight are lost, the port is gone. */
    synchronized void unplug() {
        plugged = false;
        open = false;
        chunks.clear();
        notifyAll();
    }

    synchronized void replug() {
        plugged = true;
        notifyAll();
    }

    /** True once the reader has taken every chunk delivered so far. */
    synchronized boolean drained() {
        return chunks.isEmpty();
    }

    synchronized int opens() {
        return opens;
    }
}
