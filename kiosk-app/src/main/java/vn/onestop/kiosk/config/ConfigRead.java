package vn.onestop.kiosk.config;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import vn.onestop.core.config.ConfigException;
import vn.onestop.kiosk.OwnThread;

/**
 * {@code kiosk.properties} read on a thread of its own ("config-read"), so that the starting thread sets up the
 * window toolkit meanwhile (the first {@code SwingUtilities.invokeLater} does that on the calling thread: about
 * as long as reading and checking the file) and the event thread installs the theme as soon as both are done.
 */
public final class ConfigRead {
    private final CompletableFuture<KioskConfig> result;

    private ConfigRead(CompletableFuture<KioskConfig> result) {
        this.result = result;
    }

    /** Starts reading {@code file}. */
    public static ConfigRead start(Path file) {
        return new ConfigRead(OwnThread.supply("config-read", () -> KioskConfig.load(file)));
    }

    /**
     * The configuration; waits until it is read.
     *
     * @throws ConfigException naming the file, line and key at fault, as {@link KioskConfig#load}
     */
    public KioskConfig get() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ConfigException s) {
                throw s;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** The configuration once read, or empty when it cannot be (whoever calls {@link #get} reports why). */
    public Optional<KioskConfig> ifRead() {
        try {
            return Optional.of(result.join());
        } catch (CompletionException e) {
            return Optional.empty();
        }
    }
}
