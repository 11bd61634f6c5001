package vn.onestop.core.wire;

import java.util.Map;

/**
 * Device settings a technician set for one kiosk on the server: {@code kiosk.properties} keys ({@code printer.*},
 * {@code scanner.*}, {@code ui.*}, {@code display.*}) to values, and the version that grows with every edit.
 */
public record DeviceSettings(int version, Map<String, String> settings) {

    public DeviceSettings {
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }
}
