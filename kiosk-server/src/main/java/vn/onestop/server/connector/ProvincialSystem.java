package vn.onestop.server.connector;

/**
 * The port to the provincial dossier system (docs/provincial-connector.md). A submission carries an idempotency key
 * per dossier and event; sending the same key again must give the same answer without registering anything twice,
 * which is what lets the outbox retry after any failure. Status changes come the other way, pushed to the server's
 * callback route ({@link ConnectorApi}). Blocks up to the configured time-out; never called on a request thread.
 */
public interface ProvincialSystem {
    /**
     * Sends one event of a dossier.
     *
     * @return the provincial system's answer: the official dossier code once it has registered the dossier
     * @throws ProvincialRefusal when the submission is refused for good (malformed; 4xx with reasons)
     * @throws ProvincialUnavailable when it could not be delivered now (to be retried)
     */
    Acceptance send(Submission submission) throws ProvincialRefusal, ProvincialUnavailable;

    /** The provincial system's answer to an accepted submission; {@code replayed} when it had it already. */
    record Acceptance(String officialCode, String status, boolean replayed) {}
}
