package vn.onestop.server;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.notify.Contact;
import vn.onestop.server.notify.Notifications;
import vn.onestop.server.notify.Notifier;
import vn.onestop.server.notify.NotifyApi;
import vn.onestop.server.notify.NotifySettings;

/** Notifications to citizens by e-mail and SMS (issue 24): off unless configured; an outbox sent in the background. */
record NotifyFeature(Notifications notifications) {

    /** {@code notifiers} null: the real SMTP and SMS-gateway notifiers for the configured channels. */
    static NotifyFeature wire(Platform p, NotifySettings settings, Map<Contact.Channel, Notifier> notifiers) {
        return new NotifyFeature(new Notifications(settings, notifiers != null ? notifiers
                : Notifications.notifiers(settings, p.json()), p.db(), p.clock(), p.events(),
                counterNames(p.config())));
    }

    /** A counter's display name by id ("2" to "Quầy 2"); the id itself for a counter not configured. */
    private static Function<String, String> counterNames(ServerConfig config) {
        Map<String, String> names = new HashMap<>();
        config.counters().forEach(k -> names.put(k.id(), k.name()));
        return id -> names.getOrDefault(id, "quầy " + id);
    }

    void register(RouteTable r, Platform p) {
        new NotifyApi(notifications, p.audit(), () -> p.centres().all().size()).register(r);
    }
}
