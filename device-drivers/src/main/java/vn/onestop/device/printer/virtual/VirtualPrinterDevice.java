package vn.onestop.device.printer.virtual;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.device.DaemonThreads;
import vn.onestop.device.printer.escpos.PrinterProfile;
import vn.onestop.device.printer.escpos.RobotoFonts;
import vn.onestop.device.serial.SerialLink;
import vn.onestop.device.serial.SerialLinkException;

/**
 * The virtual printer on a serial link (one end of a socat pty pair): a thread reads the bytes, the
 * interpreter prints them, status replies and automatic status frames go back on the link, and each
 * cut ticket is saved as a PNG and queued for whoever watches ({@link #tickets()}).
 */
public final class VirtualPrinterDevice implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(VirtualPrinterDevice.class);
    private final SerialLink link;
    private final VirtualPrinterState state;
    private final EscPosInterpreter interpreter;
    private final TicketPngWriter pngs;
    private final BlockingQueue<RenderedTicket> tickets = new LinkedBlockingQueue<>();
    private final ByteArrayOutputStream replies = new ByteArrayOutputStream();
    private final Thread thread;
    /** PNGs are written off the reading thread so that status requests are answered at once, as on a real printer. */
    private final java.util.concurrent.ExecutorService saver = java.util.concurrent.Executors.newSingleThreadExecutor(
            DaemonThreads.named("virtual-printer-png"));
    private volatile boolean running = true;
    private volatile long bytesReceived;
    private volatile long stallAfter = Long.MAX_VALUE;
    private byte[] lastAsb = new byte[0];
    private boolean connected;

    public VirtualPrinterDevice(SerialLink link, PrinterProfile profile, RobotoFonts fonts, VirtualPrinterState state,
            Path outDir, Clock clock) {
        this.link = link;
        this.state = state;
        this.pngs = new TicketPngWriter(outDir, clock);
        this.interpreter = new EscPosInterpreter(profile, fonts, state, this::cut, b -> replies.write(b));
        this.thread = new Thread(this::run, "virtual-printer-" + link.portName());
        thread.setDaemon(true);
    }

    public VirtualPrinterDevice start() {
        thread.start();
        return this;
    }

    public BlockingQueue<RenderedTicket> tickets() {
        return tickets;
    }

    public VirtualPrinterState state() {
        return state;
    }

    public long bytesReceived() {
        return bytesReceived;
    }

    /** Stops reading after {@code bytes} in total, like a printer whose buffer is full (for unplug tests). */
    public void stallAfter(long bytes) {
        stallAfter = bytes;
    }

    private void run() {
        byte[] buffer = new byte[4096];
        while (running) {
            try {
                long room = stallAfter - bytesReceived;
                byte[] chunk = room >= buffer.length ? buffer : new byte[(int) Math.max(0, room)];
                int n = chunk.length == 0 ? idle() : link.read(chunk, 100);
                handle(chunk, n);
            } catch (SerialLinkException e) {
                if (connected) {
                    // Unplugged: like a printer losing power, it forgets the half-received ticket.
                    interpreter.reset();
                    connected = false;
                }
                LOG.debug("Virtual printer link: {}", e.getMessage());
            } catch (RuntimeException e) {
                LOG.error("Virtual printer failed on received data: {}", e.toString());
            }
        }
    }

    /** A stalled printer reads nothing; the host's writes back up as on a full printer buffer. */
    private static int idle() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private void handle(byte[] chunk, int n) throws SerialLinkException {
        connected = true;
        if (n > 0) {
            bytesReceived += n;
            interpreter.accept(chunk, n);
        }
        sendAutomaticStatus();
        if (replies.size() > 0) {
            byte[] out = replies.toByteArray();
            replies.reset();
            link.write(out);
        }
    }

    private void sendAutomaticStatus() {
        if (!interpreter.autoStatusEnabled() || state.silent()) {
            return;
        }
        byte[] frame = state.asbFrame();
        if (!java.util.Arrays.equals(frame, lastAsb)) {
            replies.writeBytes(frame);
            lastAsb = frame;
        }
    }

    private void cut(RenderedTicket ticket) {
        saver.execute(() -> {
            try {
                pngs.write(ticket);
            } catch (java.io.UncheckedIOException e) {
                LOG.error(e.getMessage());
            }
            tickets.add(ticket);
        });
    }

    @Override
    public void close() {
        running = false;
        saver.shutdown();
        try {
            saver.awaitTermination(5, java.util.concurrent.TimeUnit.SECONDS);
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        link.close();
    }
}
