package vn.onestop.server;

import vn.onestop.server.http.RouteTable;
import vn.onestop.server.http.SecretAttempts;
import vn.onestop.server.mobile.MobileApi;
import vn.onestop.server.mobile.MobileTickets;
import vn.onestop.server.mobile.ParkReturns;
import vn.onestop.server.mobile.PhoneStreams;
import vn.onestop.server.notify.Notifications;
import vn.onestop.server.queue.QueueService;
import vn.onestop.server.staff.LoginLimiter;

/**
 * Tickets on citizens' phones (issue 24): a ticket's link follows it live, may ask for notifications by e-mail or
 * SMS, and a parked ticket returns to the queue when its time comes.
 */
record MobileFeature(MobileTickets tickets, ParkReturns parkReturns, PhoneStreams phones) {

    static MobileFeature wire(Platform p, QueueService queue, Notifications notifications) {
        MobileTickets tickets = new MobileTickets(p.db(), p.clock(), p.config().zone(), p.config().mobile(), queue,
                p.events(), notifications);
        return new MobileFeature(tickets, new ParkReturns(tickets), new PhoneStreams(tickets, p.events(), p.json()));
    }

    /**
     * The phone's page and stream; unknown or expired links count against the address like wrong secrets (only
     * wrong ones, after their verdict: many phones share a carrier's address).
     */
    void register(RouteTable r, Platform p, Callers callers, Streams streams) {
        new MobileApi(tickets, p.json(), phones, streams.mobile(), callers.client(), SecretAttempts.wrongOnly(
                new LoginLimiter(p.clock(), p.config().mobile().maxBadTokens()), callers.client(),
                Rejection.Kind.NOT_FOUND, "mobile:", "Too many unknown or expired ticket links from this address"))
                .register(r);
    }
}
