package vn.onestop.kiosk.flow;

import java.time.Instant;
import java.util.Objects;

/**
 * A ticket the citizen holds. {@code offline} tickets were numbered by this kiosk while the server could
 * not be reached (their number carries the kiosk's offline prefix); {@code peopleAhead} and
 * {@code waitMinutes} are -1 when unknown.
 */
public record IssuedTicket(String id, String displayNumber, String serviceCode, String priorityClass,
        int peopleAhead, int waitMinutes, Instant issuedAt, boolean offline) {
    public IssuedTicket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayNumber, "displayNumber");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    public boolean waitKnown() {
        return peopleAhead >= 0 && waitMinutes >= 0;
    }
}
