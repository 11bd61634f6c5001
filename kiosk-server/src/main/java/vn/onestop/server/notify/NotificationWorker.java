package vn.onestop.server.notify;

import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.server.connector.Backoff;
import vn.onestop.server.db.Database;
import vn.onestop.server.outbox.OutboxWorker;

/**
 * Delivers the notification outbox (the loop, leases and thread are the shared {@link OutboxWorker}'s): each claimed
 * row goes to its channel's {@link Notifier} and the outcome is recorded: delivered; failed for good (a permanent
 * refusal, or {@code notify.retry.maxAttempts} temporary failures); or tried again after the {@link Backoff} delay.
 * Rows left pending by a stopped process are claimed again after a restart (or, when a process died mid-send, once
 * its lease runs out). Log lines name row ids, keys and channels, never an address.
 */
final class NotificationWorker extends OutboxWorker<NotificationOutbox.Claim> {
    private static final Logger LOG = LogManager.getLogger(NotificationWorker.class);
    private static final Pattern EMAIL_LIKE = Pattern.compile("[^\\s<>@\"']+@[^\\s<>@\"']+");
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[0-9]{8,15}");
    private final Database db;
    private final NotificationOutbox store;
    private final Map<Contact.Channel, Notifier> notifiers;
    private final Backoff backoff;
    private final Clock clock;
    private final NotifySettings settings;

    NotificationWorker(Database db, NotificationOutbox store, Map<Contact.Channel, Notifier> notifiers,
            Backoff backoff, Clock clock, NotifySettings settings) {
        super("Notification outbox", "notification-outbox", LOG, db, clock, settings.poll(), settings.lease(),
                store::claim);
        this.db = db;
        this.store = store;
        this.notifiers = Map.copyOf(notifiers);
        this.backoff = backoff;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    protected void deliver(NotificationOutbox.Claim claim) {
        Notifier notifier = claim.to() == null ? null : notifiers.get(claim.to().channel());
        Notifier.Outcome outcome = notifier == null
                ? Notifier.Outcome.permanent(claim.to() == null ? "the address was erased"
                        : "the " + claim.to().channel().code() + " channel is not configured on this server")
                : notifier.send(new Notifier.Message(claim.to(), claim.subject(), claim.body(), claim.key()));
        String detail = scrub(outcome.detail(), claim.to());
        long now = clock.millis();
        switch (outcome.result()) {
            case DELIVERED -> {
                db.write(c -> {
                    store.delivered(c, claim.id(), owner(), now);
                    return null;
                });
                LOG.info("Notification {} ({}) delivered (attempt {})", claim.key(), channel(claim), claim.attempts());
            }
            case PERMANENT_FAILURE -> giveUp(claim, detail, now);
            case TEMPORARY_FAILURE -> {
                if (claim.attempts() >= settings.maxAttempts()) {
                    giveUp(claim, detail + " (gave up after " + claim.attempts() + " attempts)", now);
                    return;
                }
                long next = now + backoff.delay(claim.attempts()).toMillis();
                db.write(c -> {
                    store.retryLater(c, claim.id(), owner(), detail, next);
                    return null;
                });
                LOG.warn("Notification {} ({}) not delivered (attempt {}), retried in {} ms: {}", claim.key(),
                        channel(claim), claim.attempts(), next - now, detail);
            }
        }
    }

    private void giveUp(NotificationOutbox.Claim claim, String detail, long now) {
        db.write(c -> {
            store.failed(c, claim.id(), owner(), detail, now);
            return null;
        });
        LOG.warn("Notification {} ({}) failed for good (attempt {}): {}", claim.key(), channel(claim),
                claim.attempts(), detail);
    }

    private static String channel(NotificationOutbox.Claim claim) {
        return claim.to() == null ? "erased" : claim.to().channel().code();
    }

    /** The detail without the address or anything looking like an address or phone number (servers echo them). */
    static String scrub(String detail, Contact to) {
        if (detail == null) {
            return null;
        }
        String mark = "\u0000";
        String s = to == null ? detail : detail.replace(to.address(), mark);
        s = EMAIL_LIKE.matcher(s).replaceAll("***@***");
        s = PHONE_LIKE.matcher(s).replaceAll("***");
        return to == null ? s : s.replace(mark, to.masked());
    }
}
