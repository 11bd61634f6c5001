package vn.onestop.server.connector;

/**
 * The provincial system could not be reached or answered that it cannot take the submission now (connection
 * refused, time-out, 5xx, 429, a refused signature): the outbox retries with back-off.
 */
public final class ProvincialUnavailable extends Exception {
    public ProvincialUnavailable(String message) {
        super(message);
    }

    public ProvincialUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
