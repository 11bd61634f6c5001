package vn.onestop.device.printer;

/**
 * A receipt printer as the kiosk sees it. Every call blocks the calling thread (never call it on the
 * Swing event thread) and either succeeds or throws a {@link PrinterException} naming the cause.
 */
public interface TicketPrinter extends AutoCloseable {

    /**
     * Prints and cuts one ticket. Returns only when the printer reported that all is well after the
     * ticket; otherwise throws with the status seen (paper out, cover open, no answer...).
     */
    void print(TicketDocument ticket) throws PrinterException;

    /** Asks the printer for its real-time status; a printer that does not answer gives {@link PrinterStatus#noAnswer()}. */
    PrinterStatus status();

    /** Releases the port. */
    @Override
    void close();
}
