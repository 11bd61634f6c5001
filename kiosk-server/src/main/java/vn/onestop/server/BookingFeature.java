package vn.onestop.server;

import vn.onestop.server.booking.BookingApi;
import vn.onestop.server.booking.BookingOutbox;
import vn.onestop.server.booking.Bookings;
import vn.onestop.server.catalogue.LiveCatalogue;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.notify.Notifications;
import vn.onestop.server.queue.QueueService;
import vn.onestop.server.retention.PersonalDataRetention;

/**
 * Appointments (issue 24): confirmations and reminders go through the notification outbox, and the bookings'
 * contacts fall under the retention job too.
 */
record BookingFeature(Bookings bookings) {

    static BookingFeature wire(Platform p, QueueService queue, LiveCatalogue catalogue, Notifications notifications,
            PersonalDataRetention retention) {
        Bookings bookings = new Bookings(p.db(), p.config(), p.clock(), p.centres(), queue, p.audit(), p.events(),
                catalogue);
        retention.add(bookings.retentionPart());
        bookings.notices(new BookingOutbox(p.db(), notifications));
        return new BookingFeature(bookings);
    }

    void register(RouteTable r, Platform p, Callers callers) {
        new BookingApi(bookings, p.json(), callers.client(), p.clock()).register(r);
    }
}
