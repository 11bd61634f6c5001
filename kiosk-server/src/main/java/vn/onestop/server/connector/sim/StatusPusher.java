package vn.onestop.server.connector.sim;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.server.connector.Signatures;

/**
 * Pushes status changes to the centre's callback route, signed with the shared secret; a push that gets no 2xx is
 * sent again (same event id, so the centre applies it once) after 1, 2, 4 ... 30 s, up to 20 times.
 */
final class StatusPusher implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(StatusPusher.class);
    private static final int MAX_TRIES = 20;
    private final URI callback;
    private final Signatures signatures;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "status-pusher");
        t.setDaemon(true);
        return t;
    });

    /** The outcome of the first try of a push. */
    record Pushed(String eventId, int status, String answer) {}

    StatusPusher(URI callback, Signatures signatures, ObjectMapper json, Clock clock) {
        this.callback = callback;
        this.signatures = signatures;
        this.json = json;
        this.clock = clock;
    }

    /** Pushes now (the caller waits for the first try); retried in the background if it fails. */
    Pushed push(String dossierCode, String officialCode, String status, String note) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("eventId", "sim-" + UUID.randomUUID());
        change.put("dossierCode", dossierCode);
        change.put("officialCode", officialCode);
        change.put("status", status);
        change.put("note", note);
        change.put("at", clock.instant().toString());
        byte[] body;
        try {
            body = json.writeValueAsBytes(change);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Pushed first = attempt((String) change.get("eventId"), body, 1);
        return first;
    }

    /** Pushes {@code status} after {@code delay}. */
    void pushLater(Duration delay, String dossierCode, String officialCode, String status, String note) {
        thread.schedule(() -> push(dossierCode, officialCode, status, note), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Pushed attempt(String eventId, byte[] body, int tryNo) {
        long now = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(callback).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .header(Signatures.TIMESTAMP_HEADER, Long.toString(now))
                .header(Signatures.SIGNATURE_HEADER, signatures.sign(now, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        int status;
        String answer;
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            status = r.statusCode();
            answer = r.body();
        } catch (IOException e) {
            status = 0;
            answer = "no answer: " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Pushed(eventId, 0, "interrupted");
        }
        boolean done = status >= 200 && status < 300;
        boolean retry = !done && (status == 0 || status >= 500 || status == 429) && tryNo < MAX_TRIES;
        LOG.info("SIMULATOR push {} try {}: {} {}", eventId, tryNo, status, retry ? "(retried later)" : "");
        if (retry && !thread.isShutdown()) {
            long wait = Math.min(30_000L, 1000L << Math.min(tryNo - 1, 5));
            thread.schedule(() -> attempt(eventId, body, tryNo + 1), wait, TimeUnit.MILLISECONDS);
        }
        return new Pushed(eventId, status, answer);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
