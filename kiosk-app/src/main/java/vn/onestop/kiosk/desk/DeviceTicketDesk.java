package vn.onestop.kiosk.desk;

import java.time.Clock;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.wire.IssueTicketRequest;
import vn.onestop.core.wire.TicketView;
import vn.onestop.device.printer.PrinterException;
import vn.onestop.kiosk.flow.IssuedTicket;
import vn.onestop.kiosk.flow.TicketDesk;
import vn.onestop.kiosk.flow.TicketOrder;
import vn.onestop.kiosk.flow.TicketOutcome;
import vn.onestop.kiosk.outbox.OfflineTicket;
import vn.onestop.kiosk.outbox.OutboxException;
import vn.onestop.kiosk.server.ServerRefusedException;
import vn.onestop.kiosk.server.ServerUnavailableException;

/**
 * Issue, print, then confirm: the ticket is issued on the server (or offline in the outbox when the
 * server cannot be reached), printed on the printer thread, and voided or withdrawn if the print fails,
 * so a ticket exists only if the citizen holds it. Results reach the flow through {@code ui}.
 */
public final class DeviceTicketDesk implements TicketDesk {
    /** Log4j starts on first use: after the window opens (see the kiosk's LoggingSetup), not when this loads. */
    private static final class Log {
        static final Logger LOG = LogManager.getLogger(DeviceTicketDesk.class);
    }
    private final ServerLink server;
    private final PrinterSlot printer;
    private final PrinterMonitor monitor;
    private final TicketLayout layout;
    private final ExecutorService printerThread;
    private final Executor ui;
    private final Clock clock;

    public DeviceTicketDesk(ServerLink server, PrinterSlot printer, PrinterMonitor monitor, TicketLayout layout,
            ExecutorService printerThread, Executor ui, Clock clock) {
        this.server = server;
        this.printer = printer;
        this.monitor = monitor;
        this.layout = layout;
        this.printerThread = printerThread;
        this.ui = ui;
        this.clock = clock;
    }

    @Override
    public void order(TicketOrder order, Consumer<TicketOutcome> onDone) {
        server.executor().execute(() -> issue(order, onDone));
    }

    @Override
    public void checkIn(String code, java.util.function.BiConsumer<vn.onestop.kiosk.flow.BookingNote, TicketOutcome>
            onDone) {
        server.executor().execute(() -> checkInNow(code, onDone));
    }

    /**
     * A booking's check-in (issue 24): the server issues its ticket (the appointment class within the slot window),
     * printed like any ticket and voided if the print fails. Bookings are checked online only: offline the citizen is
     * told to take a normal ticket.
     */
    private void checkInNow(String code, java.util.function.BiConsumer<vn.onestop.kiosk.flow.BookingNote,
            TicketOutcome> onDone) {
        vn.onestop.core.wire.BookingCheckIn in;
        try {
            in = server.client().checkInBooking(code);
            server.reachable(true);
        } catch (ServerUnavailableException e) {
            server.reachable(false);
            ui.execute(() -> onDone.accept(null, new TicketOutcome.NotIssued("booking-offline")));
            return;
        } catch (ServerRefusedException e) {
            String reason = e.status() == 404 ? "booking-unknown" : e.status() == 409 ? "booking-closed" : "refused";
            Log.LOG.warn("Booking not checked in ({}): {}", e.status(), reason);
            ui.execute(() -> onDone.accept(null, new TicketOutcome.NotIssued(reason)));
            return;
        }
        TicketView v = in.ticket();
        String priority = "normal".equals(v.priorityClass()) ? null : v.priorityClass();
        IssuedTicket ticket = new IssuedTicket(v.id(), v.displayNumber(), v.serviceCode(), priority, v.peopleAhead(),
                v.estimatedWaitMinutes(), v.issuedAt() == null ? clock.instant() : v.issuedAt(), false);
        vn.onestop.kiosk.flow.BookingNote note = new vn.onestop.kiosk.flow.BookingNote(in.onTime(), in.reason(),
                in.day(), in.slotStart(), in.slotEnd());
        TicketOrder order = new TicketOrder("booking-" + v.id(), v.serviceCode(), priority, null, null, null);
        printerThread.execute(() -> print(ticket, order, outcome -> onDone.accept(note, outcome)));
    }

    private void issue(TicketOrder order, Consumer<TicketOutcome> onDone) {
        IssuedTicket ticket;
        try {
            ticket = online(order);
            server.reachable(true);
        } catch (ServerUnavailableException e) {
            server.reachable(false);
            ticket = offline(order, onDone);
        } catch (ServerRefusedException e) {
            if (e.status() == 401 || e.status() == 403) {
                Log.LOG.warn("Server refused the kiosk ({}): issuing offline until it is enrolled", e.getMessage());
                ticket = offline(order, onDone);
            } else {
                Log.LOG.warn("Ticket not issued: {}", e.getMessage());
                ui.execute(() -> onDone.accept(new TicketOutcome.NotIssued("refused")));
                return;
            }
        }
        if (ticket != null) {
            IssuedTicket issued = ticket;
            printerThread.execute(() -> print(issued, order, onDone));
        }
    }

    private IssuedTicket online(TicketOrder order) throws ServerUnavailableException, ServerRefusedException {
        TicketView v = server.client().issue(new IssueTicketRequest(order.idempotencyKey(), order.serviceCode(),
                order.priorityClass()));
        String priority = "normal".equals(v.priorityClass()) ? null : v.priorityClass();
        return new IssuedTicket(v.id(), v.displayNumber(), v.serviceCode(), priority, v.peopleAhead(),
                v.estimatedWaitMinutes(), v.issuedAt() == null ? clock.instant() : v.issuedAt(), false,
                followUrl(v.followUrl()));
    }

    /**
     * The server's link for phones if it is one a QR may carry (http(s), short, printable ASCII), else null: a
     * ticket is never refused or misprinted over its link.
     */
    static String followUrl(String url) {
        if (url == null || url.length() > 200 || !url.matches("https?://[\\x21-\\x7e]+")) {
            return null;
        }
        return url;
    }

    private IssuedTicket offline(TicketOrder order, Consumer<TicketOutcome> onDone) {
        try {
            OfflineTicket t = server.outbox().issue(order);
            return new IssuedTicket(t.idempotencyKey(), t.displayNumber(), t.serviceCode(), t.priorityClass(), -1,
                    -1, t.issuedAt(), true);
        } catch (OutboxException e) {
            Log.LOG.error("No ticket: the server is unreachable and the outbox failed: {}", e.getMessage());
            ui.execute(() -> onDone.accept(new TicketOutcome.NotIssued("refused")));
            return null;
        }
    }

    private void print(IssuedTicket ticket, TicketOrder order, Consumer<TicketOutcome> onDone) {
        try {
            printer.print(layout.document(ticket, order));
            Log.LOG.info("Ticket {} printed{}", ticket.displayNumber(), ticket.offline() ? " (offline)" : "");
            ui.execute(() -> onDone.accept(new TicketOutcome.Printed(ticket)));
        } catch (PrinterException e) {
            Log.LOG.warn("Ticket {} not printed: {}", ticket.displayNumber(), e.getMessage());
            if (e.status() != null) {
                monitor.report(e.status());
            }
            String reason = PrinterHealthMapping.reason(e.status());
            server.executor().execute(() -> cancel(ticket, reason));
            ui.execute(() -> onDone.accept(new TicketOutcome.PrintFailed(reason)));
        } catch (RuntimeException e) {
            Log.LOG.error("Ticket {} not printed: the printer driver failed: {}", ticket.displayNumber(), e.toString());
            server.executor().execute(() -> cancel(ticket, "printer"));
            ui.execute(() -> onDone.accept(new TicketOutcome.PrintFailed("printer")));
        }
    }

    /** The citizen does not hold the ticket: it leaves the queue (voided) or never enters it (withdrawn). */
    private void cancel(IssuedTicket ticket, String reason) {
        try {
            if (ticket.offline()) {
                server.outbox().withdraw(ticket.id());
            } else {
                server.client().voidTicket(ticket.id(), "print-failed: " + reason);
            }
            Log.LOG.info("Ticket {} cancelled after a failed print ({})", ticket.displayNumber(), reason);
        } catch (ServerUnavailableException e) {
            server.reachable(false);
            try {
                server.outbox().voidLater(ticket.id(), "print-failed: " + reason);
                Log.LOG.warn("Ticket {} not printed; the server is unreachable: its void is sent when it is back",
                        ticket.displayNumber());
            } catch (OutboxException inner) {
                Log.LOG.error("Ticket {} was not printed and its void could not be kept ({}): staff should void it",
                        ticket.displayNumber(), inner.getMessage());
            }
        } catch (ServerRefusedException | OutboxException e) {
            Log.LOG.error("Ticket {} was not printed and could not be voided ({}): staff should void it",
                    ticket.displayNumber(), e.getMessage());
        }
    }
}
