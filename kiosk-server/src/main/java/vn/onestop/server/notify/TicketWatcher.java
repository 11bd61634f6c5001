package vn.onestop.server.notify;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.queue.Ticket;
import vn.onestop.server.queue.TicketStatus;
import vn.onestop.server.queue.TicketStore;

/**
 * Turns queue events into notifications for watched tickets. It listens on the {@link EventBus} and does its work on
 * a thread of its own (never on the thread that published): a {@code ticket.called} that is not a recall queues
 * "called to counter X" for each contact watching that ticket; any ticket event also makes it look again at the
 * watched tickets still waiting, and queues "N people away" for those now within {@code notify.aheadThreshold}.
 * Each is queued once per ticket and channel (the outbox's idempotency key), also when several server processes
 * see the same event.
 */
final class TicketWatcher implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(TicketWatcher.class);
    private final Database db;
    private final Notifications notifications;
    private final Function<String, String> counterName;
    private final int threshold;
    private final TicketStore tickets = new TicketStore();
    private final AtomicBoolean scanQueued = new AtomicBoolean();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ticket-watch");
        t.setDaemon(true);
        return t;
    });

    TicketWatcher(Database db, Notifications notifications, Function<String, String> counterName, int threshold) {
        this.db = db;
        this.notifications = notifications;
        this.counterName = counterName;
        this.threshold = threshold;
    }

    /** The bus listener: cheap, hands the work to the watcher's thread. */
    void onEvent(EventBus.LiveEvent e) {
        if (!e.type().startsWith("ticket.")) {
            return;
        }
        if (e.type().equals("ticket.called") && !Boolean.TRUE.equals(e.data().get("recall"))) {
            String ticketId = String.valueOf(e.data().get("ticketId"));
            run(() -> called(ticketId));
        }
        if (scanQueued.compareAndSet(false, true)) {
            run(() -> {
                scanQueued.set(false);
                scan();
            });
        }
    }

    private void run(Runnable work) {
        try {
            thread.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException ex) {
                    LOG.error("Ticket notifications: an event could not be handled: {}", ex.getMessage());
                }
            });
        } catch (RejectedExecutionException stopping) {
            // the server is stopping
        }
    }

    /** Queues "called to counter X" for each contact watching the ticket (once per ticket and channel). */
    private void called(String ticketId) {
        if (db.read(c -> contacts(c, ticketId)).isEmpty()) {
            return; // not watched: no write transaction for the ordinary call
        }
        db.write(c -> {
            Ticket t = tickets.find(c, ticketId).orElse(null);
            if (t == null || t.counterId() == null) {
                return null;
            }
            for (Contact to : contacts(c, ticketId)) {
                NotificationTexts.Text text = NotificationTexts.called(t.displayNumber(), counterName.apply(
                        t.counterId()), t.counterId());
                notifications.send(c, "ticket:" + ticketId + ":called:" + to.channel().code(), to, text.subject(),
                        text.body());
            }
            return null;
        });
    }

    /** Queues "N people away" for the watched waiting tickets now within the threshold (once each). */
    private void scan() {
        List<String> ids = db.read(c -> Rows.list(c, "SELECT DISTINCT w.ticket_id FROM ticket_watch w JOIN ticket t "
                + "ON t.id = w.ticket_id WHERE w.ahead_queued = 0 AND t.status = ?", rs -> rs.getString(1),
                TicketStatus.WAITING.code()));
        if (ids.isEmpty()) {
            return; // nothing watched is still waiting: no write transaction
        }
        db.write(c -> {
            for (String id : ids) {
                check(c, id);
            }
            return null;
        });
    }

    /** Queues the "N people away" notification of one watched ticket if it is waiting within the threshold. */
    void check(Connection c, String ticketId) throws SQLException {
        Ticket t = tickets.find(c, ticketId).orElse(null);
        if (t == null || t.status() != TicketStatus.WAITING) {
            return;
        }
        int ahead = tickets.ahead(c, t);
        if (ahead > threshold) {
            return;
        }
        NotificationTexts.Text text = NotificationTexts.ahead(t.displayNumber(), ahead);
        for (Contact to : contacts(c, ticketId)) {
            notifications.send(c, "ticket:" + ticketId + ":ahead:" + to.channel().code(), to, text.subject(),
                    text.body());
        }
        Rows.update(c, "UPDATE ticket_watch SET ahead_queued = 1 WHERE ticket_id = ?", ticketId);
    }

    static List<Contact> contacts(Connection c, String ticketId) throws SQLException {
        return Rows.list(c, "SELECT channel, address FROM ticket_watch WHERE ticket_id = ? ORDER BY channel",
                rs -> new Contact(Contact.Channel.ofCode(rs.getString(1)).orElseThrow(), rs.getString(2)), ticketId);
    }

    /** Waits for the work in hand (up to 10 s) and stops. */
    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
