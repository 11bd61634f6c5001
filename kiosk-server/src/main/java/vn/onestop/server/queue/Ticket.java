package vn.onestop.server.queue;

/** A stored ticket. Instants are epoch milliseconds; {@code serviceCode} is the queue it waits in now. */
public record Ticket(String id, String issueService, String serviceCode, String serviceDay, int number,
        String priorityClass, int priorityRank, TicketStatus status, long issuedAt, Long calledAt, Long servingAt,
        Long finishedAt, String counterId, int recallCount, String transferredFrom, String voidReason) {

    /** The number as printed: the issuing service's prefix and three digits, e.g. "A015". */
    public String displayNumber() {
        return issueService + String.format(java.util.Locale.ROOT, "%03d", number);
    }
}
