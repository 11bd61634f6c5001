package vn.onestop.kiosk.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.device.DaemonThreads;

/**
 * Proves to the system watchdog that the kiosk's screen still answers: every period a no-op goes
 * through the UI executor (the Swing event thread in production) and, only if it ran within the
 * timeout, the heartbeat file's time is set. A frozen event thread stops the heartbeat and the
 * watchdog timer (config/systemd/onestop-kiosk-watchdog.*) restarts the kiosk.
 */
public final class UiHeartbeat implements AutoCloseable {
    /** Log4j starts on first use: after the window opens (see the kiosk's LoggingSetup), not when this loads. */
    private static final class Log {
        static final Logger LOG = LogManager.getLogger(UiHeartbeat.class);
    }
    private final Path file;
    private final Executor ui;
    private final Clock clock;
    private final long timeoutMillis;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("ui-heartbeat"));

    public UiHeartbeat(Path file, Executor ui, Clock clock, long timeoutMillis) {
        this.file = file;
        this.ui = ui;
        this.clock = clock;
        this.timeoutMillis = timeoutMillis;
    }

    public void start(long periodSeconds) {
        timer.scheduleWithFixedDelay(this::beat, 0, periodSeconds, TimeUnit.SECONDS);
    }

    /** One check: true when the UI answered and the file was touched. */
    public boolean beat() {
        try {
            CompletableFuture.runAsync(() -> { }, ui).get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            Log.LOG.warn("The screen did not answer within {} ms: heartbeat withheld", timeoutMillis);
            return false;
        } catch (ExecutionException e) {
            Log.LOG.warn("Heartbeat check failed: {}", e.getCause().toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.createFile(file);
            }
            Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
            return true;
        } catch (IOException e) {
            Log.LOG.warn("Cannot touch the heartbeat file {}: {}", file, e.getMessage());
            return false;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
