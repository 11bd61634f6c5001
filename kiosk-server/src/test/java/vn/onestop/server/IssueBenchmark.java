package vn.onestop.server;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * Issue-ticket throughput and latency at 16 and 64 concurrent clients, against a bare Javalin endpoint (the
 * framework's ceiling) and a plain JDBC insert+commit loop on SQLite with the same durability (WAL,
 * synchronous=FULL: the storage ceiling). Prints "name: value unit" lines and the ratios. Load comes from
 * {@link RawHttpLoad} (keep-alive sockets, pre-encoded requests), the same for the bare endpoint and the server.
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
            int port = server.app.port();
            RawHttpLoad.run(bare.port(), 16, REQUESTS, i -> RawHttpLoad.post(bare.port(), "/bare", "{}", null));
            RawHttpLoad.run(port, 16, REQUESTS, i -> issue(port, "warm-up-" + i, "B", token));
            for (int clients : new int[] {16, 64}) {
                Result b = result(RawHttpLoad.run(bare.port(), clients, REQUESTS,
                        i -> RawHttpLoad.post(bare.port(), "/bare", "{}", null)));
                b.print("bare_javalin_" + clients);
                Result issue = result(RawHttpLoad.run(port, clients, REQUESTS,
                        i -> issue(port, "bench-" + clients + "-" + i, "A", token)));
                issue.print("issue_" + clients);
                print("issue_vs_bare_throughput_ratio_" + clients, issue.throughput / b.throughput, "");
                print("issue_vs_storage_throughput_ratio_" + clients, issue.throughput / storage, "");
            }
        } finally {
            bare.stop();
        }
    }

    private static byte[] issue(int port, String key, String service, String token) {
        return RawHttpLoad.post(port, "/api/v1/tickets", "{\"idempotencyKey\":\"" + key + "\",\"serviceCode\":\""
                + service + "\"}", token);
    }

    private static Result result(RawHttpLoad.Result r) {
        return new Result(r.throughput(), r.p50(), r.p99());
    }

    record Result(double throughput, double p50, double p99) {
        void print(String name) {
            IssueBenchmark.print(name + "_throughput", throughput, "req/s");
            IssueBenchmark.print(name + "_p50", p50, "ms");
            IssueBenchmark.print(name + "_p99", p99, "ms");
        }
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
