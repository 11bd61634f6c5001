package vn.onestop.server;

import vn.onestop.server.catalogue.CatalogueStore;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.kiosk.KioskRegistry;
import vn.onestop.server.report.LiveStats;
import vn.onestop.server.report.OverdueDossiers;
import vn.onestop.server.report.ReportApi;
import vn.onestop.server.report.ReportService;
import vn.onestop.server.report.UnverifiedCatalogueApi;

/** Reports for supervisors: period figures, the live dashboard, and the catalogue entries still unverified. */
record ReportFeature(ReportService reports, LiveStats live) {

    static ReportFeature wire(Platform p, QueueFeature queue, KioskRegistry kiosks) {
        ReportService reports = new ReportService(p.db(), p.config(), p.clock(), p.centres());
        return new ReportFeature(reports, new LiveStats(reports, queue.queue(), queue.desk(), kiosks, p.clock(),
                new OverdueDossiers(p.db(), p.config(), p.clock())));
    }

    void register(RouteTable r, CatalogueStore catalogue) {
        new ReportApi(reports, live).register(r);
        new UnverifiedCatalogueApi(catalogue::catalogue).register(r);
    }
}
