package vn.onestop.kiosk.flow;

import java.time.Instant;
import java.util.Objects;

/**
 * A ticket the citizen holds. {@code offline} tickets were numbered by this kiosk while the server could
 * not be reached (their number carries the kiosk's offline prefix); {@code peopleAhead} and
 * {@code waitMinutes} are -1 when unknown. {@code followUrl} is the link for the citizen's phone the server gave
 * (issue 24), printed in the ticket's QR code; null when the centre keeps phones out or the ticket was issued offline.
 */
public record IssuedTicket(String id, String displayNumber, String serviceCode, String priorityClass,
        int peopleAhead, int waitMinutes, Instant issuedAt, boolean offline, String followUrl) {
    public IssuedTicket {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayNumber, "displayNumber");
        Objects.requireNonNull(issuedAt, "issuedAt");
    }

    /** A ticket without a link for phones. */
    public IssuedTicket(String id, String displayNumber, String serviceCode, String priorityClass, int peopleAhead,
            int waitMinutes, Instant issuedAt, boolean offline) {
        this(id, displayNumber, serviceCode, priorityClass, peopleAhead, waitMinutes, issuedAt, offline, null);
    }

    public boolean waitKnown() {
        return peopleAhead >= 0 && waitMinutes >= 0;
    }
}
