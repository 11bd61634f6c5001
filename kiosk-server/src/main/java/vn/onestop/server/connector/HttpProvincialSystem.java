package vn.onestop.server.connector;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The reference {@link ProvincialSystem}: HTTP+JSON as docs/provincial-connector.md describes ({@code POST
 * {baseUrl}/api/v1/dossiers}, the {@code Idempotency-Key} header, the HMAC signature). 200/201 is an acceptance;
 * 400/409/413/422 a refusal with the reasons the provincial system gave; anything else (no connection, time-out,
 * 401/403, 429, 5xx) is "unavailable" and retried.
 */
public final class HttpProvincialSystem implements ProvincialSystem {
    private final URI submissions;
    private final Signatures signatures;
    private final ObjectMapper json;
    private final Clock clock;
    private final Duration timeout;
    private final HttpClient http;

    public HttpProvincialSystem(URI baseUrl, Signatures signatures, ObjectMapper json, Clock clock, Duration timeout) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        this.submissions = URI.create(base + "/api/v1/dossiers");
        this.signatures = signatures;
        this.json = json;
        this.clock = clock;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public Acceptance send(Submission submission) throws ProvincialRefusal, ProvincialUnavailable {
        byte[] body;
        try {
            body = json.writeValueAsBytes(submission);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a submission cannot be written as JSON", e);
        }
        long now = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(submissions).timeout(timeout)
                .header("Content-Type", "application/json")
                .header(Signatures.IDEMPOTENCY_HEADER, submission.idempotencyKey())
                .header(Signatures.TIMESTAMP_HEADER, Long.toString(now))
                .header(Signatures.SIGNATURE_HEADER, signatures.sign(now, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> r;
        try {
            r = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ProvincialUnavailable("no answer from " + submissions + ": " + describe(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProvincialUnavailable("interrupted while sending to " + submissions, e);
        }
        int status = r.statusCode();
        if (status == 200 || status == 201) {
            JsonNode answer = parse(r.body());
            String code = answer == null ? null : text(answer, "officialCode");
            return new Acceptance(code, answer == null ? null : text(answer, "status"), status == 200);
        }
        if (status == 400 || status == 409 || status == 413 || status == 415 || status == 422) {
            throw new ProvincialRefusal(status, reasons(r.body()));
        }
        List<String> reasons = reasons(r.body());
        throw new ProvincialUnavailable(submissions + " answered " + status + ": " + String.join("; ", reasons),
                submissions + " answered " + status + " (" + reasons.size() + " reason(s) on the technician page)",
                null);
    }

    private List<String> reasons(String body) {
        JsonNode answer = parse(body);
        List<String> out = new ArrayList<>();
        if (answer != null && answer.path("errors").isArray()) {
            for (JsonNode e : answer.path("errors")) {
                String field = text(e, "field");
                out.add((field == null ? "" : field + ": ") + e.path("message").asText(""));
            }
        } else if (answer != null && answer.hasNonNull("detail")) {
            out.add(answer.get("detail").asText());
        }
        if (out.isEmpty()) {
            out.add(body == null || body.isBlank() ? "no reason given" : body.strip().substring(0,
                    Math.min(200, body.strip().length())));
        }
        return out;
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " (" + m + ")");
    }
}
