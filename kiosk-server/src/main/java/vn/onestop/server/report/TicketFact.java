package vn.onestop.server.report;

/** One ticket as reports see it: times in epoch milliseconds, null when the step did not happen. */
record TicketFact(String serviceDay, String serviceCode, String counterId, String status, long issuedAt,
        Long calledAt, Long finishedAt) {

    /** Minutes from issue to first call, or null when never called. */
    Double waitMinutes() {
        return calledAt == null ? null : (calledAt - issuedAt) / 60_000.0;
    }

    /** Minutes from call to completion, for tickets served to the end. */
    Double serviceMinutes() {
        return calledAt == null || finishedAt == null || !"done".equals(status) ? null
                : (finishedAt - calledAt) / 60_000.0;
    }
}
