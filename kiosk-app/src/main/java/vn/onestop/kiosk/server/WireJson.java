package vn.onestop.kiosk.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON mapping of the kiosk's wire records (to the server and in the filing outbox): ISO dates, unknown
 * fields ignored. Jackson is set up on first use (on the network thread), not when the window builds the kiosk.
 */
public final class WireJson {
    private WireJson() {}

    private static final class Holder {
        static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The shared mapper (thread-safe once configured). */
    public static ObjectMapper mapper() {
        return Holder.MAPPER;
    }
}
