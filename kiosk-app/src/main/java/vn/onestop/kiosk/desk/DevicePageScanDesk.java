package vn.onestop.kiosk.desk;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.device.document.DocumentScanException;
import vn.onestop.device.document.DocumentScanner;
import vn.onestop.device.document.PageQuality;
import vn.onestop.device.document.ScannedPage;
import vn.onestop.kiosk.flow.PageScanDesk;
import vn.onestop.kiosk.flow.PageScanOutcome;
import vn.onestop.kiosk.flow.TakenPage;

/**
 * Scans on the document scanner's own thread (never the event thread), checks the page (blank, too dark) and
 * makes the screen preview there too; the outcome goes back through {@code ui}. Logs faults, never page content.
 */
public final class DevicePageScanDesk implements PageScanDesk {
    private static final class Log {
        static final Logger LOG = LogManager.getLogger(DevicePageScanDesk.class);
    }

    /** Preview height in pixels: a page fills most of a 1080-line screen. */
    static final int PREVIEW_HEIGHT = 760;

    private final Optional<DocumentScanner> scanner;
    private final PageQuality quality;
    private final ExecutorService scannerThread;
    private final Executor ui;

    public DevicePageScanDesk(Optional<DocumentScanner> scanner, PageQuality quality, ExecutorService scannerThread,
            Executor ui) {
        this.scanner = scanner;
        this.quality = quality;
        this.scannerThread = scannerThread;
        this.ui = ui;
    }

    @Override
    public boolean available() {
        return scanner.isPresent();
    }

    @Override
    public void scan(Consumer<PageScanOutcome> onDone) {
        if (scanner.isEmpty()) {
            ui.execute(() -> onDone.accept(new PageScanOutcome.Failed("no-scanner")));
            return;
        }
        scannerThread.execute(() -> {
            PageScanOutcome outcome;
            try {
                ScannedPage page = scanner.get().scan();
                PageQuality.Result check = quality.check(page.image());
                Log.LOG.info("Page scanned on {}: {}x{} at {} dpi, {} (mean {}, spread {})", scanner.get().describe(),
                        page.image().getWidth(), page.image().getHeight(), page.dpi(), check.verdict(),
                        Math.round(check.mean()), Math.round(check.deviation()));
                outcome = new PageScanOutcome.Taken(new TakenPage(page, preview(page.image()), check.verdict()));
            } catch (DocumentScanException e) {
                outcome = new PageScanOutcome.Failed(e.fault().code());
            } catch (RuntimeException e) {
                Log.LOG.error("Document scanner failed: {}", e.toString());
                outcome = new PageScanOutcome.Failed("failed");
            }
            PageScanOutcome answer = outcome;
            ui.execute(() -> onDone.accept(answer));
        });
    }

    static BufferedImage preview(BufferedImage page) {
        int h = Math.min(PREVIEW_HEIGHT, page.getHeight());
        int w = Math.max(1, (int) Math.round(page.getWidth() * (double) h / page.getHeight()));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(page, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
