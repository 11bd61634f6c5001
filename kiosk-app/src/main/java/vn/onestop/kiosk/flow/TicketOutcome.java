package vn.onestop.kiosk.flow;

/** How one ticket order ended. */
public sealed interface TicketOutcome {

    /** The ticket was issued and printed: the citizen holds it. */
    record Printed(IssuedTicket ticket) implements TicketOutcome {}

    /**
     * The ticket was issued but could not be printed; it was voided (online) or withdrawn from the outbox
     * (offline), so it is not in the queue. {@code reason} is a stable code for the screen ("paper-out"...).
     */
    record PrintFailed(String reason) implements TicketOutcome {}

    /** No ticket could be issued at all (e.g. a refused request); {@code reason} is a stable code. */
    record NotIssued(String reason) implements TicketOutcome {}
}
