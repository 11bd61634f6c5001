package vn.onestop.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.onestop.server.http.Json;

/**
 * A browser's event stream on one server process: records, per event type, the ticket ids it saw with the event
 * ids, and whether the ids ever went backwards (they must only grow, across processes too).
 */
public final class SseRecorder implements AutoCloseable {
    public final Map<String, Long> issued = new ConcurrentHashMap<>();
    public final Set<String> called = ConcurrentHashMap.newKeySet();
    public final AtomicBoolean outOfOrder = new AtomicBoolean();
    /** Every event as "id type", in arrival order. */
    public final java.util.concurrent.BlockingQueue<String> events = new java.util.concurrent.LinkedBlockingQueue<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final ObjectMapper json = Json.mapper();
    private final InputStream body;

    public SseRecorder(HttpClient http, String base, ProvinceClient.Session session) throws Exception {
        this(http, base, session, null);
    }

    /** Opens a stream, sending {@code lastEventId} (when not null) as a reconnecting browser does. */
    public SseRecorder(HttpClient http, String base, ProvinceClient.Session session, String lastEventId) throws Exception {
        this(http, base + "/api/v1/events", lastEventId, session);
    }

    /** Opens the staff stream at {@code url} (e.g. with {@code ?centre=*} for a province-wide user, issue 21). */
    public SseRecorder(HttpClient http, String url, String lastEventId, ProvinceClient.Session session)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", session.cookie()).header("Accept", "text/event-stream").GET();
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (r.statusCode() != 200) {
            throw new AssertionError("event stream answered HTTP " + r.statusCode());
        }
        body = r.body();
        Thread reader = new Thread(this::read, "sse-" + url);
        reader.setDaemon(true);
        reader.start();
        if (!connected.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("event stream of " + url + " sent nothing within 10 s");
        }
    }

    private void read() {
        long lastId = -1;
        long id = -1;
        String type = null;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                connected.countDown();
                if (line.startsWith("id:")) {
                    id = Long.parseLong(line.substring(3).trim());
                } else if (line.startsWith("event:")) {
                    type = line.substring(6).trim();
                } else if (line.startsWith("data:") && type != null) {
                    if (id <= lastId) {
                        outOfOrder.set(true);
                    }
                    lastId = id;
                    events.add(id + " " + type);
                    record(type, id, json.readTree(line.substring(5).trim()));
                    type = null;
                }
            }
        } catch (IOException closedOrKilled) {
            connected.countDown();
        }
    }

    private void record(String type, long id, JsonNode data) {
        if (!data.has("ticketId")) {
            return;
        }
        if (type.equals("ticket.issued")) {
            issued.put(data.get("ticketId").asText(), id);
        } else if (type.equals("ticket.called")) {
            called.add(data.get("ticketId").asText());
        }
    }

    /** Takes events until one of {@code type} arrives (returned last), failing after 10 s. */
    public List<String> until(String type) throws InterruptedException {
        List<String> got = new java.util.ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            String e = events.poll(100, TimeUnit.MILLISECONDS);
            if (e != null) {
                got.add(e);
                if (e.endsWith(" " + type)) {
                    return got;
                }
            }
        }
        throw new AssertionError("no " + type + " event within 10 s; got " + got);
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
