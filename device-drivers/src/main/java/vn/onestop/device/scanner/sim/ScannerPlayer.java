package vn.onestop.device.scanner.sim;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.locks.LockSupport;
import vn.onestop.device.scanner.serial.FrameFormat;
import vn.onestop.device.serial.SerialLink;
import vn.onestop.device.serial.SerialLinkException;

/**
 * Plays a USB-CDC scanner on the device end of a serial link (a socat pty): each payload goes out as
 * UTF-8 with the frame's prefix and suffix, cut into packets of random size (1 to {@code maxPacket}
 * bytes, so cuts fall inside multi-byte letters too) with {@code packetGap} between packets, as USB
 * sends them.
 */
public final class ScannerPlayer {

    private final SerialLink link;
    private final FrameFormat format;
    private final Random random;
    private final int maxPacket;
    private final Duration packetGap;

    public ScannerPlayer(SerialLink link, FrameFormat format, Random random, int maxPacket, Duration packetGap) {
        this.link = Objects.requireNonNull(link, "link");
        this.format = Objects.requireNonNull(format, "format");
        this.random = Objects.requireNonNull(random, "random");
        if (maxPacket < 1) {
            throw new IllegalArgumentException("packet size must be at least 1 byte: " + maxPacket);
        }
        this.maxPacket = maxPacket;
        this.packetGap = Objects.requireNonNull(packetGap, "packetGap");
    }

    /** Sends one scan; returns the number of packets it took. */
    public int play(String payload) throws SerialLinkException {
        return playBytes(format.encode(payload));
    }

    /** Sends raw bytes in packets (for noise and broken input). */
    public int playBytes(byte[] wire) throws SerialLinkException {
        int packets = 0;
        int at = 0;
        while (at < wire.length) {
            int n = Math.min(wire.length - at, 1 + random.nextInt(maxPacket));
            byte[] packet = new byte[n];
            System.arraycopy(wire, at, packet, 0, n);
            if (packets > 0 && !packetGap.isZero()) {
                LockSupport.parkNanos(packetGap.toNanos()); // pacing like the device, not a wait
            }
            link.write(packet);
            at += n;
            packets++;
        }
        return packets;
    }
}
