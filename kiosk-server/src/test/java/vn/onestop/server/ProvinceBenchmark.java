package vn.onestop.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.testkit.RequiresPostgres;

/**
 * Issue and call throughput of whole server processes (child JVMs, HTTP on localhost): SQLite with one process
 * (the baseline), PostgreSQL with one and with two processes on one database. 16 kiosks issue TICKETS tickets
 * spread over the processes, then 40 counters press "next" until the queue is empty. Prints figures, ratios to
 * the baseline, and the tickets a day (8 working hours) the measured rates would carry. All processes, the
 * database and the clients share this machine's cores, so two processes here show the cost of coordination
 * through PostgreSQL, not the gain of a second machine.
 */
@Tag("bench")
class ProvinceBenchmark {
    private static final int TICKETS = 300;
    private static final int KIOSKS = 16;
    private static final int COUNTERS = 40;
    private static final double WORKING_SECONDS = 8 * 3600;
    @TempDir
    Path dir;
    final ProvinceClient client = new ProvinceClient();

    /** Measured rates of one setup. */
    record Rates(double issuePerSecond, double callPerSecond) {
        double ticketsPerDay() {
            return WORKING_SECONDS / (1 / issuePerSecond + 1 / callPerSecond);
        }
    }

    @Test
    @RequiresPostgres
    void issueAndCallThroughputOnSqliteAndPostgresql() throws Exception {
        Rates sqlite = measure("sqlite_1_process", 1, null);
        Rates pg1;
        Rates pg2;
        try (TestPostgres pg = TestPostgres.create()) {
            pg1 = measure("postgresql_1_process", 1, pg);
        }
        try (TestPostgres pg = TestPostgres.create()) {
            pg2 = measure("postgresql_2_processes", 2, pg);
        }
        ratio("postgresql_1_vs_sqlite", pg1, sqlite);
        ratio("postgresql_2_vs_sqlite", pg2, sqlite);
        ratio("postgresql_2_vs_postgresql_1", pg2, pg1);
    }

    private Rates measure(String name, int processes, TestPostgres pg) throws Exception {
        Path base = Files.createDirectories(dir.resolve(name));
        Map<String, String> keys = ChildServer.counters(COUNTERS, new HashMap<>());
        if (pg != null) {
            ChildServer.database(pg, base, 10, keys);
        }
        Path config = ChildServer.config(Files.createDirectories(base.resolve("config")), keys);
        List<ChildServer> servers = new ArrayList<>();
        try {
            for (int p = 0; p < processes; p++) {
                servers.add(ChildServer.start(config, base.resolve("p" + p), "p" + p));
            }
            for (ChildServer s : servers) {
                s.awaitHealthy(client.http);
            }
            Rates r = run(servers);
            print(name + "_issue_throughput", r.issuePerSecond(), "tickets/s");
            print(name + "_call_throughput", r.callPerSecond(), "calls/s");
            print(name + "_projected_tickets_per_day", r.ticketsPerDay(), "tickets/day");
            return r;
        } finally {
            for (ChildServer s : servers) {
                s.close();
            }
        }
    }

    private Rates run(List<ChildServer> servers) throws Exception {
        String first = servers.get(0).base();
        client.firstAdmin(first, Files.readString(servers.get(0).data.resolve("first-admin-secret.txt")).trim());
        ProvinceClient.Session admin = client.login(first, "admin");
        client.createStaff(admin, first, "clerk", "counter_staff");
        client.createStaff(admin, first, "tech", "technician");
        ProvinceClient.Session clerk = client.login(first, "clerk");
        ProvinceClient.Session tech = client.login(first, "tech");
        List<String> tokens = new ArrayList<>();
        for (int k = 0; k < KIOSKS; k++) {
            tokens.add(client.enrolKiosk(tech, first, first, "bench-" + k));
        }
        for (int c = 1; c <= COUNTERS; c++) {
            ProvinceClient.expect(client.as(clerk, first, "POST", "/api/v1/counters/" + c + "/open", null), 204);
        }
        AtomicInteger next = new AtomicInteger();
        double issue = timed(KIOSKS, k -> {
            for (int i = next.getAndIncrement(); i < TICKETS; i = next.getAndIncrement()) {
                String to = servers.get(i % servers.size()).base();
                ProvinceClient.expect(client.kiosk(tokens.get(k), to, "POST", "/api/v1/tickets",
                        Map.of("idempotencyKey", "bench-ticket-" + i, "serviceCode", i % 2 == 0 ? "A" : "B")), 201);
            }
        });
        AtomicInteger called = new AtomicInteger();
        double call = timed(COUNTERS, c -> {
            for (int turn = 0; ; turn++) {
                String to = servers.get((c + turn) % servers.size()).base();
                ProvinceClient.Reply r = client.as(clerk, to, "POST", "/api/v1/counters/" + (c + 1) + "/next", null);
                if (r.status() == 204) {
                    return;
                }
                ProvinceClient.expect(r, 200);
                called.incrementAndGet();
            }
        });
        if (called.get() != TICKETS) {
            throw new AssertionError("called " + called.get() + " of " + TICKETS + " tickets");
        }
        return new Rates(TICKETS / issue, TICKETS / call);
    }

    /** One worker's loop. */
    @FunctionalInterface
    interface Worker {
        void run(int index) throws Exception;
    }

    /** Runs {@code workers} in parallel and returns the seconds until all finished. */
    private static double timed(int workers, Worker worker) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int index = w;
            futures.add(pool.submit(() -> {
                worker.run(index);
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return (System.nanoTime() - start) / 1e9;
    }

    private static void ratio(String name, Rates r, Rates baseline) {
        print(name + "_issue_ratio", r.issuePerSecond() / baseline.issuePerSecond(), "");
        print(name + "_call_ratio", r.callPerSecond() / baseline.callPerSecond(), "");
        print(name + "_tickets_per_day_ratio", r.ticketsPerDay() / baseline.ticketsPerDay(), "");
    }

    static void print(String name, double value, String unit) {
        System.out.println(String.format(Locale.ROOT, "%s: %.2f %s", name, value, unit).trim());
    }
}
