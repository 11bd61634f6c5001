package vn.onestop.server;

import vn.onestop.server.admin.AdminApi;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.queue.CentreSetup;
import vn.onestop.server.staff.StaffApi;

/** Staff sign-in and accounts, and the live administration of centres and accounts (issue 21). */
final class StaffFeature {
    private StaffFeature() {
    }

    static void register(RouteTable r, Platform p, Callers callers) {
        ServerConfig config = p.config();
        new StaffApi(callers.staff(), callers.kiosks(), p.audit(), p.json(), config.sessionHours() * 3600,
                callers.secretAttempts(), callers.cookie(), callers.client()).register(r);
        // A new centre's first services and priority classes come from the queue's per-centre setup
        // (CentreSetup#seedNewCentre): the configured ones, no counters.
        new AdminApi(p.db(), p.clock(), p.centres(), callers.staff(), p.audit(), p.events(), p.json(),
                new CentreSetup(config)::seedNewCentre).register(r);
    }
}
