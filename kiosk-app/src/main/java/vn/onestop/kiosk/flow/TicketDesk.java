package vn.onestop.kiosk.flow;

import java.util.function.Consumer;

/**
 * Issues and prints tickets for the flow. {@link #order} returns at once; the work runs on device and
 * network threads, and {@code onDone} is called exactly once, on the thread that runs the flow.
 */
public interface TicketDesk {
    void order(TicketOrder order, Consumer<TicketOutcome> onDone);

    /**
     * Checks a booking in by its code (issue 24) and prints its ticket like any ticket; {@code onDone} gets the note
     * to show (null when no ticket was issued) and the outcome, once, on the flow's thread. A desk without a server
     * answers "not issued".
     */
    default void checkIn(String code, java.util.function.BiConsumer<BookingNote, TicketOutcome> onDone) {
        onDone.accept(null, new TicketOutcome.NotIssued("booking-offline"));
    }
}
