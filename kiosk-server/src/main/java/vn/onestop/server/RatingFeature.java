package vn.onestop.server;

import java.time.Duration;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.mobile.MobileTickets;
import vn.onestop.server.queue.CounterBinding;
import vn.onestop.server.rating.CounterTablet;
import vn.onestop.server.rating.OfficialPhotos;
import vn.onestop.server.rating.RatingApi;
import vn.onestop.server.rating.RatingBreakdown;
import vn.onestop.server.rating.RatingDeviceApi;
import vn.onestop.server.rating.RatingReport;
import vn.onestop.server.rating.RatingService;
import vn.onestop.server.report.ReportService;

/** Citizens' ratings of the service: at the kiosk (a scanned ticket link rates its ticket) and on counter tablets. */
record RatingFeature(RatingService service) {

    /** A kiosk that scanned a ticket's link rates the ticket behind it (issue 24). */
    static RatingFeature wire(Platform p, MobileTickets mobile) {
        return new RatingFeature(new RatingService(p.db(), p.clock(), p.config().filing(), mobile::ticketIdOf));
    }

    /** Ratings and their reports; the counters' tablets with the officials' photos (issue 27). */
    void register(RouteTable r, Platform p, Callers callers, Streams streams, ReportService reports,
            CounterBinding binding) {
        ServerConfig config = p.config();
        new RatingApi(service, config.filing(), p.json(), new RatingReport(p.db(), config.zone(),
                config.filing().ratingCriteria()), reports, binding).register(r);
        OfficialPhotos photos = new OfficialPhotos(p.db(), p.clock(), p.audit());
        new RatingDeviceApi(new RatingDeviceApi.Parts(callers.ratingDevices(), new CounterTablet(p.db(), p.clock(),
                service, photos, Duration.ofSeconds(config.ratingTabletSeconds())), photos,
                new RatingBreakdown(p.db(), config.zone(), p.clock(), config.centreName(),
                        config.filing().ratingReasons()), reports, config.filing(), p.db(), config.centreName()),
                p.json(), p.events(), streams.staff(), callers.client(), callers.secretAttempts()).register(r);
    }
}
