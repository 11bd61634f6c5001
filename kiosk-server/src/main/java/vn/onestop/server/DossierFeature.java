package vn.onestop.server;

import java.nio.file.Path;
import vn.onestop.server.catalogue.LiveCatalogue;
import vn.onestop.server.connector.DossierServiceUpdates;
import vn.onestop.server.connector.ProvincialConnector;
import vn.onestop.server.dossier.DossierApi;
import vn.onestop.server.dossier.DossierService;
import vn.onestop.server.dossier.ReceptionApi;
import vn.onestop.server.dossier.scan.DossierScans;
import vn.onestop.server.dossier.scan.ScanApi;
import vn.onestop.server.http.RouteTable;

/**
 * Dossiers (issue 22): prepared at the kiosk, received by an official, sent to the provincial system through the
 * connector; their scanned pages are kept beside the database ({@code dataDir/dossiers}).
 */
record DossierFeature(DossierService service, DossierServiceUpdates updates, DossierScans scans) {

    static DossierFeature wire(Platform p, ProvincialConnector connector, LiveCatalogue catalogue, Path dataDir) {
        DossierService service = new DossierService(p.db(), p.config(), p.clock(), p.json(), connector, catalogue,
                p.centres());
        return new DossierFeature(service, new DossierServiceUpdates(service, p.db()),
                new DossierScans(p.db(), dataDir, p.config().pages(), p.clock(), p.audit()));
    }

    /** Staff's dossier pages, the official reception and the scanned pages. */
    void register(RouteTable r, Platform p) {
        new DossierApi(service, p.audit(), p.json()).register(r);
        new ReceptionApi(service, p.audit(), p.json(), p.events()).register(r);
        new ScanApi(scans, p.config().pages(), p.audit()).register(r);
    }
}
