package vn.onestop.server;

import vn.onestop.server.connector.Backoff;
import vn.onestop.server.connector.ConnectorApi;
import vn.onestop.server.connector.ConnectorSettings;
import vn.onestop.server.connector.DossierServiceUpdates;
import vn.onestop.server.connector.DossierTableSource;
import vn.onestop.server.connector.HttpProvincialSystem;
import vn.onestop.server.connector.ProvincialConnector;
import vn.onestop.server.connector.Signatures;
import vn.onestop.server.connector.StatusChanges;
import vn.onestop.server.connector.Submission;
import vn.onestop.server.http.RouteTable;

/** The connector to the provincial dossier system (issue 22): off unless configured; signed both ways when on. */
record ConnectorFeature(ProvincialConnector connector, Signatures signatures) {

    static ConnectorFeature wire(Platform p, ConnectorSettings settings, DossierTableSource.DocumentFiles documents) {
        ServerConfig config = p.config();
        Signatures signatures = settings.enabled() ? new Signatures(settings.secret(),
                settings.signatureToleranceSeconds()) : null;
        ProvincialConnector connector = new ProvincialConnector(settings, p.db(), p.clock(), config.zone(),
                config.agencyCode(), signatures == null ? null : new HttpProvincialSystem(settings.baseUrl(),
                        signatures, p.json(), p.clock(), settings.timeout()),
                new DossierTableSource(p.db(), p.json(), new Submission.Centre(config.agencyCode(),
                        config.centreName()), config.zone(), documents).withCentres(p.centres()),
                new Backoff(settings.retryInitial(), settings.retryCap(), new java.security.SecureRandom()));
        return new ConnectorFeature(connector, signatures);
    }

    /** The provincial system's status callbacks and the admin's view of the outbox. */
    void register(RouteTable r, Platform p, Callers callers, DossierServiceUpdates updates) {
        new ConnectorApi(connector, new StatusChanges(p.db(), updates, p.clock()), signatures, p.audit(), p.json(),
                callers.secretAttempts(), p.clock()).register(r);
    }
}
