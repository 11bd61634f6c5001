package vn.onestop.kiosk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UiHeartbeatTest {
    @TempDir
    Path dir;

    @Test
    void touchesTheFileWhileTheUiAnswers() throws Exception {
        Instant now = Instant.parse("2026-11-25T08:00:00Z");
        ExecutorService ui = Executors.newSingleThreadExecutor();
        try (UiHeartbeat hb = new UiHeartbeat(dir.resolve("heartbeat"), ui, Clock.fixed(now, ZoneOffset.UTC), 1000)) {
            assertThat(hb.beat()).isTrue();
            assertThat(Files.getLastModifiedTime(dir.resolve("heartbeat")).toInstant()).isEqualTo(now);
        } finally {
            ui.shutdownNow();
        }
    }

    @Test
    void withholdsTheHeartbeatWhenTheUiIsFrozen() throws Exception {
        ExecutorService ui = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        ui.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (UiHeartbeat hb = new UiHeartbeat(dir.resolve("heartbeat"), ui, Clock.systemUTC(), 200)) {
            assertThat(hb.beat()).isFalse();
            assertThat(dir.resolve("heartbeat")).doesNotExist();
        } finally {
            release.countDown();
            ui.shutdownNow();
        }
    }
}
