package vn.onestop.kiosk.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.onestop.kiosk.server.ServerUnavailableException;
import vn.onestop.testkit.TestClock;
import vn.onestop.testkit.Wait;

/** Presses of "Gọi hỗ trợ": one call a minute at most; offline, the desk, and retries for a short time only. */
class HelpCallTest {
    private final ScheduledExecutorService network = Executors.newSingleThreadScheduledExecutor();
    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T02:00:00Z"));
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final List<HelpCall.Outcome> told = new CopyOnWriteArrayList<>();
    private final AtomicBoolean serverUp = new AtomicBoolean(true);

    private HelpCall help(Duration retryEvery) {
        return new HelpCall(screen -> {
            if (!serverUp.get()) {
                throw new ServerUnavailableException("Server unreachable: ConnectException", null);
            }
            sent.add(screen);
        }, network, clock, Duration.ofMinutes(1), Duration.ofSeconds(1), retryEvery, told::add);
    }

    @AfterEach
    void stop() {
        network.shutdownNow();
    }

    @Test
    void pressesWithinAMinuteSendOneCall() {
        HelpCall help = help(Duration.ofMillis(100));
        help.press("info");
        Wait.until(() -> told.size() == 1, Duration.ofSeconds(5), "first outcome");
        help.press("info");
        help.press("done");
        Wait.until(() -> told.size() == 3, Duration.ofSeconds(5), "repeat outcomes");
        assertThat(sent).containsExactly("info");
        assertThat(told).containsExactly(HelpCall.Outcome.COMING, HelpCall.Outcome.ALREADY_CALLED,
                HelpCall.Outcome.ALREADY_CALLED);
        clock.advance(Duration.ofSeconds(61));
        help.press("done");
        Wait.until(() -> sent.size() == 2, Duration.ofSeconds(5), "a new call after a minute");
        assertThat(sent).containsExactly("info", "done");
    }

    @Test
    void offlineTheDeskIsNamedAndTheCallIsRetriedThenDelivered() {
        serverUp.set(false);
        HelpCall help = help(Duration.ofMillis(50));
        help.press("identify");
        Wait.until(() -> !told.isEmpty(), Duration.ofSeconds(5), "first outcome");
        assertThat(told.get(0)).isEqualTo(HelpCall.Outcome.ASK_AT_DESK);
        help.press("identify");
        Wait.until(() -> told.size() == 2, Duration.ofSeconds(5), "repeat outcome");
        assertThat(told.get(1)).as("still offline: the desk again, not 'someone is coming'")
                .isEqualTo(HelpCall.Outcome.ASK_AT_DESK);
        serverUp.set(true);
        Wait.until(() -> sent.size() == 1, Duration.ofSeconds(5), "delivered by a retry");
        Wait.until(() -> told.contains(HelpCall.Outcome.COMING), Duration.ofSeconds(5), "told someone is coming");
        assertThat(sent).containsExactly("identify");
    }
}
