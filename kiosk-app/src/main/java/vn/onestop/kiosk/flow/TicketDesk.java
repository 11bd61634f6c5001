package vn.onestop.kiosk.flow;

import java.util.function.Consumer;

/**
 * Issues and prints tickets for the flow. {@link #order} returns at once; the work runs on device and
 * network threads, and {@code onDone} is called exactly once, on the thread that runs the flow.
 */
public interface TicketDesk {
    void order(TicketOrder order, Consumer<TicketOutcome> onDone);
}
