package vn.onestop.kiosk.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The gateway's HTTP calls to the management server, each with the device token of one counter. Blocking; an
 * answer other than 2xx throws {@link Refused} with the server's problem detail, a network failure IOException.
 */
final class GatewayServer {
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** The server answered with an error status. */
    static final class Refused extends Exception {
        private final int status;

        Refused(int status, String detail) {
            super(detail);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    GatewayServer(URI base) {
        this.base = base;
    }

    /** Trades a one-time code for the tokens of the code's counters. */
    Map<String, String> enrol(String code, String name) throws IOException, InterruptedException, Refused {
        JsonNode r = call("POST", "/api/v1/gateway/enrol", null, Map.of("enrolmentCode", code, "gatewayName", name));
        Map<String, String> tokens = new LinkedHashMap<>();
        r.get("tokens").fields().forEachRemaining(e -> tokens.put(e.getKey(), e.getValue().asText()));
        return tokens;
    }

    JsonNode state(String counter, String token) throws IOException, InterruptedException, Refused {
        return call("GET", "/api/v1/gateway/counters/" + counter + "/state", token, null);
    }

    void report(String counter, String token, boolean connected, String shown, String error, String where)
            throws IOException, InterruptedException, Refused {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("connected", connected);
        body.put("shown", shown);
        body.put("error", error == null ? null : error.length() > 500 ? error.substring(0, 500) : error);
        body.put("display", where.length() > 200 ? where.substring(0, 200) : where);
        call("POST", "/api/v1/gateway/counters/" + counter + "/status", token, body);
    }

    JsonNode keypad(String counter, String token, String action) throws IOException, InterruptedException, Refused {
        return call("POST", "/api/v1/gateway/counters/" + counter + "/keypad/" + action, token, null);
    }

    /** Tells the server the counter has a thermal printer ({@code description}: virtual, or port and profile). */
    void printer(String counter, String token, String description) throws IOException, InterruptedException, Refused {
        call("POST", "/api/v1/gateway/counters/" + counter + "/printer", token, Map.of("printer",
                description.length() > 200 ? description.substring(0, 200) : description));
    }

    /** The receipt slip of a dossier whose print is pending at this counter. */
    vn.onestop.core.slip.ReceiptSlip slip(String counter, String token, String code)
            throws IOException, InterruptedException, Refused {
        JsonNode n = call("GET", "/api/v1/gateway/counters/" + counter + "/slips/" + code, token, null);
        return vn.onestop.kiosk.server.WireJson.mapper().treeToValue(n, vn.onestop.core.slip.ReceiptSlip.class);
    }

    /** Reports a slip's print: printed, or the printer's reason. */
    void printResult(String counter, String token, String code, boolean printed, String error)
            throws IOException, InterruptedException, Refused {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("printed", printed);
        body.put("error", error == null ? null : error.length() > 500 ? error.substring(0, 500) : error);
        call("POST", "/api/v1/gateway/counters/" + counter + "/slips/" + code + "/result", token, body);
    }

    /** Opens the counter's event stream (resuming after {@code lastEventId} if not null); the caller closes it. */
    Stream<String> events(String counter, String token, String lastEventId)
            throws IOException, InterruptedException, Refused {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/api/v1/gateway/counters/" + counter + "/events"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<Stream<String>> r = http.send(b.build(), HttpResponse.BodyHandlers.ofLines());
        if (r.statusCode() != 200) {
            String detail = String.join(" ", r.body().limit(20).toList());
            r.body().close();
            throw new Refused(r.statusCode(), detail(detail, r.statusCode()));
        }
        return r.body();
    }

    private JsonNode call(String method, String path, String token, Object body)
            throws IOException, InterruptedException, Refused {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            b.header("Content-Type", "application/json").method(method,
                    HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new Refused(r.statusCode(), detail(r.body(), r.statusCode()));
        }
        return r.body().isEmpty() ? json.nullNode() : json.readTree(r.body());
    }

    private String detail(String body, int status) {
        try {
            JsonNode n = json.readTree(body);
            if (n != null && n.has("detail")) {
                return n.get("detail").asText();
            }
        } catch (IOException e) {
            // not a problem document
        }
        return "HTTP " + status;
    }
}
