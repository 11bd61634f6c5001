package vn.onestop.server;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A centre's traffic, paced on a schedule: each kiosk issues tickets, sends heartbeats and re-reads its
 * configuration; each counter calls, serves and completes the next ticket and refreshes the queue page.
 * Rates are per simulated hour, compressed by {@code speedUp}. In baseline mode every request of the very
 * same schedule is a {@code GET /health} instead, to measure the HTTP floor under the same load shape.
 */
final class SoakTraffic {
    /** Simulated rates of a busy centre. */
    static final int TICKETS_PER_HOUR = 720;
    static final int HEARTBEAT_SIM_SECONDS = 30;
    static final int CONFIG_SIM_SECONDS = 300;
    static final int COUNTER_CYCLE_SIM_SECONDS = 10;
    static final int QUEUE_PAGE_SIM_SECONDS = 15;

    private final DemoServerProcess server;
    private final List<String> kioskTokens;
    private final Map<String, DemoServerProcess.Staff> counters;
    private final double speedUp;
    private final boolean baseline;
    final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    final AtomicLong served = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    final AtomicInteger issued = new AtomicInteger();
    final AtomicInteger completed = new AtomicInteger();

    SoakTraffic(DemoServerProcess server, List<String> kioskTokens, Map<String, DemoServerProcess.Staff> counters,
            double speedUp, boolean baseline) {
        this.server = server;
        this.kioskTokens = kioskTokens;
        this.counters = counters;
        this.speedUp = speedUp;
        this.baseline = baseline;
    }

    /** Runs the schedule for {@code seconds} of real time, then waits for requests in flight. */
    void run(double seconds) throws InterruptedException {
        ScheduledExecutorService pool = Executors.newScheduledThreadPool(16);
        long issuePeriod = micros(3600.0 * kioskTokens.size() / TICKETS_PER_HOUR);
        for (String token : kioskTokens) {
            Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
            every(pool, issuePeriod, () -> issue(auth));
            every(pool, micros(HEARTBEAT_SIM_SECONDS), () -> call("heartbeat", () -> server.post(
                    "/api/v1/kiosk/heartbeat", HEARTBEAT, auth)));
            every(pool, micros(CONFIG_SIM_SECONDS), () -> call("config", () -> server.get("/api/v1/kiosk/config", auth)));
        }
        counters.forEach((counter, staff) -> {
            Map<String, String> h = DemoServerProcess.headers(staff);
            every(pool, micros(COUNTER_CYCLE_SIM_SECONDS), () -> serveNext(counter, h));
            every(pool, micros(QUEUE_PAGE_SIM_SECONDS), () -> call("queues", () -> server.get(
                    "/api/v1/supervisor/queues", h)));
        });
        pool.awaitTermination((long) (seconds * 1000), TimeUnit.MILLISECONDS);
        pool.shutdown();
        if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("requests still in flight 60 s after the end");
        }
    }

    private long micros(double simSeconds) {
        return (long) (simSeconds / speedUp * 1_000_000);
    }

    private static void every(ScheduledExecutorService pool, long periodMicros, Runnable task) {
        long offset = (long) (Math.random() * periodMicros);
        pool.scheduleAtFixedRate(task, offset, periodMicros, TimeUnit.MICROSECONDS);
    }

    private void issue(Map<String, String> auth) {
        String key = "soak-" + (baseline ? "b" : "s") + "-" + java.util.UUID.randomUUID();
        if (call("issue", () -> server.post("/api/v1/tickets",
                "{\"idempotencyKey\":\"" + key + "\",\"serviceCode\":\"A\"}", auth)) != null) {
            issued.incrementAndGet();
        }
    }

    private void serveNext(String counter, Map<String, String> h) {
        String c = "/api/v1/counters/" + counter;
        HttpResponse<String> next = call("next", () -> server.post(c + "/next", "", h));
        if (baseline) { // the same three requests as a call that found a citizen
            call("serve", null);
            call("complete", null);
            return;
        }
        if (next == null || next.statusCode() == 204) {
            return;
        }
        try {
            String id = server.json.readTree(next.body()).get("id").asText();
            call("serve", () -> server.post(c + "/tickets/" + id + "/serve", "", h));
            if (call("complete", () -> server.post(c + "/tickets/" + id + "/complete", "", h)) != null) {
                completed.incrementAndGet();
            }
        } catch (java.io.IOException e) {
            errors.incrementAndGet();
        }
    }

    /** A request. */
    interface Request {
        HttpResponse<String> send() throws Exception;
    }

    /** Sends (or, in baseline mode, replaces by GET /health), times and counts; null on an error. */
    private HttpResponse<String> call(String kind, Request request) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<String> r = baseline ? server.get("/health", Map.of()) : request.send();
            latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - t0);
            if (r.statusCode() >= 400) {
                errors.incrementAndGet();
                return null;
            }
            served.incrementAndGet();
            return r;
        } catch (Exception e) {
            errors.incrementAndGet();
            return null;
        }
    }

    /** The 99th percentile latency in ms over every request (kind null) or one kind. */
    double p99Ms(String kind) {
        List<Long> all = new ArrayList<>();
        latencies.forEach((k, v) -> {
            if (kind == null || kind.equals(k)) {
                all.addAll(v);
            }
        });
        if (all.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * 0.99) - 1)] / 1e6;
    }

    private static final String HEARTBEAT = "{\"printer\":{\"online\":true,\"paperLow\":false,\"paperOut\":false,"
            + "\"coverOpen\":false,\"cutterError\":false,\"statusBits\":18},\"scannerOk\":true,"
            + "\"freeDiskBytes\":5000000000,\"appVersion\":\"0.1.0\",\"outboxPending\":0}";
}
