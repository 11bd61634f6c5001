package vn.onestop.server.notify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A local SMS gateway following docs/sms-gateway.md, on a random port: it checks the bearer token, answers the next
 * scripted status (200 when the script is empty), and, as a real gateway does, accepts each idempotency key once
 * (a repeat of an accepted key gets 409). It counts requests and acceptances per key.
 */
final class SmsGatewayStub implements AutoCloseable {
    static final String TOKEN = "stub-token-0123456789";
    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    private final Deque<Integer> script = new ArrayDeque<>();
    private final Map<String, Integer> requests = new HashMap<>();
    private final Map<String, Integer> accepted = new HashMap<>();
    private final List<JsonNode> bodies = new ArrayList<>();

    SmsGatewayStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sms", this::handle);
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/sms");
    }

    /** The statuses the next requests get, in order. */
    synchronized void answer(Integer... statuses) {
        script.addAll(List.of(statuses));
    }

    synchronized int requests(String key) {
        return requests.getOrDefault(key, 0);
    }

    synchronized int accepted(String key) {
        return accepted.getOrDefault(key, 0);
    }

    synchronized int totalRequests() {
        return requests.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The accepted request bodies, in order. */
    synchronized List<JsonNode> bodies() {
        return List.copyOf(bodies);
    }

    private void handle(HttpExchange x) throws IOException {
        byte[] body = x.getRequestBody().readAllBytes();
        int status;
        synchronized (this) {
            String key = x.getRequestHeaders().getFirst("Idempotency-Key");
            if (!("Bearer " + TOKEN).equals(x.getRequestHeaders().getFirst("Authorization"))) {
                status = 401;
            } else if (key == null) {
                status = 400;
            } else {
                requests.merge(key, 1, Integer::sum);
                Integer scripted = script.poll();
                status = scripted == null ? 200 : scripted;
                if (status == 200 && accepted.containsKey(key)) {
                    status = 409;
                } else if (status == 200) {
                    accepted.merge(key, 1, Integer::sum);
                    bodies.add(json.readTree(body));
                }
            }
        }
        byte[] answer = ("{\"status\":" + status + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "application/json");
        x.sendResponseHeaders(status, answer.length);
        x.getResponseBody().write(answer);
        x.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
