package vn.onestop.server.connector;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.server.db.Database;
import vn.onestop.server.dossier.DossierEvents;

/**
 * The connector to the provincial dossier system, as the rest of the server sees it: dossier events go into the
 * outbox (in the caller's transaction, or idempotently right after it), the worker delivers them, technicians see
 * the backlog and retry rows. Switched off ({@code connector.enabled=false}, the default) it records nothing and
 * officials type the official code.
 */
public final class ProvincialConnector implements DossierEvents, AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(ProvincialConnector.class);
    private final ConnectorSettings settings;
    private final Database db;
    private final Clock clock;
    private final ZoneId zone;
    private final String agencyCode;
    private final OutboxStore store = new OutboxStore();
    private final ProvincialSystem system;
    private final DossierSource source;
    private final Backoff backoff;
    private volatile ProvincialOutboxWorker worker;

    /** The technician's view: counts and the rows not delivered. */
    public record Backlog(boolean enabled, String target, long pending, long failing, long failed,
            long deliveredToday, List<OutboxStore.Row> rows) {}

    public ProvincialConnector(ConnectorSettings settings, Database db, Clock clock, ZoneId zone, String agencyCode,
            ProvincialSystem system, DossierSource source, Backoff backoff) {
        this.settings = settings;
        this.db = db;
        this.clock = clock;
        this.zone = zone;
        this.agencyCode = agencyCode;
        this.system = system;
        this.source = source;
        this.backoff = backoff;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** True when the provincial system issues the official codes (the connector is on and sends receptions). */
    public boolean issuesOfficialCodes() {
        return settings.enabled() && settings.events().contains(ConnectorEvent.RECEIVED);
    }

    /**
     * Records {@code event} of a dossier in the outbox inside the caller's write transaction (sent once it
     * commits). Does nothing when the connector is off or the event is not sent.
     */
    public void record(Connection c, String dossierCode, ConnectorEvent event) throws SQLException {
        if (sends(event) && store.enqueue(c, agencyCode, dossierCode, event, clock.millis())) {
            db.afterCommit(this::wake);
        }
    }

    /**
     * Records {@code event} after the dossier change has committed (idempotent: a second call adds nothing). Never
     * throws: a failure is logged, and the change stands.
     */
    public void recordAfter(String dossierCode, ConnectorEvent event) {
        if (!sends(event)) {
            return;
        }
        try {
            if (db.write(c -> store.enqueue(c, agencyCode, dossierCode, event, clock.millis()))) {
                wake();
            }
        } catch (RuntimeException e) {
            LOG.error("Provincial outbox: {} of dossier {} could not be recorded: {}", event.code(), dossierCode,
                    e.getMessage(), e);
        }
    }

    @Override
    public void prepared(String preparationCode) {
        recordAfter(preparationCode, ConnectorEvent.PREPARED);
    }

    @Override
    public void received(String preparationCode) {
        recordAfter(preparationCode, ConnectorEvent.RECEIVED);
    }

    @Override
    public void supplementRequested(String preparationCode) {
        recordAfter(preparationCode, ConnectorEvent.SUPPLEMENT_REQUESTED);
    }

    @Override
    public void refused(String preparationCode) {
        recordAfter(preparationCode, ConnectorEvent.REFUSED);
    }

    @Override
    public boolean assignsOfficialCodes() {
        return issuesOfficialCodes();
    }

    private boolean sends(ConnectorEvent event) {
        return settings.enabled() && settings.events().contains(event);
    }

    /** The backlog for the technician page. */
    public Backlog backlog() {
        return backlog(vn.onestop.server.centre.Centre.PROVINCE);
    }

    /** The backlog of the centre {@code centreId}'s dossiers ({@code "*"}: every centre's), issue 21. */
    public Backlog backlog(String centreId) {
        long startOfDay = LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant().toEpochMilli();
        return db.read(c -> new Backlog(settings.enabled(), settings.enabled() ? settings.baseUrl().toString() : null,
                store.count(c, OutboxStore.PENDING, centreId), store.failing(c, centreId),
                store.count(c, OutboxStore.FAILED, centreId), store.deliveredSince(c, startOfDay, centreId),
                store.backlog(c, 200, centreId)));
    }

    /** The outbox rows of one dossier (for tests and support). */
    public List<OutboxStore.Row> rows(String dossierCode) {
        return db.read(c -> store.ofDossier(c, dossierCode));
    }

    /** A technician's "retry now": false when no pending or failed row has this id. */
    public boolean retryNow(String id) {
        return retryNow(id, vn.onestop.server.centre.Centre.PROVINCE);
    }

    /** A technician's "retry now" of a row of the centre {@code centreId}'s dossiers (another centre's: false). */
    public boolean retryNow(String id, String centreId) {
        boolean done = db.write(c -> store.retryNow(c, id, clock.millis(), centreId));
        if (done) {
            wake();
        }
        return done;
    }

    private void wake() {
        ProvincialOutboxWorker w = worker;
        if (w != null) {
            w.wake();
        }
    }

    /** One delivery round now, on the caller's thread (tests; the worker runs rounds on its own thread). */
    public int deliverDue() {
        ProvincialOutboxWorker w = worker;
        return w == null ? 0 : w.deliverDue();
    }

    /** Starts the delivery worker (when on), which sets official codes and statuses through {@code dossiers}. */
    public synchronized void start(DossierUpdates dossiers) {
        if (settings.enabled() && worker == null) {
            worker = new ProvincialOutboxWorker(db, store, system, source, dossiers, backoff, clock, settings,
                    agencyCode);
            worker.start();
            LOG.info("Provincial connector on: dossier events {} go to {}", settings.events(), settings.baseUrl());
        }
    }

    @Override
    public void close() {
        ProvincialOutboxWorker w = worker;
        if (w != null) {
            w.close();
        }
    }
}
