package vn.onestop.server.connector;

/**
 * The provincial system could not be reached or answered that it cannot take the submission now (connection
 * refused, time-out, 5xx, 429, a refused signature): the outbox retries with back-off.
 */
public final class ProvincialUnavailable extends Exception {
    private final String logText;

    public ProvincialUnavailable(String message) {
        this(message, message, null);
    }

    public ProvincialUnavailable(String message, Throwable cause) {
        this(message, message, cause);
    }

    /**
     * {@code logText} is what a log line may show: the provincial system's own words (which may quote the
     * applicant) stay in {@code message}, kept in the outbox for the technician page, out of the logs.
     */
    public ProvincialUnavailable(String message, String logText, Throwable cause) {
        super(message, cause);
        this.logText = logText;
    }

    public String logText() {
        return logText;
    }
}
