package vn.onestop.kiosk.flow;

import java.util.Optional;
import vn.onestop.core.booking.BookingCodeText;

/**
 * Booking check-in at the kiosk (issue 24, no Swing): a booking's QR code scanned, or its code typed on the lookup
 * screen, checks the booking in and prints its ticket like any ticket; the done screen then says whether it is called
 * before walk-ins or why not. Part of {@link KioskFlow}: same thread, same rules.
 */
public final class BookingCheckInFlow {
    private final KioskFlow host;
    private final TicketDesk desk;
    /** What the done screen says about the booking just checked in; null for any other ticket. */
    private BookingNote note;

    BookingCheckInFlow(KioskFlow host, TicketDesk desk) {
        this.host = host;
        this.desk = desk;
    }

    /**
     * A booking's code (its QR text or the typed code): between sessions (attract, identify, lookup, the end screens
     * and a failed check-in) it is checked in; elsewhere it is ignored so a session in progress is never lost.
     */
    public void scanned(String text) {
        FlowState state = host.state();
        Optional<String> code = BookingCodeText.normalize(text);
        if (code.isEmpty() || !(host.betweenSessions()
                || state.step() == Step.FAILED && state.procedure() == null)) {
            return;
        }
        FlowState fresh = host.fresh();
        if (!state.printer().canPrint()) {
            host.set(fresh.withResult(null, "printer").withStep(Step.FAILED));
            return;
        }
        note = null;
        host.set(fresh.withStep(Step.PRINTING));
        desk.checkIn(code.get(), (answer, outcome) -> {
            if (host.state().step() == Step.PRINTING) {
                note = answer;
            }
            host.ticketDone(outcome);
        });
    }

    /** What the done screen says about the booking whose ticket it shows, or null for any other ticket. */
    public BookingNote note() {
        return host.state().step() == Step.DONE ? note : null;
    }

    /** The flow left the check-in's printing and done screens: the note is dropped. */
    void clear() {
        note = null;
    }
}
