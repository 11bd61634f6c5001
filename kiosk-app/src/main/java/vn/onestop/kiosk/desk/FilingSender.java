package vn.onestop.kiosk.desk;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.wire.DossierReceipt;
import vn.onestop.core.wire.DossierRegistration;
import vn.onestop.kiosk.outbox.FilingOutbox;
import vn.onestop.kiosk.outbox.OutboxException;
import vn.onestop.kiosk.server.KioskServerClient;
import vn.onestop.kiosk.server.ServerRefusedException;
import vn.onestop.kiosk.server.ServerUnavailableException;

/**
 * Sends confirmed filings so that none is lost and none is registered twice: each is stored in the
 * {@link FilingOutbox} before it is sent, and removed once the server answered (registered, or refused for good).
 * A filing left in the outbox (server unreachable, kiosk not accepted, kiosk killed) is sent again at start and
 * periodically with the same idempotency key, for which the server returns the dossier it already registered.
 * Filings are stored on a thread of their own ({@code storage}), so a confirmed filing is on disk within
 * milliseconds of the tap even while the network thread waits for a slow server; the rest runs on the network
 * thread. Logs keys and dossier codes, never personal data.
 */
public final class FilingSender {
    /** Log4j starts on first use: after the window opens (see the kiosk's LoggingSetup), not when this loads. */
    private static final class Log {
        static final Logger LOG = LogManager.getLogger(FilingSender.class);
    }
    private final KioskServerClient client;
    private final FilingOutbox outbox;
    private final Probe probe;
    private final Executor storage;

    /** Moments of a filing's way, for fault tests that stop the kiosk there; production uses {@link #NONE}. */
    public interface Probe {
        /** The filing is on disk and about to be sent. */
        void saved(String idempotencyKey);

        /** The server registered the filing; its outbox row is about to be removed. */
        void registered(String idempotencyKey, String dossierCode);
    }

    public static final Probe NONE = new Probe() {
        @Override
        public void saved(String idempotencyKey) { }

        @Override
        public void registered(String idempotencyKey, String dossierCode) { }
    };

    /** {@code storage} is a single thread that does nothing else. */
    public FilingSender(KioskServerClient client, FilingOutbox outbox, Probe probe, Executor storage) {
        this.client = client;
        this.outbox = outbox;
        this.probe = probe;
        this.storage = storage;
    }

    /**
     * Stores the confirmed filing on the storage thread, then runs {@code then} there (which hands the sending to
     * the network thread). A filing that cannot be stored (disk full) is still sent: see {@link #waiting}.
     */
    public void store(DossierRegistration registration, Runnable then) {
        store(registration, () -> Map.of(), then);
    }

    /**
     * As {@link #store(DossierRegistration, Runnable)}, with the scanned PDF of each checklist document, made by
     * {@code documents} on the storage thread (joining pages is work the event thread must not do) and stored in the
     * same transaction as the registration.
     */
    public void store(DossierRegistration registration, Supplier<Map<Integer, byte[]>> documents, Runnable then) {
        storage.execute(() -> {
            try {
                outbox.save(registration, documents.get());
            } catch (OutboxException e) {
                Log.LOG.error("Filing {} not stored on the kiosk, sending it without a copy: {}",
                        registration.idempotencyKey(), e.getMessage());
            }
            probe.saved(registration.idempotencyKey());
            then.run();
        });
    }

    /**
     * Registers a filing given to {@link #store} and removes it once the server answered. When the server cannot
     * be reached (or does not accept this kiosk) it stays stored, if storing worked: see {@link #waiting}.
     *
     * @throws ServerRefusedException the server refused a value (the filing is not kept)
     */
    public DossierReceipt send(DossierRegistration registration) throws ServerUnavailableException,
            ServerRefusedException {
        return register(registration);
    }

    /** Whether the filing is stored and will be sent again (after {@link #send} failed). */
    public boolean waiting(String idempotencyKey) {
        try {
            return outbox.holds(idempotencyKey);
        } catch (OutboxException e) {
            Log.LOG.error("Filing outbox unreadable: {}", e.getMessage());
            return false;
        }
    }

    private DossierReceipt register(DossierRegistration r) throws ServerUnavailableException,
            ServerRefusedException {
        DossierReceipt receipt;
        try {
            receipt = client.registerDossier(r);
        } catch (ServerRefusedException e) {
            if (e.status() == 401 || e.status() == 403) {
                throw new ServerUnavailableException("Kiosk not accepted by the server: " + e.getMessage(), e);
            }
            forget(r.idempotencyKey());
            throw e;
        }
        probe.registered(r.idempotencyKey(), receipt.dossier().code());
        upload(r.idempotencyKey(), receipt);
        forget(r.idempotencyKey());
        return receipt;
    }

    /**
     * Sends the filing's stored PDFs to its prepared dossier (each PUT is idempotent, so a kiosk killed halfway
     * sends them again). A PDF the server refuses for good (413, 415, 422; 409 once received) leaves the outbox
     * with an error line; anything else keeps the filing and its documents for the next delivery.
     */
    private void upload(String key, DossierReceipt receipt) throws ServerUnavailableException {
        Map<Integer, byte[]> documents;
        try {
            documents = outbox.documents(key);
        } catch (OutboxException e) {
            Log.LOG.error("Scanned documents of filing {} unreadable, not sent: {}", key, e.getMessage());
            return;
        }
        if (documents.isEmpty()) {
            return;
        }
        String code = receipt.preparationCode();
        if (code == null) {
            throw new ServerUnavailableException("The server registered filing " + key + " without a preparation "
                    + "code: it does not take scanned documents yet (kept on the kiosk)");
        }
        for (Map.Entry<Integer, byte[]> d : documents.entrySet()) {
            try {
                var stored = client.putDocument(code, d.getKey(), d.getValue());
                Log.LOG.info("Document {} of prepared dossier {} delivered ({} pages, {} bytes)", d.getKey(), code,
                        stored.pages(), stored.bytes());
            } catch (ServerRefusedException e) {
                if (e.status() == 404 || e.status() == 401 || e.status() == 403) {
                    throw new ServerUnavailableException("Document " + d.getKey() + " of " + code + " not taken ("
                            + e.status() + "): kept on the kiosk", e);
                }
                Log.LOG.error("Document {} of prepared dossier {} refused by the server ({}): {}; the official "
                        + "must ask for the paper", d.getKey(), code, e.status(), e.getMessage());
            }
            try {
                outbox.removeDocument(key, d.getKey());
            } catch (OutboxException e) {
                Log.LOG.error("Document {} of {} delivered but not removed from the kiosk: {}", d.getKey(), code,
                        e.getMessage());
            }
        }
    }

    private void forget(String key) {
        try {
            outbox.remove(key);
        } catch (OutboxException e) {
            // sent again later with the same key: the server answers with the same dossier
            Log.LOG.error("Filing {} answered but not removed from the kiosk: {}", key, e.getMessage());
        }
    }

    /** Truncates a write-ahead log that a reader or a kill kept from being truncated after the last removal. */
    private void scrub() {
        try {
            outbox.scrub();
        } catch (OutboxException e) {
            Log.LOG.warn("Filing outbox not scrubbed: {}", e.getMessage());
        }
    }

    /**
     * Sends every stored filing, oldest first; stops at the first sign the server is gone. A filing the server
     * refuses for good is removed (its citizen was told it would be registered: staff must be told, hence the error
     * line). Returns how many were registered.
     */
    public int deliverPending(Consumer<Boolean> reachable) {
        List<DossierRegistration> pending;
        try {
            pending = outbox.pending();
        } catch (OutboxException e) {
            Log.LOG.error("Stored filings not sent: {}", e.getMessage());
            return 0;
        }
        int registered = 0;
        if (pending.isEmpty() && !outbox.scrubbed()) {
            scrub();
        }
        for (DossierRegistration r : pending) {
            try {
                DossierReceipt receipt = register(r);
                reachable.accept(true);
                registered++;
                Log.LOG.info("Stored filing {} registered as dossier {}", r.idempotencyKey(), receipt.dossier().code());
            } catch (ServerUnavailableException e) {
                reachable.accept(false);
                Log.LOG.info("Stored filings wait for the server ({} left): {}", pending.size() - registered,
                        e.getMessage());
                break;
            } catch (ServerRefusedException e) {
                Log.LOG.error("Stored filing {} for procedure {} refused by the server ({}) and removed: the citizen "
                        + "must file again at the counter", r.idempotencyKey(), r.procedureCode(), e.status());
            }
        }
        return registered;
    }

    /** Sends stored filings now (kiosk start) and every {@code periodSeconds}, on {@code network}. */
    public void start(ScheduledExecutorService network, long periodSeconds, Consumer<Boolean> reachable) {
        network.scheduleWithFixedDelay(() -> deliverPending(reachable), 0, periodSeconds, TimeUnit.SECONDS);
    }
}
