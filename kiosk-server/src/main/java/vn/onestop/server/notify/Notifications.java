package vn.onestop.server.notify;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.server.connector.Backoff;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Rows;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.retention.PersonalDataRetention;

/**
 * Notifications to citizens by e-mail and SMS, as the rest of the server sees them (issue 24).
 *
 * <p>Other features queue a message with {@link #send}; tickets are watched with {@link #watch}, and the queue's
 * events then queue "N people away" and "called to counter X" by themselves. Everything goes through one outbox
 * table: a message is queued once per idempotency key, delivered by a worker with retries and back-off, and kept
 * pending across restarts. Switched off (neither {@code notify.email.*} nor {@code notify.sms.*} configured, the
 * default), nothing is queued and nothing else changes.
 */
public final class Notifications implements PersonalDataRetention.Part, AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(Notifications.class);
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9:._-]{1,160}");
    private final NotifySettings settings;
    private final Database db;
    private final Clock clock;
    private final NotificationOutbox store = new NotificationOutbox();
    private final Map<Contact.Channel, Notifier> notifiers;
    private final TicketWatcher watcher;
    private final Consumer<EventBus.LiveEvent> listener;
    private final EventBus events;
    private volatile NotificationWorker worker;

    /** The technician's view: counts per state and the rows (addresses masked). */
    public record Backlog(boolean enabled, List<String> channels, long pending, long failing, long failed,
            long delivered, List<NotificationOutbox.Row> rows) {}

    /**
     * Notifications as {@code settings} say, sending through {@code notifiers} (one per configured channel; see
     * {@link #notifiers}); {@code counterName} gives a counter's display name from its id ("2" to "Quầy 2").
     */
    public Notifications(NotifySettings settings, Map<Contact.Channel, Notifier> notifiers, Database db, Clock clock,
            EventBus events, Function<String, String> counterName) {
        this.settings = settings;
        this.db = db;
        this.clock = clock;
        this.events = events;
        this.notifiers = notifiers.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(notifiers));
        this.watcher = new TicketWatcher(db, this, counterName, settings.aheadThreshold());
        this.listener = watcher::onEvent;
    }

    /** The real notifiers for the configured channels: SMTP for e-mail, the HTTP gateway for SMS. */
    public static Map<Contact.Channel, Notifier> notifiers(NotifySettings settings,
            com.fasterxml.jackson.databind.ObjectMapper json) {
        Map<Contact.Channel, Notifier> m = new EnumMap<>(Contact.Channel.class);
        settings.email().ifPresent(e -> m.put(Contact.Channel.EMAIL, new SmtpNotifier(e)));
        settings.sms().ifPresent(s -> m.put(Contact.Channel.SMS, new SmsGatewayNotifier(s, json)));
        return m;
    }

    /** True when {@code channel} is configured (messages to other channels are not queued). */
    public boolean enabled(Contact.Channel channel) {
        return settings.channels().contains(channel);
    }

    /** The configured channels (empty when notifications are off). */
    public Set<Contact.Channel> channels() {
        return settings.channels();
    }

    /**
     * Queues one message to one contact, inside the caller's write transaction ({@code c}, from
     * {@code Database.write}); the worker sends it once that commits. At most once per {@code idempotencyKey}: a second
     * call with the same key queues nothing, whatever its other arguments, so callers name the event, e.g.
     * {@code booking:<code>:confirmed} or {@code booking:<code>:reminder}. Delivery is retried with back-off on
     * temporary failures; a permanent failure or too many attempts marks it failed (technicians see and may retry it).
     *
     * <p>{@code subject} (e-mail only, up to 200 characters) and {@code body} (up to 2000; SMS sends only the body,
     * so keep it short) are stored until delivered and must not carry personal data beyond what the citizen needs to
     * recognise the message (a ticket number, a counter, a booking code and time): no names, ID numbers or addresses.
     * Texts are Vietnamese first, English second. Queued for any day; the address is erased by the retention job
     * {@code notify.retentionDays} after delivery or failure.
     *
     * @param idempotencyKey 1-160 characters of letters, digits and {@code : . _ -}
     * @return true when a message was queued; false when that key was queued before or {@code to}'s channel is not
     *         configured on this server
     * @throws IllegalArgumentException when the key, subject or body is not acceptable
     */
    public boolean send(Connection c, String idempotencyKey, Contact to, String subject, String body)
            throws SQLException {
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            throw new IllegalArgumentException("idempotency key must be 1-160 letters, digits, ':', '.', '_' or '-'");
        }
        if (subject == null || subject.length() > 200 || body == null || body.isBlank() || body.length() > 2000) {
            throw new IllegalArgumentException("subject (up to 200 characters) and body (1-2000) are required");
        }
        if (!enabled(to.channel())) {
            return false;
        }
        boolean added = store.enqueue(c, idempotencyKey, to, subject, body, clock.millis());
        if (added) {
            db.afterCommit(this::wake);
        }
        return added;
    }

    /**
     * Registers {@code contact} to be told about ticket {@code ticketId} (inside the caller's write transaction): "N
     * people away" once it is within {@code notify.aheadThreshold} (at once if it already is) and "called to counter
     * X" when called, each once. One contact per channel: a second e-mail address replaces the first.
     *
     * @return false (and stores nothing) when the contact's channel is not configured on this server
     * @throws IllegalArgumentException when there is no such ticket
     */
    public boolean watch(Connection c, String ticketId, Contact contact) throws SQLException {
        if (!enabled(contact.channel())) {
            return false;
        }
        if (Rows.count(c, "SELECT COUNT(*) FROM ticket WHERE id = ?", ticketId) == 0) {
            throw new IllegalArgumentException("no ticket " + ticketId);
        }
        Rows.update(c, "INSERT INTO ticket_watch (ticket_id, channel, address, created_at, ahead_queued) "
                + "VALUES (?, ?, ?, ?, 0) ON CONFLICT (ticket_id, channel) DO UPDATE SET address = excluded.address, "
                + "ahead_queued = 0", ticketId, contact.channel().code(), contact.address(), clock.millis());
        watcher.check(c, ticketId);
        return true;
    }

    /** The contacts watching ticket {@code ticketId}, by channel (personal data: show them {@link Contact#masked}). */
    public List<Contact> watchers(Connection c, String ticketId) throws SQLException {
        return TicketWatcher.contacts(c, ticketId);
    }

    /** The technician's backlog. */
    public Backlog backlog() {
        return db.read(c -> new Backlog(settings.enabled(), settings.channels().stream().map(Contact.Channel::code)
                .sorted().toList(), store.count(c, NotificationOutbox.PENDING),
                Rows.count(c, "SELECT COUNT(*) FROM notification_outbox WHERE state = ? AND last_error IS NOT NULL",
                        NotificationOutbox.PENDING),
                store.count(c, NotificationOutbox.FAILED), store.count(c, NotificationOutbox.DELIVERED),
                store.backlog(c, 200)));
    }

    /** The outbox rows whose key starts with {@code prefix}, e.g. {@code ticket:<id>:} (tests, support). */
    public List<NotificationOutbox.Row> rows(String prefix) {
        return db.read(c -> store.withKeyPrefix(c, prefix));
    }

    /** A technician's "retry now": false when no pending or failed row with an address has this id. */
    public boolean retryNow(String id) {
        boolean done = db.write(c -> store.retryNow(c, id, clock.millis()));
        if (done) {
            wake();
        }
        return done;
    }

    /** Erases the addresses of delivered and failed rows and the watches older than {@code notify.retentionDays}. */
    @Override
    public int erase(Connection c, long now) throws SQLException {
        long cutoff = now - Duration.ofDays(settings.retentionDays()).toMillis();
        int n = store.eraseAddresses(c, cutoff, now);
        Rows.update(c, "DELETE FROM ticket_watch WHERE created_at <= ?", cutoff);
        return n;
    }

    @Override
    public String what() {
        return "notification address(es)";
    }

    /** Starts listening to the queue and delivering (when a channel is configured). */
    public synchronized void start() {
        if (!settings.enabled() || worker != null) {
            return;
        }
        events.subscribe(-1, listener);
        worker = new NotificationWorker(db, store, notifiers, new Backoff(settings.retryInitial(), settings.retryCap(),
                new java.security.SecureRandom()), clock, settings);
        worker.start();
        LOG.info("Notifications on: channels {}", settings.channels());
    }

    private void wake() {
        NotificationWorker w = worker;
        if (w != null) {
            w.wake();
        }
    }

    @Override
    public synchronized void close() {
        events.unsubscribe(listener);
        watcher.close();
        NotificationWorker w = worker;
        if (w != null) {
            w.close();
        }
        worker = null;
    }
}
