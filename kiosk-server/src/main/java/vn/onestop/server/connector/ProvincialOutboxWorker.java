package vn.onestop.server.connector;

import java.time.Clock;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.server.db.Database;
import vn.onestop.server.outbox.OutboxWorker;

/**
 * Delivers the provincial outbox (the loop, leases and thread are the shared {@link OutboxWorker}'s): each claimed
 * row is sent to the provincial system and its outcome recorded (delivered with the official code; refused for good;
 * or retried later with back-off). A process that dies mid-send leaves its lease to run out, and the row is sent again
 * under the same idempotency key, which the provincial system answers without registering it twice. Before each round
 * it adds rows the reception hook missed; after it, it sets official codes a dead worker did not. Log lines name
 * dossier codes and events only, never personal data.
 */
public final class ProvincialOutboxWorker extends OutboxWorker<OutboxStore.Claim> {
    private static final Logger LOG = LogManager.getLogger(ProvincialOutboxWorker.class);
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

    public ProvincialOutboxWorker(Database db, OutboxStore store, ProvincialSystem system, DossierSource source,
            DossierUpdates dossiers, Backoff backoff, Clock clock, ConnectorSettings settings, String agencyCode) {
        super("Provincial outbox", "provincial-outbox", LOG, db, clock, settings.poll(), settings.lease(),
                store::claim);
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

    /** Adds the outbox rows of receptions the hook missed (when receptions are sent). */
    @Override
    protected void beforeRound() {
        if (settings.events().contains(ConnectorEvent.RECEIVED)) {
            long now = clock.millis();
            int swept = db.write(c -> store.sweepAwaitingCodes(c, agencyCode, now - SWEEP_AFTER_MS, now));
            if (swept > 0) {
                LOG.warn("Provincial outbox: {} received dossier(s) awaiting their official code had no outbox row; "
                        + "added", swept);
            }
        }
    }

    @Override
    protected void afterRound() {
        applyCodes();
    }

    @Override
    protected void deliver(OutboxStore.Claim claim) {
        Optional<Submission> submission = source.submission(claim.dossierCode(), claim.event(),
                claim.idempotencyKey());
        if (submission.isEmpty()) {
            LOG.warn("Provincial outbox: dossier {} is not on this server (or its data was erased); {} not sent",
                    claim.dossierCode(), claim.event().code());
            db.write(c -> {
                store.failed(c, claim.id(), owner(), "the dossier is not on this server or its data was erased");
                return null;
            });
            return;
        }
        try {
            ProvincialSystem.Acceptance a = system.send(submission.get());
            boolean mine = db.write(c -> {
                store.delivered(c, claim.id(), owner(), a.officialCode(), clock.millis());
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
                store.failed(c, claim.id(), owner(), e.getMessage());
                return null;
            });
        } catch (ProvincialUnavailable e) {
            long next = clock.millis() + backoff.delay(claim.attempts()).toMillis();
            LOG.warn("Provincial outbox: {} of dossier {} not delivered (attempt {}), retried in {} s: {}",
                    claim.event().code(), claim.dossierCode(), claim.attempts(), (next - clock.millis()) / 1000,
                    e.logText());
            db.write(c -> {
                store.retryLater(c, claim.id(), owner(), e.getMessage(), next);
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
}
