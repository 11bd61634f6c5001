package vn.onestop.server.connector;

import java.util.Optional;

/** Where the connector reads what it sends: a dossier's data and documents for one event, built at send time. */
public interface DossierSource {
    /**
     * The submission of {@code event} for dossier {@code dossierCode} under {@code idempotencyKey}, or empty when the
     * server has no such dossier (or its personal data was erased): the outbox then marks the row failed.
     */
    Optional<Submission> submission(String dossierCode, ConnectorEvent event, String idempotencyKey);
}
