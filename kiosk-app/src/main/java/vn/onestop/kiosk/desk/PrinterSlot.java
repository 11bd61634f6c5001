package vn.onestop.kiosk.desk;

import java.util.concurrent.atomic.AtomicReference;
import vn.onestop.device.printer.PrinterException;
import vn.onestop.device.printer.PrinterStatus;
import vn.onestop.device.printer.TicketDocument;
import vn.onestop.device.printer.TicketPrinter;

/**
 * The printer in use, replaceable when a technician saves new settings (the old one is closed).
 * Calls block like {@link TicketPrinter}'s; run them on the printer thread only.
 */
public final class PrinterSlot implements TicketPrinter {
    private final AtomicReference<TicketPrinter> current;

    public PrinterSlot(TicketPrinter initial) {
        this.current = new AtomicReference<>(initial);
    }

    public void replace(TicketPrinter next) {
        TicketPrinter old = current.getAndSet(next);
        if (old != null && old != next) {
            old.close();
        }
    }

    public TicketPrinter current() {
        return current.get();
    }

    @Override
    public void print(TicketDocument ticket) throws PrinterException {
        current.get().print(ticket);
    }

    @Override
    public PrinterStatus status() {
        return current.get().status();
    }

    @Override
    public void close() {
        current.get().close();
    }
}
