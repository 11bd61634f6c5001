package vn.onestop.server;

import vn.onestop.core.wire.KioskConfiguration;
import vn.onestop.core.wire.ProcedureInfo;
import vn.onestop.server.catalogue.CatalogueApi;
import vn.onestop.server.catalogue.CatalogueStore;
import vn.onestop.server.catalogue.LiveKioskConfig;
import vn.onestop.server.centre.Centre;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.queue.CentreSettings;
import vn.onestop.server.queue.QueueService;

/**
 * The live procedure catalogue, calendar and kiosk texts (issue 21), and the kiosk configuration of each centre
 * built from them: its names, services and priority classes (queue settings) and the catalogue; rebuilt when the
 * catalogue's version moves or a centre.settings.changed event names the centre.
 */
record CatalogueFeature(CatalogueStore store, LiveKioskConfig kioskConfig) {

    static CatalogueFeature wire(Platform p, QueueService queue) {
        ServerConfig config = p.config();
        CatalogueStore store = new CatalogueStore(p.db(), p.clock(), p.json(), java.util.Objects.requireNonNull(
                config.catalogueSeed(), "the catalogue seed (read by ServerConfigLoader from the configuration folder)"));
        LiveKioskConfig kioskConfig = new LiveKioskConfig(store, (centreId, catalogue) -> {
            Centre centre = p.centres().require(centreId);
            CentreSettings.Settings here = queue.settings().of(centreId);
            return new KioskConfiguration(centre.nameVi(), centre.agencyCode(), here.serviceInfos(), here.classes(),
                    catalogue.all().stream()
                            .map(x -> new ProcedureInfo(x.code(), x.nameVi(), x.nameEn(), x.fieldVi(), x.serviceCode(),
                                    x.processingDays(), x.feeVnd(), x.postalReturn(), x.fileableAtKiosk(),
                                    x.documents(), x.channel().code(), x.filing().nationalCode(),
                                    x.filing().portalUrl()))
                            .toList(),
                    config.filing().info());
        }, p.json());
        return new CatalogueFeature(store, kioskConfig);
    }

    /** Starts rebuilding a centre's kiosk configuration when its settings change (all centres: none named). */
    void followCentreSettings(Platform p) {
        p.events().listen(e -> {
            if (CentreSettings.CHANGED.equals(e.type())) {
                Object centre = e.data() == null ? null : e.data().get("centreId");
                if (centre == null) {
                    p.centres().all().forEach(c -> kioskConfig.invalidate(c.id()));
                } else {
                    kioskConfig.invalidate(centre.toString());
                }
            }
        });
    }

    void register(RouteTable r, Platform p) {
        new CatalogueApi(store, p.centres(), p.json()).register(r);
    }
}
