package vn.onestop.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.IOException;
import vn.onestop.server.Rejection;

/** The one JSON mapper of the server, and strict body reading (unknown fields and bad types are a 400). */
public final class Json {
    private Json() {}

    public static ObjectMapper mapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    /**
     * A body this small is within any configured limit ({@code http.maxBodyBytes} is at least 1024), so it is read
     * straight into an array of its Content-Length.
     */
    private static final int ALWAYS_ALLOWED_BYTES = 1024;

    /**
     * The body's bytes. A small body with a Content-Length (a ticket, a rating, a counter action) is read into an
     * array of exactly that size: Javalin's reading copies through a new 8 KB chunk and a growing buffer, which was
     * most of the garbage of a ticket issue. Larger and chunked bodies go through Javalin's limited reading (413).
     */
    private static byte[] bodyBytes(Context ctx) {
        long length = ctx.req().getContentLengthLong();
        if (length < 0 || length > ALWAYS_ALLOWED_BYTES) {
            return ctx.bodyAsBytes();
        }
        try {
            byte[] bytes = ctx.req().getInputStream().readNBytes((int) length);
            if (bytes.length < length) {
                throw Rejection.invalid("Body could not be read: it ended after " + bytes.length + " of its "
                        + length + " bytes");
            }
            return bytes;
        } catch (IOException e) {
            throw Rejection.invalid("Body could not be read: " + e.getMessage());
        }
    }

    private static String field(JsonMappingException e) {
        String path = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                : "[" + r.getIndex() + "]").collect(java.util.stream.Collectors.joining(".")).replace(".[", "[");
        if (path.isEmpty()) {
            return "the body does not have the expected shape";
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown field '" + path + "'";
        }
        return "field '" + path + "' is missing a required part or has a value of the wrong type or format";
    }

    /** Reads the body as {@code type}, turning any JSON problem into a 400 that names it. */
    public static <T> T body(Context ctx, ObjectMapper mapper, Class<T> type) {
        byte[] bytes = bodyBytes(ctx);
        if (bytes.length == 0) {
            throw Rejection.invalid("A JSON body is required");
        }
        String sent = ctx.contentType();
        if (sent == null || !sent.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            // A form of another site can post text/plain without a preflight: only JSON is ever accepted.
            throw new Rejection(Rejection.Kind.UNSUPPORTED, "Content-Type must be application/json");
        }
        try {
            T value = mapper.readValue(bytes, type);
            if (value == null) {
                throw Rejection.invalid("A JSON object is required");
            }
            return value;
        } catch (JsonMappingException e) {
            // Name the field, never quote its value: bodies carry personal data (names, ID numbers, dates of birth).
            throw Rejection.invalid("Body is not valid " + type.getSimpleName() + " JSON: " + field(e));
        } catch (JsonProcessingException e) {
            // Jackson's message quotes the text it choked on: the place only (security review, finding 15).
            var at = e.getLocation();
            throw Rejection.invalid("Body is not valid " + type.getSimpleName() + " JSON: a syntax error"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
        } catch (IOException e) {
            throw Rejection.invalid("Body could not be read: " + e.getMessage());
        }
    }
}
