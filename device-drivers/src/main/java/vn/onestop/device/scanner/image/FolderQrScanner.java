package vn.onestop.device.scanner.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.device.scanner.CodeScanner;
import vn.onestop.device.scanner.ScanListener;

/**
 * Stands in for a live camera (no maintained Java capture library is used): every PNG, JPEG, BMP or
 * GIF image that appears in a watched folder is decoded as one frame. Write images under a temporary
 * name and move them in, so that no half-written file is read; names starting with '.' or ending in
 * {@code .tmp} or {@code .part} are ignored.
 */
public final class FolderQrScanner implements CodeScanner {

    private static final Logger LOG = LogManager.getLogger(FolderQrScanner.class);

    private final Path folder;
    private final FrameDecodeScanner decoder;
    private WatchService watcher;
    private Thread thread;

    public FolderQrScanner(Path folder, FrameDecodeScanner decoder) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.decoder = Objects.requireNonNull(decoder, "decoder");
    }

    @Override
    public void onScan(ScanListener listener) {
        decoder.onScan(listener);
    }

    /**
     * Starts watching; a missing or unwatchable folder is logged with what to fix and no events
     * come (the kiosk's device health shows the scanner as not connected).
     */
    @Override
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            watcher = FileSystems.getDefault().newWatchService();
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE); // a move into it is a create
        } catch (IOException e) {
            LOG.error("Cannot watch image folder {}: {}. Check that it exists and is readable.", folder, e.toString());
            return;
        }
        thread = new Thread(this::watch, "qr-folder-watch");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized boolean isConnected() {
        return thread != null && thread.isAlive();
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name) {
                        readFrame(folder.resolve(name));
                    }
                }
                if (!key.reset()) {
                    LOG.error("Image folder {} is no longer watchable (deleted?)", folder);
                    return;
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            LOG.debug("Stopped watching {}", folder);
        }
    }

    private void readFrame(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith(".") || name.endsWith(".tmp") || name.endsWith(".part")
                || !name.matches(".*\\.(png|jpe?g|bmp|gif)")) {
            return;
        }
        try {
            BufferedImage image = ImageIO.read(file.toFile());
            if (image == null) {
                LOG.warn("{} is not an image Java can read", file.getFileName());
                decoder.reportUnreadable();
            } else {
                decoder.submit(image);
            }
        } catch (IOException e) {
            LOG.warn("Cannot read image {}: {}", file.getFileName(), e.toString());
            decoder.reportUnreadable();
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            try {
                if (watcher != null) {
                    watcher.close();
                }
            } catch (IOException e) {
                LOG.debug("Closing the folder watch: {}", e.toString());
            }
        }
        decoder.close();
    }
}
