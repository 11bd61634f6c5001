package vn.onestop.device.scanner.image;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.device.DaemonThreads;
import vn.onestop.device.scanner.CodeScanner;
import vn.onestop.device.scanner.DuplicateFilter;
import vn.onestop.device.scanner.ScanEvent;
import vn.onestop.device.scanner.ScanListener;
import vn.onestop.device.scanner.ScanListenerSlot;

/**
 * Decodes QR codes from frames on its own single decoding thread (never the Swing thread). A live
 * source calls {@link #offer} and frames that arrive while the decoder is busy are dropped; a file
 * source calls {@link #submit} and every frame is decoded. Events come from the decoding thread; a
 * code seen in many consecutive frames is one event (duplicate window).
 */
public final class FrameDecodeScanner implements CodeScanner {

    /** Stable reason for an image that could not be read at all. */
    public static final String UNREADABLE_IMAGE = "unreadable-image";
    /** Stable reason for a submitted image (not a live frame) in which no QR code was found. */
    public static final String NO_CODE_FOUND = "no-code-found";

    private static final Logger LOG = LogManager.getLogger(FrameDecodeScanner.class);

    private final ScanEvent.Source source;
    private final Clock clock;
    private final DuplicateFilter duplicates;
    private final ScanListenerSlot listener = new ScanListenerSlot();
    private final QrFrameDecoder decoder = new QrFrameDecoder();
    private final ExecutorService executor;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong decoded = new AtomicLong();

    public FrameDecodeScanner(ScanEvent.Source source, Clock clock, Duration duplicateWindow) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.duplicates = new DuplicateFilter(clock, duplicateWindow);
        this.executor = Executors.newSingleThreadExecutor(DaemonThreads.named("qr-decoder"));
    }

    @Override
    public void onScan(ScanListener newListener) {
        listener.set(newListener);
    }

    @Override
    public void start() {
        // The decoding thread is ready from construction; frames start it.
    }

    /**
     * Hands a live frame to the decoder and returns at once (safe on the Swing thread); returns false
     * (frame dropped) if the decoder is still busy. The frame is read later on the decoding thread: pass
     * a frame the camera will not overwrite.
     */
    public boolean offer(BufferedImage frame) {
        if (!busy.compareAndSet(false, true)) {
            dropped.incrementAndGet();
            return false;
        }
        try {
            executor.execute(() -> decodeAndRelease(frame));
            return true;
        } catch (RejectedExecutionException e) {
            busy.set(false);
            return false;
        }
    }

    /**
     * Queues a frame that must not be lost (an image file); decoded in arrival order. An image with
     * no QR code gives {@link #NO_CODE_FOUND}: it was one deliberate scan, unlike a live frame.
     */
    public void submit(BufferedImage frame) {
        executor.execute(() -> {
            if (!decodeFrame(frame)) {
                listener.deliver(new ScanEvent.ScanFailed(NO_CODE_FOUND, source, clock.instant()));
            }
        });
    }

    /** Reports, on the decoding thread, an image source that could not be read. */
    public void reportUnreadable() {
        executor.execute(() -> listener.deliver(new ScanEvent.ScanFailed(UNREADABLE_IMAGE, source, clock.instant())));
    }

    public long droppedFrames() {
        return dropped.get();
    }

    public long decodedFrames() {
        return decoded.get();
    }

    private void decodeAndRelease(BufferedImage frame) {
        try {
            decodeFrame(frame);
        } finally {
            busy.set(false);
        }
    }

    /** Decodes one frame and delivers its new codes; true if the frame held any code. */
    private boolean decodeFrame(BufferedImage frame) {
        List<String> codes = decoder.decode(frame);
        for (String code : codes) {
            if (duplicates.isFresh(code)) {
                listener.deliver(new ScanEvent.CodeScanned(code, source, clock.instant()));
            }
        }
        decoded.incrementAndGet();
        return !codes.isEmpty();
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(2, TimeUnit.SECONDS)) {
                LOG.warn("QR decoder did not finish its last frame within 2 s; abandoning it");
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
    }
}
