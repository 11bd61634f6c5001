package vn.onestop.server.kiosk;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A kiosk in the technician's fleet view: the {@link KioskView} fields (unwrapped, so the JSON is flat as the fleet
 * page reads it), its last heartbeat as sent, and the device settings version sent, applied, and the apply error.
 */
public record FleetView(@JsonUnwrapped KioskView kiosk, JsonNode heartbeat, int settingsVersion,
        Integer appliedVersion, String applyError) {}
