package vn.onestop.server;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * Issue-ticket throughput and latency at 16 and 64 concurrent clients, against a bare Javalin endpoint (the
 * framework's ceiling) and a plain JDBC insert+commit loop on SQLite with the same durability (WAL,
 * synchronous=FULL: the storage ceiling). Prints "name: value unit" lines and the ratios.
 */
@Tag("bench")
class IssueBenchmark {
    private static final int REQUESTS = 1600;
    @TempDir
    Path dir;

    @Test
    void issueThroughputAndLatency() throws Exception {
        double storage = storageCeiling(dir.resolve("plain"));
        print("storage_ceiling_commits", storage, "ops/s");
        Javalin bare = Javalin.create(cfg -> cfg.routes.post("/bare", ctx -> ctx.json(List.of(ctx.body().length()))))
                .start(0);
        java.nio.file.Files.createDirectories(dir.resolve("server"));
        try (TestServer server = new TestServer(dir.resolve("server"))) {
            String token = server.enrolKiosk("bench");
            AtomicInteger warm = new AtomicInteger();
            run(16, i -> post("http://127.0.0.1:" + bare.port() + "/bare", "{}", null));
            run(16, i -> post(server.base() + "/api/v1/tickets", "{\"idempotencyKey\":\"warm-up-"
                    + warm.incrementAndGet() + "\",\"serviceCode\":\"B\"}", token));
            for (int clients : new int[] {16, 64}) {
                Result b = run(clients, i -> post("http://127.0.0.1:" + bare.port() + "/bare", "{}", null));
                b.print("bare_javalin_" + clients);
                AtomicInteger key = new AtomicInteger();
                Result issue = run(clients, i -> post(server.base() + "/api/v1/tickets",
                        "{\"idempotencyKey\":\"bench-" + clients + "-" + key.incrementAndGet()
                                + "\",\"serviceCode\":\"A\"}", token));
                issue.print("issue_" + clients);
                print("issue_vs_bare_throughput_ratio_" + clients, issue.throughput / b.throughput, "");
                print("issue_vs_storage_throughput_ratio_" + clients, issue.throughput / storage, "");
            }
        } finally {
            bare.stop();
        }
    }

    private final HttpClient http = HttpClient.newHttpClient();

    private int post(String url, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** One request. */
    @FunctionalInterface
    interface Call {
        int call(int i) throws Exception;
    }

    record Result(double throughput, double p50, double p99) {
        void print(String name) {
            IssueBenchmark.print(name + "_throughput", throughput, "req/s");
            IssueBenchmark.print(name + "_p50", p50, "ms");
            IssueBenchmark.print(name + "_p99", p99, "ms");
        }
    }

    private static Result run(int clients, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long[] latencies = new long[REQUESTS];
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < REQUESTS; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    int status = call.call(i);
                    latencies[i] = System.nanoTime() - t0;
                    if (status >= 300) {
                        throw new IllegalStateException("HTTP " + status);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        return new Result(REQUESTS / seconds, latencies[REQUESTS / 2] / 1e6, latencies[REQUESTS * 99 / 100] / 1e6);
    }

    private static double storageCeiling(Path folder) throws Exception {
        java.nio.file.Files.createDirectories(folder);
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        try (Connection c = cfg.createConnection("jdbc:sqlite:" + folder.resolve("plain.db"))) {
            c.createStatement().execute("CREATE TABLE t (id VARCHAR(36) PRIMARY KEY, n INTEGER, at BIGINT)");
            c.setAutoCommit(false);
            int n = 500;
            long start = System.nanoTime();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?)")) {
                for (int i = 0; i < n; i++) {
                    ps.setString(1, java.util.UUID.randomUUID().toString());
                    ps.setInt(2, i);
                    ps.setLong(3, System.currentTimeMillis());
                    ps.executeUpdate();
                    c.commit();
                }
            }
            return n / ((System.nanoTime() - start) / 1e9);
        }
    }

    static void print(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "%s: %.2f %s", name, value, unit).trim());
    }
}
