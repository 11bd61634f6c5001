package vn.onestop.server.connector;

import java.util.List;

/**
 * The provincial system refused a submission for good (a malformed dossier, 4xx): retrying the same data will not
 * help, so the outbox marks the row failed with these reasons until a technician asks for a retry after a fix.
 */
public final class ProvincialRefusal extends Exception {
    private final int status;
    private final List<String> reasons;

    public ProvincialRefusal(int status, List<String> reasons) {
        super("refused (" + status + "): " + String.join("; ", reasons));
        this.status = status;
        this.reasons = List.copyOf(reasons);
    }

    public int status() {
        return status;
    }

    public List<String> reasons() {
        return reasons;
    }

    /** For log lines: the status and how many reasons, never their text (a real system may quote the applicant). */
    public String logText() {
        return "refused (" + status + ") with " + reasons.size() + " reason(s), shown on the technician page";
    }
}
