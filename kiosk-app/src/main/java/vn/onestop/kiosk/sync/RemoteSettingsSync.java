package vn.onestop.kiosk.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.config.ConfigException;
import vn.onestop.core.wire.DeviceSettings;
import vn.onestop.kiosk.server.KioskServerClient;
import vn.onestop.kiosk.server.ServerRefusedException;
import vn.onestop.kiosk.server.ServerUnavailableException;

/**
 * Device settings a technician set for this kiosk on the server: every heartbeat reply names the latest version;
 * when it is not the one applied here the settings are fetched (ETag of the applied version), saved and applied
 * without a restart, and the outcome reported to the server. A refused version is reported once and not retried
 * until the technician makes a new one. The applied version survives restarts in {@code device-settings-version}.
 * Runs on the network thread.
 */
public final class RemoteSettingsSync {
    /** Log4j starts on first use: after the window opens (see the kiosk's LoggingSetup), not when this loads. */
    private static final class Log {
        static final Logger LOG = LogManager.getLogger(RemoteSettingsSync.class);
    }
    private static final int MAX_ERROR = 500;
    private final KioskServerClient client;
    private final Applier applier;
    private final Path stateFile;
    private volatile int applied;
    private volatile int lastTried = -1;

    /** Saves and applies settings; returns what was done (the technician mode's {@code SettingsApplier}). */
    @FunctionalInterface
    public interface Applier {
        String apply(Map<String, String> settings) throws IOException;
    }

    public RemoteSettingsSync(KioskServerClient client, Applier applier, Path dataDir) {
        this.client = client;
        this.applier = applier;
        this.stateFile = dataDir.resolve("device-settings-version");
        this.applied = readApplied(stateFile);
    }

    /** The version applied here (0 = none yet). */
    public int appliedVersion() {
        return applied;
    }

    /** The server says the latest settings version is {@code version} (from a heartbeat reply). */
    public void versionAnnounced(int version) {
        if (version <= 0 || version == applied || version == lastTried) {
            return;
        }
        lastTried = version;
        try {
            Optional<DeviceSettings> fetched = client.deviceSettings(applied);
            if (fetched.isPresent()) {
                apply(fetched.get());
            }
        } catch (ServerUnavailableException | ServerRefusedException e) {
            lastTried = -1;
            Log.LOG.warn("Device settings v{} not fetched or not reported, will try at the next heartbeat: {}", version,
                    e.getMessage());
        }
    }

    /**
     * The only keys a pushed version may set, checked here and not only on the server (security review, finding 9):
     * a server that is taken over must not point the kiosk elsewhere ({@code server.url}) or change anything else.
     */
    static final java.util.List<String> DEVICE_PREFIXES = java.util.List.of("printer.", "scanner.", "ui.", "display.");

    private void apply(DeviceSettings s) throws ServerUnavailableException, ServerRefusedException {
        String error = null;
        try {
            for (String key : s.settings().keySet()) {
                if (DEVICE_PREFIXES.stream().noneMatch(key::startsWith)) {
                    throw new IllegalArgumentException("Setting '" + key + "' may not be set from the server (only "
                            + "printer.*, scanner.*, ui.*, display.*): set it in technician mode");
                }
            }
            String done = applier.apply(s.settings());
            applied = s.version();
            remember(s.version());
            Log.LOG.info("Device settings v{} from the server applied ({}): {}", s.version(), s.settings().keySet(), done);
        } catch (ConfigException | IOException | IllegalArgumentException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            error = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
            Log.LOG.warn("Device settings v{} from the server refused, nothing changed: {}", s.version(), error);
        }
        client.deviceSettingsApplied(s.version(), error);
    }

    private void remember(int version) {
        try {
            Path tmp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
            Files.writeString(tmp, Integer.toString(version), StandardCharsets.US_ASCII);
            Files.move(tmp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Log.LOG.warn("Cannot record the applied settings version in {}: {} (they are fetched again after a restart)",
                    stateFile, e.getMessage());
        }
    }

    private static int readApplied(Path file) {
        try {
            return Files.exists(file) ? Integer.parseInt(Files.readString(file, StandardCharsets.US_ASCII).strip()) : 0;
        } catch (IOException | NumberFormatException e) {
            Log.LOG.warn("Unreadable {}: device settings will be fetched again", file);
            return 0;
        }
    }
}
