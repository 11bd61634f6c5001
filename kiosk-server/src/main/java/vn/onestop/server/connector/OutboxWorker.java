package vn.onestop.server.connector;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.server.db.Database;

/**
 * Delivers the outbox: on one thread of its own, every poll interval and whenever woken, it claims due rows under a
 * lease, sends each to the provincial system, and records the outcome (delivered with the official code; refused
 * for good; or retried later with back-off). A process that dies mid-send leaves its lease to run out, and the row
 * is sent again under the same idempotency key, which the provincial system answers without registering it twice.
 * Log lines name dossier codes and events only, never personal data.
 */
public final class OutboxWorker implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(OutboxWorker.class);
    private static final int BATCH = 10;
    /** A reception this old with no outbox row was missed by the hook (which runs right after the commit). */
    private static final long SWEEP_AFTER_MS = 60_000;
    private final Database db;
    private final OutboxStore store;
    private final ProvincialSystem system;
    private final DossierSource source;
    private final DossierUpdates dossiers;
    private final Backoff backoff;
    private final Clock clock;
    private final ConnectorSettings settings;
    private final String agencyCode;
    private final String owner = UUID.randomUUID().toString();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "provincial-outbox");
        t.setDaemon(true);
        return t;
    });

    public OutboxWorker(Database db, OutboxStore store, ProvincialSystem system, DossierSource source,
            DossierUpdates dossiers, Backoff backoff, Clock clock, ConnectorSettings settings, String agencyCode) {
        this.db = db;
        this.store = store;
        this.system = system;
        this.source = source;
        this.dossiers = dossiers;
        this.backoff = backoff;
        this.clock = clock;
        this.settings = settings;
        this.agencyCode = agencyCode;
    }

    /** Starts polling (first run at once). */
    public void start() {
        thread.scheduleWithFixedDelay(this::runSafely, 0, settings.poll().toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs a delivery round soon (after a new row or a technician's retry), without waiting for the poll. */
    public void wake() {
        if (!thread.isShutdown()) {
            thread.execute(this::runSafely);
        }
    }

    private void runSafely() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.error("Provincial outbox round failed; the next round retries: {}", e.getMessage(), e);
        }
    }

    /** One delivery round: every due row (batch by batch), then official codes not yet set. Returns rows sent. */
    public int deliverDue() {
        if (settings.events().contains(ConnectorEvent.RECEIVED)) {
            long now = clock.millis();
            int swept = db.write(c -> store.sweepAwaitingCodes(c, agencyCode, now - SWEEP_AFTER_MS, now));
            if (swept > 0) {
                LOG.warn("Provincial outbox: {} received dossier(s) awaiting their official code had no outbox row; "
                        + "added", swept);
            }
        }
        int sent = 0;
        while (true) {
            long now = clock.millis();
            List<OutboxStore.Claim> claims = db.write(c -> store.claim(c, db.dialect(), owner, now,
                    now + settings.lease().toMillis(), BATCH));
            for (OutboxStore.Claim claim : claims) {
                deliver(claim);
                sent++;
            }
            if (claims.size() < BATCH) {
                break;
            }
        }
        applyCodes();
        return sent;
    }

    private void deliver(OutboxStore.Claim claim) {
        Optional<Submission> submission = source.submission(claim.dossierCode(), claim.event(),
                claim.idempotencyKey());
        if (submission.isEmpty()) {
            LOG.warn("Provincial outbox: dossier {} is not on this server (or its data was erased); {} not sent",
                    claim.dossierCode(), claim.event().code());
            db.write(c -> {
                store.failed(c, claim.id(), owner, "the dossier is not on this server or its data was erased");
                return null;
            });
            return;
        }
        try {
            ProvincialSystem.Acceptance a = system.send(submission.get());
            boolean mine = db.write(c -> {
                store.delivered(c, claim.id(), owner, a.officialCode(), clock.millis());
                return a.officialCode() != null && store.claimCode(c, claim.id());
            });
            if (mine) {
                applyCode(claim.id(), claim.dossierCode(), a.officialCode());
            }
            LOG.info("Provincial outbox: {} of dossier {} delivered{} (attempt {})", claim.event().code(),
                    claim.dossierCode(), a.replayed() ? " (the provincial system had it already)" : "",
                    claim.attempts());
        } catch (ProvincialRefusal e) {
            LOG.warn("Provincial outbox: {} of dossier {} {}", claim.event().code(), claim.dossierCode(),
                    e.logText());
            db.write(c -> {
                store.failed(c, claim.id(), owner, e.getMessage());
                return null;
            });
        } catch (ProvincialUnavailable e) {
            long next = clock.millis() + backoff.delay(claim.attempts()).toMillis();
            LOG.warn("Provincial outbox: {} of dossier {} not delivered (attempt {}), retried in {} s: {}",
                    claim.event().code(), claim.dossierCode(), claim.attempts(), (next - clock.millis()) / 1000,
                    e.logText());
            db.write(c -> {
                store.retryLater(c, claim.id(), owner, e.getMessage(), next);
                return null;
            });
        }
    }

    /** Official codes a worker that died after delivering did not set (older than a lease), claimed one by one. */
    private void applyCodes() {
        long before = clock.millis() - settings.lease().toMillis();
        for (String[] row : db.read(c -> store.codesToApply(c, before, 50))) {
            if (db.write(c -> store.claimCode(c, row[0]))) {
                applyCode(row[0], row[1], row[2]);
            }
        }
    }

    private void applyCode(String id, String dossierCode, String officialCode) {
        try {
            dossiers.assignOfficialCode(dossierCode, officialCode);
        } catch (RuntimeException e) {
            String error = "the official code " + officialCode + " could not be set on the dossier: "
                    + e.getMessage();
            LOG.warn("Provincial outbox: dossier {}: {}", dossierCode, error);
            db.write(c -> {
                store.codeNotApplied(c, id, error);
                return null;
            });
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
