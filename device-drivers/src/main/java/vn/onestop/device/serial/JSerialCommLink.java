package vn.onestop.device.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.device.serial.SerialLinkException.Kind;

/**
 * {@link SerialLink} over jSerialComm. Unplugging is detected by reads returning -1 and writes failing
 * (jSerialComm keeps {@code isOpen()} true). No {@code LISTENING_EVENT_PORT_DISCONNECTED} listener: on a
 * pty it fired in a tight loop after the unplug (measured with jSerialComm 2.11.4), and listeners make
 * jSerialComm ignore read timeouts. After an unplug the next call reopens the port, no sooner than a
 * backoff delay (200 ms doubling to 5 s) after the last failed attempt. Writes are drained with
 * {@code bytesAwaitingWrite()} before returning and before close, because {@code closePort()} drops
 * unsent bytes. Reads and writes may come from two threads; open and close are serialised.
 */
public final class JSerialCommLink implements SerialLink {
    private static final Logger LOG = LogManager.getLogger(JSerialCommLink.class);
    private static final int CHUNK = 4096;
    private static final long DRAIN_POLL_MILLIS = 2;
    /** Set once at open: changing timeouts later reconfigures the port and drops received bytes. */
    private static final int READ_SLICE_MILLIS = 100;
    private static final long SETTLE_MILLIS = 100;

    private final SerialSettings settings;
    private final Clock clock;
    private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5));
    private volatile SerialPort port;
    private volatile boolean unplugged;
    private Instant nextAttempt = Instant.EPOCH;

    public JSerialCommLink(SerialSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    public SerialSettings settings() {
        return settings;
    }

    @Override
    public String portName() {
        return settings.path();
    }

    @Override
    public synchronized void open() throws SerialLinkException {
        if (port != null && !unplugged) {
            return;
        }
        Instant now = clock.instant();
        if (now.isBefore(nextAttempt)) {
            throw new SerialLinkException(Kind.DISCONNECTED, "Device on " + portName()
                    + " is not reachable; next reopen attempt in "
                    + Duration.between(now, nextAttempt).toMillis() + " ms");
        }
        releasePort();
        try {
            port = openPort();
            unplugged = false;
            backoff.reset();
            LOG.info("Serial port {} open at {} baud, flow {}", portName(), settings.baudRate(),
                    settings.flowControl());
        } catch (SerialLinkException e) {
            nextAttempt = clock.instant().plus(backoff.failed());
            throw e;
        }
    }

    private SerialPort openPort() throws SerialLinkException {
        if (!Files.exists(Path.of(settings.path()))) {
            throw PortErrors.noSuchPort(settings.path());
        }
        SerialPort candidate;
        try {
            candidate = SerialPort.getCommPort(settings.path());
        } catch (SerialPortInvalidPortException e) {
            throw PortErrors.noSuchPort(settings.path());
        }
        candidate.setComPortParameters(settings.baudRate(), settings.dataBits(), settings.stopBits().code,
                settings.parity().code);
        candidate.setFlowControl(settings.flowControl().code);
        candidate.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                READ_SLICE_MILLIS, 0);
        if (!candidate.openPort()) {
            int errno = candidate.getLastErrorCode();
            boolean stillThere = Files.exists(Path.of(settings.path()));
            // jSerialComm reports ENOENT when this process already holds the port through another link.
            throw PortErrors.openFailed(settings.path(),
                    errno == PortErrors.ENOENT && stillThere ? PortErrors.EBUSY : errno);
        }
        return candidate;
    }

    @Override
    public void write(byte[] data) throws SerialLinkException {
        if (port == null || unplugged) {
            open();
        }
        SerialPort current = port;
        int offset = 0;
        Instant deadline = clock.instant().plus(allowedTime(data.length));
        while (offset < data.length) {
            int n = current.writeBytes(data, Math.min(CHUNK, data.length - offset), offset);
            if (n < 0) {
                throw markUnplugged();
            }
            offset += n;
            if (n == 0 && clock.instant().isAfter(deadline)) {
                throw new SerialLinkException(Kind.NO_REPLY, "Device on " + portName() + " accepted only "
                        + offset + " of " + data.length + " bytes: it holds the line busy (flow control)"
                        + " or is switched off");
            }
        }
        drain(current, deadline);
    }

    private void drain(SerialPort current, Instant deadline) throws SerialLinkException {
        while (true) {
            int waiting = current.bytesAwaitingWrite();
            if (waiting == 0) {
                return;
            }
            if (waiting < 0) {
                throw markUnplugged();
            }
            if (clock.instant().isAfter(deadline)) {
                throw new SerialLinkException(Kind.NO_REPLY, waiting + " bytes still wait to leave "
                        + portName() + ": the device does not take data (flow control, off, or wrong baud rate)");
            }
            pause(DRAIN_POLL_MILLIS);
        }
    }

    /** Twice the wire time plus two seconds: a printer with flow control pauses now and then. */
    private Duration allowedTime(int bytes) {
        return Duration.ofMillis(2000 + (long) (2 * settings.wireMillis(bytes)));
    }

    @Override
    public int read(byte[] buffer, int timeoutMillis) throws SerialLinkException {
        if (port == null || unplugged) {
            reopenWithin(timeoutMillis);
        }
        SerialPort current = port;
        Instant deadline = clock.instant().plusMillis(timeoutMillis);
        while (true) {
            int n = current.readBytes(buffer, buffer.length);
            if (n < 0) {
                throw markUnplugged();
            }
            if (n > 0 || !clock.instant().isBefore(deadline)) {
                return n;
            }
        }
    }

    /** Waits at most {@code timeoutMillis} for the backoff to elapse, then tries to reopen once. */
    private void reopenWithin(int timeoutMillis) throws SerialLinkException {
        long wait;
        synchronized (this) {
            wait = Duration.between(clock.instant(), nextAttempt).toMillis();
        }
        if (wait > 0) {
            pause(Math.min(wait, timeoutMillis));
        }
        open();
    }

    private SerialLinkException markUnplugged() {
        if (!unplugged) {
            LOG.warn("Serial port {} lost: device unplugged or switched off", portName());
        }
        unplugged = true;
        return PortErrors.disconnected(portName());
    }

    @Override
    public boolean isConnected() {
        return port != null && !unplugged;
    }

    @Override
    public synchronized void close() {
        SerialPort current = port;
        if (current != null && !unplugged) {
            try {
                drain(current, clock.instant().plus(Duration.ofSeconds(5)));
                // bytesAwaitingWrite() does not count the UART FIFO, nor a pty's peer buffer: let them empty.
                pause(SETTLE_MILLIS + (long) settings.wireMillis(64));
            } catch (SerialLinkException e) {
                LOG.warn("Closing {} with output not sent: {}", portName(), e.getMessage());
            }
        }
        releasePort();
    }

    private void releasePort() {
        SerialPort current = port;
        port = null;
        if (current != null) {
            current.closePort();
        }
    }

    private static void pause(long millis) throws SerialLinkException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SerialLinkException(Kind.IO_ERROR, "Interrupted while using the serial port", e);
        }
    }
}
