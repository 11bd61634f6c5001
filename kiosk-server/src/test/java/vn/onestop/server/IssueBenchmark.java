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
import vn.onestop.server.db.WriterStats;

/**
 * Issue-ticket throughput and latency at 16 and 64 concurrent clients, against a bare Javalin endpoint (the
 * framework's ceiling) and a plain JDBC insert+commit loop on SQLite with the same durability (WAL,
 * synchronous=FULL: the storage ceiling). Prints "name: value unit" lines and the ratios. Load comes from wrk in
 * a second process ({@link WrkLoad}), the same for the bare endpoint and the server, after a warm-up of each.
 */
@Tag("bench")
class IssueBenchmark {
    /** Seconds of each measured run, and of the warm-up of each endpoint (the JIT settles in it). */
    private static final int SECONDS = 5;
    private static final int WARM_UP_SECONDS = 10;
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
            WrkLoad bareLoad = new WrkLoad(dir, "/bare", "{}", null);
            WrkLoad warmUp = new WrkLoad(dir, "/api/v1/tickets",
                    "{\"idempotencyKey\":\"%KEY%\",\"serviceCode\":\"B\"}", token);
            WrkLoad issue = new WrkLoad(dir, "/api/v1/tickets",
                    "{\"idempotencyKey\":\"%KEY%\",\"serviceCode\":\"A\"}", token);
            // Warm up at both client counts: the JIT compilers still spent 4.5 s of a 5 s 16-client run compiling
            // when the warm-up ran 64 clients only.
            for (int clients : new int[] {16, 64}) {
                bareLoad.run(bare.port(), clients, WARM_UP_SECONDS, "warm");
                // A key prefix of its own per run: a repeated key is a replay, which is not the path measured.
                warmUp.run(port, clients, WARM_UP_SECONDS, "warm-up-" + clients);
            }
            for (int clients : new int[] {16, 64}) {
                long cpu0 = cpuNanos();
                WrkLoad.Result b = bareLoad.run(bare.port(), clients, SECONDS, "bare");
                long cpu1 = cpuNanos();
                WriterStats.Snapshot w0 = server.db.writerStats().map(WriterStats::snapshot).orElse(null);
                long jit0 = jitMillis();
                WrkLoad.Result t = issue.run(port, clients, SECONDS, "bench-" + clients);
                long cpu2 = cpuNanos();
                long jit = jitMillis() - jit0;
                WriterStats.Snapshot w = w0 == null ? null : server.db.writerStats().orElseThrow().snapshot().since(w0);
                print("bare_javalin_" + clients, b);
                print("bare_javalin_" + clients + "_cpu_per_request", (cpu1 - cpu0) / 1e6 / b.requests(), "ms");
                print("issue_" + clients, t);
                print("issue_" + clients + "_cpu_per_request", (cpu2 - cpu1) / 1e6 / t.requests(), "ms");
                print("issue_" + clients + "_jit_compile_time", jit, "ms");
                if (w != null) { // SQLite: one writer thread (PostgreSQL commits each write on its own)
                    print("issue_" + clients + "_writes_per_commit", w.writes() / (double) w.commits(), "writes");
                    print("issue_" + clients + "_writer_time_per_write", w.writeNanos() / 1e6 / w.writes(), "ms");
                    print("issue_" + clients + "_commit_sync_time", w.commitNanos() / 1e6 / w.commits(), "ms");
                    print("issue_" + clients + "_commits_over_10ms", w.slowCommits(), "commits");
                }
                print("issue_vs_bare_throughput_ratio_" + clients, t.throughput() / b.throughput(), "");
                print("issue_vs_bare_p99_ratio_" + clients, t.p99() / b.p99(), "");
                print("issue_vs_bare_cpu_per_request_ratio_" + clients,
                        ((cpu2 - cpu1) / (double) t.requests()) / ((cpu1 - cpu0) / (double) b.requests()), "");
                print("issue_vs_storage_throughput_ratio_" + clients, t.throughput() / storage, "");
            }
            long stored = server.db.read(c -> vn.onestop.server.db.Rows.count(c,
                    "SELECT COUNT(*) FROM ticket WHERE service_code = 'A'"));
            print("issue_tickets_stored", stored, "tickets");
        } finally {
            bare.stop();
        }
    }

    /** Time the JIT compilers have spent so far (their threads share the cores with the server). */
    private static long jitMillis() {
        return java.lang.management.ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }

    /** CPU time of this JVM (server, baseline and JIT; wrk runs in its own process). */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void print(String name, WrkLoad.Result r) {
        print(name + "_throughput", r.throughput(), "req/s");
        print(name + "_p50", r.p50(), "ms");
        print(name + "_p99", r.p99(), "ms");
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
