package vn.onestop.device.printer.escpos;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.onestop.device.printer.PrinterStatus;
import vn.onestop.device.serial.SerialLink;
import vn.onestop.device.serial.SerialLinkException;

/**
 * Asks {@code DLE EOT n} over a link and frames the reply out of whatever else the printer sends
 * (ASB frames are decoded and kept, XON/XOFF skipped). Not thread-safe: the printer serialises calls.
 */
final class StatusReader {
    private final SerialLink link;
    private final Clock clock;
    private final Duration timeout;
    private final ByteArrayOutputStream asb = new ByteArrayOutputStream();
    private PrinterStatus lastAsb;

    StatusReader(SerialLink link, Clock clock, Duration timeout) {
        this.link = link;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** The full real-time status, or {@link PrinterStatus#noAnswer()} when any query gets no reply. */
    PrinterStatus read() throws SerialLinkException {
        int[] replies = new int[4];
        for (int n = 1; n <= 4; n++) {
            Optional<Integer> reply = query(n);
            if (reply.isEmpty()) {
                return PrinterStatus.noAnswer();
            }
            replies[n - 1] = reply.get();
        }
        return StatusDecoder.fromRealTime(replies[0], replies[1], replies[2], replies[3]);
    }

    /** The status the printer last sent by itself (ASB), if any. */
    Optional<PrinterStatus> lastAutomaticStatus() {
        return Optional.ofNullable(lastAsb);
    }

    private Optional<Integer> query(int n) throws SerialLinkException {
        link.write(new byte[] {EscPos.DLE, EscPos.EOT, (byte) n});
        Instant deadline = clock.instant().plus(timeout);
        byte[] one = new byte[1];
        while (clock.instant().isBefore(deadline)) {
            int wait = (int) Math.max(1, Duration.between(clock.instant(), deadline).toMillis());
            if (link.read(one, wait) == 0) {
                continue;
            }
            int b = one[0] & 0xFF;
            if (asb.size() > 0) {
                collectAsb(b);
            } else if (StatusDecoder.isRealTimeReply(b)) {
                return Optional.of(b);
            } else if (StatusDecoder.isAsbStart(b)) {
                asb.write(b);
            }
        }
        return Optional.empty();
    }

    private void collectAsb(int b) {
        asb.write(b);
        if (asb.size() == 4) {
            lastAsb = StatusDecoder.fromAsb(asb.toByteArray());
            asb.reset();
        }
    }
}
