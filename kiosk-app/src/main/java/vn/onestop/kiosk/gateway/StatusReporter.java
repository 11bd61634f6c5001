package vn.onestop.kiosk.gateway;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Sends each display's state to the server on a thread of its own, so a slow or absent server never holds up a
 * frame; only the newest state of a counter is sent (older ones not yet sent are dropped). A report that fails is
 * sent again with the next change or the periodic refresh.
 */
final class StatusReporter implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(StatusReporter.class);
    private final GatewayServer server;
    private final Map<String, String> tokens;
    private final Map<String, CounterScreen.Snapshot> pending = new ConcurrentHashMap<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gateway-status");
        t.setDaemon(true);
        return t;
    });

    StatusReporter(GatewayServer server, Map<String, String> tokens) {
        this.server = server;
        this.tokens = tokens;
    }

    void report(CounterScreen.Snapshot s) {
        if (pending.put(s.counter(), s) == null) {
            thread.execute(() -> send(s.counter()));
        }
    }

    private void send(String counter) {
        CounterScreen.Snapshot s = pending.remove(counter);
        if (s == null) {
            return;
        }
        try {
            server.report(counter, tokens.get(counter), s.connected(), s.shown(), s.error(), s.where());
        } catch (IOException | GatewayServer.Refused e) {
            LOG.debug("Counter {}: display state not reported: {}", counter, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
