package vn.onestop.core.wire;

import java.time.Instant;

/**
 * A ticket as the kiosk prints it and staff see it. {@code displayNumber} is prefix + number (e.g. "A015");
 * {@code peopleAhead} and {@code estimatedWaitMinutes} are computed when the view is made. {@code followUrl}
 * (issue 24) is the link a citizen's phone opens to follow the ticket, printed in the ticket's QR; it is only in the
 * answer to issuing a ticket, and null when the centre has not opened the server to phones, when the ticket was
 * issued offline, and in every other answer (a kiosk that does not know the field ignores it).
 */
public record TicketView(String id, String displayNumber, int number, String serviceCode, String serviceNameVi,
        String priorityClass, String status, Instant issuedAt, String serviceDay, String counterId,
        int peopleAhead, int estimatedWaitMinutes, String followUrl) {

    /** A view without a link for phones. */
    public TicketView(String id, String displayNumber, int number, String serviceCode, String serviceNameVi,
            String priorityClass, String status, Instant issuedAt, String serviceDay, String counterId,
            int peopleAhead, int estimatedWaitMinutes) {
        this(id, displayNumber, number, serviceCode, serviceNameVi, priorityClass, status, issuedAt, serviceDay,
                counterId, peopleAhead, estimatedWaitMinutes, null);
    }

    /** The same view carrying a link for phones. */
    public TicketView withFollowUrl(String url) {
        return new TicketView(id, displayNumber, number, serviceCode, serviceNameVi, priorityClass, status, issuedAt,
                serviceDay, counterId, peopleAhead, estimatedWaitMinutes, url);
    }
}
