package vn.onestop.kiosk.sync;

import java.io.IOException;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.wire.KioskConfiguration;
import vn.onestop.kiosk.server.KioskServerClient;
import vn.onestop.kiosk.server.ServerRefusedException;
import vn.onestop.kiosk.server.ServerUnavailableException;

/**
 * Keeps the kiosk's copy of the server's configuration (centre name, services, catalogue) current: at start the
 * last good copy from disk, then a conditional GET with its ETag at start and every few minutes (304 costs
 * nothing), and at once when a heartbeat reply names another ETag ({@link #hint}). A new configuration is
 * checked before it replaces the copy; a broken or unusable reply keeps the last good copy and says so in the log. {@code onConfiguration} hears each configuration to use. Network thread.
 */
public final class ConfigurationSync {
    /** Log4j starts on first use: after the window opens (see the kiosk's LoggingSetup), not when this loads. */
    private static final class Log {
        static final Logger LOG = LogManager.getLogger(ConfigurationSync.class);
    }
    private final KioskServerClient client;
    private final ServerConfigStore store;
    private final Consumer<KioskConfiguration> onConfiguration;
    private volatile String etag;

    public ConfigurationSync(KioskServerClient client, ServerConfigStore store,
            Consumer<KioskConfiguration> onConfiguration) {
        this.client = client;
        this.store = store;
        this.onConfiguration = onConfiguration;
    }

    /** Hands on the last good copy from disk, if any (before the first fetch). */
    public void loadSaved() {
        store.load().ifPresent(copy -> {
            etag = copy.etag();
            Log.LOG.info("Using the saved server configuration until the server answers");
            onConfiguration.accept(copy.configuration());
        });
    }

    /**
     * The server named the ETag of its current configuration (heartbeat push hint): fetches now when it is not the
     * one held, so an edit on the server shows within a heartbeat instead of the next poll. Network thread.
     */
    public void hint(String serverEtag) {
        if (serverEtag != null && !serverEtag.equals(etag)) {
            Log.LOG.info("The server's configuration changed: fetching it now");
            refresh();
        }
    }

    /** Asks the server for a newer configuration; returns true when a new one was taken. */
    public boolean refresh() {
        KioskServerClient.Conditional reply;
        try {
            reply = client.configuration(etag);
        } catch (ServerUnavailableException | ServerRefusedException e) {
            Log.LOG.debug("Server configuration not fetched: {}", e.getMessage());
            return false;
        }
        if (reply == null) {
            return false;
        }
        KioskConfiguration next;
        try {
            next = ServerConfigStore.parse(reply.body());
        } catch (IllegalArgumentException e) {
            Log.LOG.warn("The server sent a configuration the kiosk cannot use ({}): keeping the last good copy",
                    e.getMessage());
            return false;
        }
        try {
            store.save(reply.body(), reply.etag());
        } catch (IOException e) {
            Log.LOG.warn("Server configuration used but not saved for an offline restart: {}", e.getMessage());
        }
        etag = reply.etag();
        Log.LOG.info("New server configuration: {} services, {} procedures", next.services().size(),
                next.procedures().size());
        onConfiguration.accept(next);
        return true;
    }
}
