package vn.onestop.core.ticket;

/** A text is not a well-formed ticket number; the message says why without quoting the text. */
public class TicketNumberException extends IllegalArgumentException {

    public TicketNumberException(String reason) {
        super(reason);
    }
}
