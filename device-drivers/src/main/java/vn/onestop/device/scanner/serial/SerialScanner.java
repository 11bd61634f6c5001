package vn.onestop.device.scanner.serial;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.device.scanner.CodeScanner;
import vn.onestop.device.scanner.DuplicateFilter;
import vn.onestop.device.scanner.ScanEvent;
import vn.onestop.device.scanner.ScanListener;
import vn.onestop.device.scanner.ScanListenerSlot;
import vn.onestop.device.serial.SerialLink;
import vn.onestop.device.serial.SerialLinkException;

/**
 * A USB-CDC (virtual COM) code scanner: one reader thread frames UTF-8 codes from a {@link SerialLink}
 * and delivers them on that thread; an unplugged or missing port is reopened every
 * {@code reconnectDelay} until {@link #close()}.
 */
public final class SerialScanner implements CodeScanner {

    private static final Logger LOG = LogManager.getLogger(SerialScanner.class);

    private final SerialLink link;
    private final SerialScannerSettings settings;
    private final Clock clock;
    private final ScanListenerSlot listener = new ScanListenerSlot();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile boolean connected;
    private Thread reader;

    public SerialScanner(SerialLink link, SerialScannerSettings settings, Clock clock) {
        this.link = Objects.requireNonNull(link, "link");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void onScan(ScanListener newListener) {
        listener.set(newListener);
    }

    @Override
    public synchronized void start() {
        if (reader != null || closing.getCount() == 0) {
            return;
        }
        reader = new Thread(this::run, "scanner-" + link.portName());
        reader.setDaemon(true);
        reader.start();
    }

    @Override
    public boolean isConnected() {
        return connected;
    }

    @Override
    public void close() {
        closing.countDown();
        Thread t;
        synchronized (this) {
            t = reader;
        }
        if (t == null) {
            link.close();
            return;
        }
        try {
            t.join(settings.readTimeoutMillis() * 5L + 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        CodeFramer framer = new CodeFramer(settings.frame());
        DuplicateFilter duplicates = new DuplicateFilter(clock, settings.duplicateWindow());
        SerialLinkException.Kind lastFailure = null;
        try {
            while (!isClosing()) {
                try {
                    link.open();
                    markConnected(true);
                    lastFailure = null;
                    readUntilFailure(framer, duplicates);
                } catch (SerialLinkException e) {
                    markConnected(false);
                    emit(framer.abandonPartial());
                    logFailure(e, lastFailure);
                    lastFailure = e.kind();
                    awaitRetry();
                } catch (RuntimeException e) {
                    markConnected(false);
                    framer.abandonPartial();
                    LOG.error("Scanner on {}: unexpected {} from the serial link; reopening",
                            link.portName(), e.getClass().getName());
                    lastFailure = null;
                    awaitRetry();
                }
            }
        } finally {
            connected = false;
            link.close();
        }
    }

    private void readUntilFailure(CodeFramer framer, DuplicateFilter duplicates) throws SerialLinkException {
        byte[] chunk = new byte[4096];
        long lastByteAt = clock.millis();
        while (!isClosing()) {
            int n = link.read(chunk, settings.readTimeoutMillis());
            if (n > 0) {
                lastByteAt = clock.millis();
                for (CodeFramer.Result r : framer.feed(chunk, 0, n)) {
                    deliver(r, duplicates);
                }
            } else if (framer.hasPartial()
                    && clock.millis() - lastByteAt >= settings.incompleteAfter().toMillis()) {
                emit(framer.abandonPartial());
            }
            if (!link.isConnected()) {
                throw new SerialLinkException(SerialLinkException.Kind.DISCONNECTED,
                        "Scanner on " + link.portName() + " was unplugged");
            }
        }
    }

    private void deliver(CodeFramer.Result result, DuplicateFilter duplicates) {
        if (result instanceof CodeFramer.Result.Code code) {
            if (duplicates.isFresh(code.text())) {
                listener.deliver(new ScanEvent.CodeScanned(code.text(), ScanEvent.Source.SERIAL, clock.instant()));
            }
        } else {
            emit((CodeFramer.Result.Rejected) result);
        }
    }

    private void emit(CodeFramer.Result.Rejected rejected) {
        if (rejected != null) {
            LOG.info("Scanner on {}: rejected input ({})", link.portName(), rejected.reason());
            listener.deliver(new ScanEvent.ScanFailed(rejected.reason(), ScanEvent.Source.SERIAL, clock.instant()));
        }
    }

    private void markConnected(boolean now) {
        if (now != connected) {
            LOG.info("Scanner on {} is {}", link.portName(), now ? "connected" : "disconnected");
        }
        connected = now;
    }

    private void logFailure(SerialLinkException e, SerialLinkException.Kind previous) {
        if (e.kind() != previous) {
            LOG.warn("Scanner on {}: {} ({}); retrying every {} ms", link.portName(), e.getMessage(),
                    e.kind(), settings.reconnectDelay().toMillis());
        } else {
            LOG.debug("Scanner on {} still unavailable: {}", link.portName(), e.kind());
        }
    }

    private boolean isClosing() {
        return closing.getCount() == 0;
    }

    private void awaitRetry() {
        try {
            closing.await(settings.reconnectDelay().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closing.countDown();
        }
    }
}
