package vn.onestop.server.queue;

import vn.onestop.core.ticket.TicketNumber;

/**
 * A stored ticket. Instants are epoch milliseconds; {@code serviceCode} is the queue it waits in now.
 * {@code offlineNumber} is the number a kiosk printed while it was offline (e.g. "K1-A001"), null otherwise;
 * {@code centreId} the centre whose queue it is in (numbers are unique per centre, service and day).
 */
public record Ticket(String id, String issueService, String serviceCode, String serviceDay, int number,
        String priorityClass, int priorityRank, TicketStatus status, long issuedAt, Long calledAt, Long servingAt,
        Long finishedAt, String counterId, int recallCount, String transferredFrom, String voidReason,
        String offlineNumber, String centreId) {

    /** A ticket of the centre 'main'. */
    public Ticket(String id, String issueService, String serviceCode, String serviceDay, int number,
            String priorityClass, int priorityRank, TicketStatus status, long issuedAt, Long calledAt, Long servingAt,
            Long finishedAt, String counterId, int recallCount, String transferredFrom, String voidReason,
            String offlineNumber) {
        this(id, issueService, serviceCode, serviceDay, number, priorityClass, priorityRank, status, issuedAt,
                calledAt, servingAt, finishedAt, counterId, recallCount, transferredFrom, voidReason, offlineNumber,
                vn.onestop.server.centre.Centre.MAIN);
    }

    /** A ticket of the centre 'main' issued by the server itself. */
    public Ticket(String id, String issueService, String serviceCode, String serviceDay, int number,
            String priorityClass, int priorityRank, TicketStatus status, long issuedAt, Long calledAt, Long servingAt,
            Long finishedAt, String counterId, int recallCount, String transferredFrom, String voidReason) {
        this(id, issueService, serviceCode, serviceDay, number, priorityClass, priorityRank, status, issuedAt,
                calledAt, servingAt, finishedAt, counterId, recallCount, transferredFrom, voidReason, null);
    }

    /**
     * The number as printed on the citizen's ticket: the issuing service's prefix and three digits, e.g. "A015",
     * or the kiosk's own number for a ticket issued offline, e.g. "K1-A001" (counters and the display call it so).
     */
    public String displayNumber() {
        return TicketNumber.display(issueService, number, offlineNumber);
    }

    /** The same ticket with its offline number. */
    Ticket withOfflineNumber(String printed) {
        return new Ticket(id, issueService, serviceCode, serviceDay, number, priorityClass, priorityRank, status,
                issuedAt, calledAt, servingAt, finishedAt, counterId, recallCount, transferredFrom, voidReason,
                printed, centreId);
    }
}
