package vn.onestop.kiosk.desk;

import java.util.concurrent.CompletableFuture;
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
    private final AtomicReference<CompletableFuture<TicketPrinter>> current;

    public PrinterSlot(TicketPrinter initial) {
        this(CompletableFuture.completedFuture(initial));
    }

    /** A printer still being built (fonts, profile) while the window opens; calls wait for it. */
    public PrinterSlot(CompletableFuture<TicketPrinter> starting) {
        this.current = new AtomicReference<>(starting);
    }

    public void replace(TicketPrinter next) {
        CompletableFuture<TicketPrinter> old = current.getAndSet(CompletableFuture.completedFuture(next));
        old.thenAccept(p -> {
            if (p != next) {
                p.close();
            }
        });
    }

    /** The printer; waits while it is still being built (so never on the event thread at start). */
    public TicketPrinter current() {
        return current.get().join();
    }

    /** Runs {@code action} once the printer is built. */
    public void whenReady(java.util.function.Consumer<TicketPrinter> action) {
        current.get().thenAccept(action);
    }

    @Override
    public void print(TicketDocument ticket) throws PrinterException {
        try {
            current().print(ticket);
        } catch (java.util.concurrent.CompletionException e) {
            throw new PrinterException("The printer could not be set up: " + e.getCause().getMessage()
                    + " (fix it in technician mode)", PrinterStatus.noAnswer(), e.getCause());
        }
    }

    /** The printer's status; a printer that could not be set up does not answer. */
    @Override
    public PrinterStatus status() {
        try {
            return current().status();
        } catch (java.util.concurrent.CompletionException e) {
            return PrinterStatus.noAnswer();
        }
    }

    @Override
    public void close() {
        current.get().thenAccept(TicketPrinter::close);
    }
}
