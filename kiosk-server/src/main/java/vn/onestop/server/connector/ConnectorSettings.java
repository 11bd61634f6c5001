package vn.onestop.server.connector;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import vn.onestop.core.config.Settings;

/**
 * The {@code connector.*} keys of server.properties: whether dossiers go to the provincial dossier system (off by
 * default: officials then type the official code), where it is, the shared secret, which events are sent, and the
 * outbox's time-out, back-off, lease and polling interval.
 */
public record ConnectorSettings(boolean enabled, URI baseUrl, byte[] secret, Set<ConnectorEvent> events,
        Duration timeout, Duration retryInitial, Duration retryCap, Duration lease, Duration poll,
        long signatureToleranceSeconds) {

    public ConnectorSettings {
        events = events.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(events));
        secret = secret == null ? new byte[0] : secret.clone();
    }

    @Override
    public byte[] secret() {
        return secret.clone();
    }

    /** The connector switched off (no outbox worker; the callback route answers 404). */
    public static ConnectorSettings off() {
        return new ConnectorSettings(false, null, null, Set.of(), Duration.ofSeconds(20), Duration.ofSeconds(5),
                Duration.ofMinutes(30), Duration.ofMinutes(2), Duration.ofSeconds(2), 300);
    }

    /** Reads {@code DIR/server.properties}; a bad value stops the server naming the key. */
    public static ConnectorSettings load(Path configDir) {
        return from(Settings.load(configDir.resolve("server.properties")), configDir);
    }

    static ConnectorSettings from(Settings s, Path configDir) {
        if (!s.bool("connector.enabled", false)) {
            return off();
        }
        URI url;
        try {
            url = new URI(s.string("connector.baseUrl"));
        } catch (URISyntaxException e) {
            throw s.error("connector.baseUrl", "not a URL: " + e.getMessage());
        }
        if (!("http".equals(url.getScheme()) || "https".equals(url.getScheme())) || url.getHost() == null) {
            throw s.error("connector.baseUrl", "must be an http:// or https:// URL with a host");
        }
        Set<ConnectorEvent> events = EnumSet.noneOf(ConnectorEvent.class);
        for (String code : s.string("connector.events", "received").split(",")) {
            events.add(ConnectorEvent.ofCode(code.strip()).orElseThrow(() -> s.error("connector.events",
                    "unknown event '" + code.strip() + "' (prepared, received, supplement_requested, refused)")));
        }
        Duration timeout = Duration.ofSeconds(s.integer("connector.timeoutSeconds", 20, 1, 300));
        Duration lease = Duration.ofSeconds(s.integer("connector.leaseSeconds", 120, 2, 3600));
        if (lease.compareTo(timeout.multipliedBy(2)) < 0) {
            throw s.error("connector.leaseSeconds", "must be at least twice connector.timeoutSeconds");
        }
        int initial = s.integer("connector.retry.initialSeconds", 5, 1, 3600);
        int cap = s.integer("connector.retry.maxSeconds", 1800, 1, 86_400);
        if (cap < initial) {
            throw s.error("connector.retry.maxSeconds", "must not be below connector.retry.initialSeconds");
        }
        return new ConnectorSettings(true, url, secret(s, configDir), events, timeout, Duration.ofSeconds(initial),
                Duration.ofSeconds(cap), lease, Duration.ofMillis(s.integer("connector.pollMillis", 2000, 50, 600_000)),
                s.integer("connector.signatureToleranceSeconds", 300, 5, 86_400));
    }

    private static byte[] secret(Settings s, Path configDir) {
        String text;
        if (s.optional("connector.secretFile").isPresent()) {
            Path file = configDir.resolve(s.string("connector.secretFile"));
            try {
                text = Files.readString(file, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw s.error("connector.secretFile", file + " cannot be read: " + e.getMessage());
            }
        } else {
            text = s.optional("connector.secret").orElseThrow(() -> s.error("connector.secretFile",
                    "the shared secret is required when connector.enabled=true (connector.secretFile, preferred, "
                            + "or connector.secret)"));
        }
        if (text.length() < 16) {
            throw s.error(s.optional("connector.secretFile").isPresent() ? "connector.secretFile" : "connector.secret",
                    "the shared secret must have at least 16 characters");
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ConnectorSettings[enabled=" + enabled + ", baseUrl=" + baseUrl + ", events=" + events + "]";
    }
}
