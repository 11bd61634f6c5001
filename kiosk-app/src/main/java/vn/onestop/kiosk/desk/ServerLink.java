package vn.onestop.kiosk.desk;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.wire.Heartbeat;
import vn.onestop.core.wire.IssueTicketRequest;
import vn.onestop.core.wire.PrinterHealth;
import vn.onestop.core.wire.TicketView;
import vn.onestop.kiosk.outbox.OfflineOutbox;
import vn.onestop.kiosk.outbox.OfflineTicket;
import vn.onestop.kiosk.outbox.OutboxException;
import vn.onestop.kiosk.server.KioskServerClient;
import vn.onestop.kiosk.server.ServerRefusedException;
import vn.onestop.kiosk.server.ServerUnavailableException;

/**
 * The kiosk's conversation with the server on its one network thread: heartbeats (device health, outbox
 * size), delivery of offline tickets (each once, by idempotency key) and whether the server is up,
 * reported to the UI through {@code ui}.
 */
public final class ServerLink {
    /** Log4j starts on first use: after the window opens (see the kiosk's LoggingSetup), not when this loads. */
    private static final class Log {
        static final Logger LOG = LogManager.getLogger(ServerLink.class);
    }
    private final KioskServerClient client;
    private final OfflineOutbox outbox;
    private final ScheduledExecutorService network;
    private final Executor ui;
    private volatile Consumer<Boolean> onlineSink = up -> { };
    private final Supplier<PrinterHealth> printerHealth;
    private final String version;
    private volatile Runnable onUnauthorized = () -> { };
    private volatile java.util.function.BooleanSupplier scannerOk = () -> true;
    private volatile boolean online = true;
    private volatile java.util.function.IntConsumer settingsVersion = v -> { };

    public ServerLink(KioskServerClient client, OfflineOutbox outbox, ScheduledExecutorService network, Executor ui,
            Supplier<PrinterHealth> printerHealth, String version) {
        this.client = client;
        this.outbox = outbox;
        this.network = network;
        this.ui = ui;
        this.printerHealth = printerHealth;
        this.version = version;
    }

    /** Who hears the server become reachable or unreachable, on the UI executor (the flow); set before start. */
    public void onOnline(Consumer<Boolean> listener) {
        this.onlineSink = listener;
    }

    /** How the heartbeat learns whether the scanner is connected. */
    public void scannerHealth(java.util.function.BooleanSupplier ok) {
        this.scannerOk = ok;
    }

    /** What to do when the server no longer knows this kiosk's token (enrol again with the configured code). */
    public void onUnauthorized(Runnable action) {
        this.onUnauthorized = action;
    }

    /** Who hears the device settings version of each heartbeat reply (remote settings); network thread. */
    public void onSettingsVersion(java.util.function.IntConsumer sink) {
        this.settingsVersion = sink;
    }

    /** Heartbeat and delivery every {@code periodSeconds}. */
    public void start(long periodSeconds) {
        network.scheduleWithFixedDelay(this::beatAndDeliver, 0, periodSeconds, TimeUnit.SECONDS);
    }

    public KioskServerClient client() {
        return client;
    }

    public OfflineOutbox outbox() {
        return outbox;
    }

    public ScheduledExecutorService executor() {
        return network;
    }

    /** Sends a heartbeat now (a printer alert), on the network thread. */
    public void alertNow() {
        network.execute(this::heartbeat);
    }

    /** Records whether the last call reached the server; tells the UI when that changes. Any thread. */
    public void reachable(boolean up) {
        if (up != online) {
            online = up;
            Log.LOG.info(up ? "Server reachable again" : "Server unreachable: issuing tickets offline");
            Consumer<Boolean> listener = onlineSink;
            ui.execute(() -> listener.accept(up));
        }
    }

    void beatAndDeliver() {
        heartbeat();
        if (online) {
            deliverPending();
        }
    }

    private void heartbeat() {
        try {
            int pending = outbox.pendingCount();
            int settings = client.heartbeat(new Heartbeat(printerHealth.get(), scannerOk.getAsBoolean(), freeDisk(),
                    version, pending));
            reachable(true);
            settingsVersion.accept(settings);
        } catch (ServerUnavailableException e) {
            reachable(false);
        } catch (ServerRefusedException e) {
            Log.LOG.warn("Heartbeat refused: {}", e.getMessage());
            if (e.status() == 401) {
                onUnauthorized.run();
            }
        } catch (OutboxException e) {
            Log.LOG.warn("Heartbeat not sent: {}", e.getMessage());
        }
    }

    /**
     * Sends voids that could not be sent earlier, then delivers every pending offline ticket; stops at the
     * first sign the server is gone. A ticket the server refuses for good is set aside, not retried.
     */
    public int deliverPending() {
        int delivered = 0;
        try {
            for (var v : outbox.pendingVoids().entrySet()) {
                sendVoid(v.getKey(), v.getValue());
            }
            for (OfflineTicket t : outbox.pending()) {
                delivered += deliver(t) ? 1 : 0;
            }
            reachable(true);
        } catch (ServerUnavailableException e) {
            reachable(false);
        } catch (OutboxException e) {
            Log.LOG.warn("Offline ticket delivery stopped: {}", e.getMessage());
        }
        return delivered;
    }

    private boolean deliver(OfflineTicket t) throws ServerUnavailableException, OutboxException {
        try {
            // The printed number and the time the citizen took it: counters call it by that number, in its place.
            TicketView v = client.issue(new IssueTicketRequest(t.idempotencyKey(), t.serviceCode(),
                    t.priorityClass(), t.displayNumber(), t.issuedAt()));
            outbox.delivered(t.idempotencyKey(), v.id(), v.displayNumber());
            Log.LOG.info("Offline ticket {} delivered to the server (status {})", v.displayNumber(), v.status());
            return true;
        } catch (ServerRefusedException e) {
            if (e.status() == 401 || e.status() == 403) {
                throw new ServerUnavailableException("Kiosk not accepted by the server: " + e.getMessage());
            }
            outbox.refused(t.idempotencyKey());
            Log.LOG.warn("Offline ticket {} refused by the server and set aside: {}", t.displayNumber(), e.getMessage());
            return false;
        }
    }

    private void sendVoid(String ticketId, String reason) throws ServerUnavailableException, OutboxException {
        try {
            client.voidTicket(ticketId, reason);
        } catch (ServerRefusedException e) {
            Log.LOG.warn("Void of ticket {} refused: {}", ticketId, e.getMessage());
        }
        outbox.voidSent(ticketId);
    }

    private static long freeDisk() {
        return new java.io.File(".").getUsableSpace();
    }
}
