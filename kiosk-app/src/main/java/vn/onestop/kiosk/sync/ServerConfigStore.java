package vn.onestop.kiosk.sync;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.wire.KioskConfiguration;

/**
 * The last good copy of the server's kiosk configuration on disk ({@code server-config.json} and its ETag in
 * {@code server-config.etag} in the data folder), so a kiosk restarted while the server is away still shows the
 * centre's services and catalogue. Files are replaced atomically; an unreadable copy is ignored with a log line.
 */
public final class ServerConfigStore {
    /** Log4j starts on first use: after the window opens (see the kiosk's LoggingSetup), not when this loads. */
    private static final class Log {
        static final Logger LOG = LogManager.getLogger(ServerConfigStore.class);
    }
    /** Jackson is set up on first use (on the network thread), not when the window builds the kiosk. */
    private static final class Json {
        static final ObjectMapper JSON = new ObjectMapper()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
    private final Path body;
    private final Path etag;

    /** A configuration and the ETag the server gave it (null when none). */
    public record Copy(KioskConfiguration configuration, String etag) {}

    public ServerConfigStore(Path dataDir) {
        this.body = dataDir.resolve("server-config.json");
        this.etag = dataDir.resolve("server-config.etag");
    }

    /** Parses and checks a configuration as the server sent it; throws IllegalArgumentException saying why not. */
    public static KioskConfiguration parse(byte[] json) {
        KioskConfiguration c;
        try {
            c = Json.JSON.readValue(json, KioskConfiguration.class);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a kiosk configuration in JSON (" + e.getClass().getSimpleName()
                    + ")");
        }
        ServerCatalogue.check(c);
        return c;
    }

    /** The last good copy, if there is a readable one. */
    public Optional<Copy> load() {
        if (!Files.exists(body)) {
            return Optional.empty();
        }
        try {
            KioskConfiguration c = parse(Files.readAllBytes(body));
            String tag = Files.exists(etag) ? Files.readString(etag, StandardCharsets.US_ASCII).strip() : null;
            return Optional.of(new Copy(c, tag == null || tag.isEmpty() ? null : tag));
        } catch (IOException | IllegalArgumentException e) {
            Log.LOG.warn("Ignoring the saved server configuration {}: {}", body, e.getMessage());
            return Optional.empty();
        }
    }

    /** Keeps a checked configuration as the last good copy. */
    public void save(byte[] json, String tag) throws IOException {
        Files.createDirectories(body.toAbsolutePath().getParent());
        write(body, json);
        write(etag, (tag == null ? "" : tag).getBytes(StandardCharsets.US_ASCII));
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
