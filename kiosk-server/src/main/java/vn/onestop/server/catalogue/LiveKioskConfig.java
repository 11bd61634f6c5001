package vn.onestop.server.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.wire.KioskConfiguration;
import vn.onestop.core.wire.KioskNotice;
import vn.onestop.server.kiosk.KioskConfigSource;
import vn.onestop.server.staff.Secrets;

/**
 * The kiosk configuration built from the live catalogue: rebuilt (and its ETag changed) as soon as the catalogue,
 * calendar or kiosk texts change, cached per centre in between. {@code builder} makes the configuration from a
 * catalogue (the centre's services and names are its business); the centre's kiosk texts are laid over it here.
 */
public final class LiveKioskConfig implements KioskConfigSource {
    /** Builds a centre's kiosk configuration from the catalogue in force. */
    @FunctionalInterface
    public interface Builder {
        KioskConfiguration build(String centreId, ProcedureCatalogue catalogue);
    }

    private record Cached(long version, Document document) {}

    private final CatalogueStore store;
    private final Builder builder;
    private final ObjectMapper json;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public LiveKioskConfig(CatalogueStore store, Builder builder, ObjectMapper json) {
        this.store = store;
        this.builder = builder;
        this.json = json;
    }

    /**
     * Forgets a centre's cached configuration (its services or names changed elsewhere: the queue's settings); the
     * next request builds it again. The catalogue's own changes need no call: they move the store's version.
     */
    public void invalidate(String centreId) {
        cache.remove(centreId);
    }

    @Override
    public Document forCentre(String centreId) {
        long version = store.version();
        Cached cached = cache.get(centreId);
        if (cached != null && cached.version() == version) {
            return cached.document();
        }
        KioskConfiguration base = builder.build(centreId, store.catalogue());
        KioskTexts texts = store.texts(centreId);
        KioskConfiguration c = new KioskConfiguration(
                texts.centreNameVi().isEmpty() ? base.centreName() : texts.centreNameVi(), base.agencyCode(),
                base.services(), base.priorityClasses(), base.procedures(), base.filing(),
                texts.noticeVi().isEmpty() ? base.notice() : new KioskNotice(texts.noticeVi(), texts.noticeEn()));
        byte[] body;
        try {
            body = json.writeValueAsBytes(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Kiosk configuration cannot be written as JSON", e);
        }
        Document d = new Document(body, "\"" + Secrets.sha256(new String(body, StandardCharsets.UTF_8))
                .substring(0, 32) + "\"");
        cache.put(centreId, new Cached(version, d));
        return d;
    }
}
