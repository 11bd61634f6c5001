package vn.onestop.kiosk.tech;

import java.io.IOException;

/** Writes a new {@code technician.pin.sha256} value (into {@code kiosk.properties}). Blocking. */
@FunctionalInterface
public interface PinStore {
    void save(String storedValue) throws IOException;
}
