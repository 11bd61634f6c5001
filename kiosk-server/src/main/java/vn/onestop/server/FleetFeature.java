package vn.onestop.server;

import io.javalin.config.RoutesConfig;
import vn.onestop.server.http.RouteTable;
import vn.onestop.server.kiosk.DeviceSettingsApi;
import vn.onestop.server.kiosk.DeviceSettingsStore;
import vn.onestop.server.kiosk.Fleet;
import vn.onestop.server.kiosk.FleetApi;

/** The kiosk fleet as technicians see it, and the device settings each kiosk fetches. */
record FleetFeature(DeviceSettingsStore deviceSettings) {

    static FleetFeature wire(Platform p) {
        return new FleetFeature(new DeviceSettingsStore(p.db(), p.clock(), p.audit(), p.json()));
    }

    void register(RouteTable r, RoutesConfig routes, Platform p, Callers callers) {
        new FleetApi(new Fleet(p.db(), callers.kiosks(), p.json()), p.audit()).register(r);
        new DeviceSettingsApi(deviceSettings, callers.kiosks(), p.json()).register(r, routes);
    }
}
