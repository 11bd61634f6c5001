package vn.onestop.server.kiosk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import vn.onestop.core.wire.KioskConfiguration;
import vn.onestop.server.events.EventBus;
import vn.onestop.server.staff.Secrets;

/**
 * The kiosk configuration of each centre (its names, services, priority classes, ...) as the JSON body kiosks fetch
 * and its ETag, made on first request and kept until a {@code centre.settings.changed} event names the centre:
 * the next fetch then gets the new body under a new ETag (an unchanged one still costs a 304).
 */
public final class KioskConfigs {
    /** A centre's configuration body and its ETag. */
    public record Served(byte[] body, String etag) {}

    private final ObjectMapper json;
    private final Function<String, KioskConfiguration> make;
    private final Map<String, Served> byCentre = new ConcurrentHashMap<>();

    /** {@code make}: a centre's configuration as it is now. */
    public KioskConfigs(ObjectMapper json, Function<String, KioskConfiguration> make, EventBus events) {
        this.json = json;
        this.make = make;
        events.listen(e -> {
            if ("centre.settings.changed".equals(e.type())) {
                Object centre = e.data() == null ? null : e.data().get("centreId");
                if (centre == null) {
                    byCentre.clear();
                } else {
                    byCentre.remove(centre.toString());
                }
            }
        });
    }

    /** The configuration a kiosk of {@code centreId} is served. */
    public Served of(String centreId) {
        return byCentre.computeIfAbsent(centreId, this::serve);
    }

    private Served serve(String centreId) {
        try {
            byte[] body = json.writeValueAsBytes(make.apply(centreId));
            String etag = "\"" + Secrets.sha256(new String(body, StandardCharsets.UTF_8)).substring(0, 32) + "\"";
            return new Served(body, etag);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Kiosk configuration cannot be written as JSON", e);
        }
    }
}
