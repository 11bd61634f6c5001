package vn.onestop.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.JsonNode;
import vn.onestop.testkit.Wait;
import static vn.onestop.server.BenchLoad.percentile;
import static vn.onestop.server.BenchLoad.print;
import static vn.onestop.server.BenchLoad.timed;

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
 *
 * <p>Issue 21 adds a province: 100 centres x 3 kiosks x 4 counters made through the admin API, on PostgreSQL with
 * two processes, against the same load on one centre, then up to 10,000 live event streams (hall displays and
 * counter consoles, raw non-blocking sockets: {@link SseFanOut}) with issue p99 against none and call-to-display
 * delivery. Ticket counts are scaled so the whole class runs in about five minutes; the figures scale with what else
 * runs on the machine (the README's benchmark notes say what the two cores limit).
 */
@Tag("bench")
class ProvinceBenchmark {
    private static final int TICKETS = 200;
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

    // Issue 21: a province of a hundred centres on two server processes, then thousands of live streams.
    private static final int CENTRES = 100;
    private static final int KIOSKS_PER_CENTRE = 3;
    private static final int COUNTERS_PER_CENTRE = 4;
    /** Tickets of each measured phase (issued, then all called), scaled to keep the whole run within minutes. */
    private static final int PHASE_TICKETS = 400;
    /** Kiosks issuing at once and counters' clerks calling at once, the same in every phase. */
    private static final int ISSUERS = 16;
    private static final int CALLERS = 40;
    private static final int STREAM_TARGET = 10_000;
    private static final int PACED_CALLS = 200;
    private static final int PACED_PER_SECOND = 10;
    private static final int PACED_ISSUE_PER_SECOND = 40;
    private static final int STREAM_BATCH = 1000;

    /** A counter: its id, centre, and a session of a clerk there. */
    record Desk(String id, String centre, ProvinceClient.Session clerk) {}

    /**
     * One measured phase: requests per second, p99 latency, and the calls made ("counterId|number": nanoTime the
     * clerk's "next" was sent, and nanoTime its answer arrived).
     */
    record Phase(double perSecond, double p99Ms, Map<String, Long> calls, Map<String, Long> answered) {}

    /**
     * 100 centres x 3 kiosks x 4 counters made through the admin API on PostgreSQL with two server processes. The
     * baseline is the same load (same tickets, {@value #ISSUERS} kiosks issuing and {@value #CALLERS} counters calling
     * at once) on one centre ('main' with {@value #CALLERS} counters) in the same run, on the same servers. Then up to
     * {@value #STREAM_TARGET} live streams (half hall displays, half counter consoles, spread over the centres and
     * both processes) are opened, and the hundred centres' load runs again: ticket-issue p99 with the streams against
     * without, and how long a call takes to reach every display of its centre.
     */
    @Test
    @RequiresPostgres
    void hundredCentresOnTwoPostgresqlProcessesWithLiveStreams() throws Exception {
        try (TestPostgres pg = TestPostgres.create()) {
            Path base = Files.createDirectories(dir.resolve("province"));
            Map<String, String> keys = ChildServer.counters(CALLERS, new HashMap<>());
            ChildServer.database(pg, base, 10, keys);
            // Every benchmark client comes from 127.0.0.1, so the per-address caps are as high as the totals.
            for (String kind : List.of("display", "staff")) {
                keys.put("events." + kind + ".maxStreams", Integer.toString(STREAM_TARGET));
                keys.put("events." + kind + ".maxStreamsPerAddress", Integer.toString(STREAM_TARGET));
            }
            Path config = ChildServer.config(Files.createDirectories(base.resolve("config")), keys);
            List<ChildServer> servers = new ArrayList<>();
            try {
                for (int p = 0; p < 2; p++) {
                    servers.add(ChildServer.start(config, base.resolve("p" + p), "p" + p, "1g"));
                }
                for (ChildServer s : servers) {
                    s.awaitHealthy(client.http);
                }
                province(servers);
            } finally {
                for (ChildServer s : servers) {
                    s.close();
                }
            }
        }
    }

    private void province(List<ChildServer> servers) throws Exception {
        String first = servers.get(0).base();
        client.firstAdmin(first, Files.readString(servers.get(0).data.resolve("first-admin-secret.txt")).trim());
        ProvinceClient.Session admin = client.login(first, "admin");
        account(admin, first, "tech", "technician", "*");
        ProvinceClient.Session tech = client.login(first, "tech");

        // The baseline: one centre with the same number of kiosks issuing and counters calling at once.
        account(admin, first, "clerk-main", "counter_staff", "main");
        ProvinceClient.Session mainClerk = client.login(first, "clerk-main");
        List<String> mainKiosks = new ArrayList<>();
        for (int k = 0; k < ISSUERS; k++) {
            mainKiosks.add(client.enrolKiosk(tech, first, servers.get(k % 2).base(), "main-" + k, "main"));
        }
        List<Desk> mainDesks = new ArrayList<>();
        for (int c = 1; c <= CALLERS; c++) {
            mainDesks.add(new Desk(Integer.toString(c), "main", mainClerk));
        }
        open(first, mainDesks);

        // The province: centres, their clerks, counters and kiosks, all through the HTTP API.
        long setupStart = System.nanoTime();
        List<String> centres = new ArrayList<>();
        for (int c = 0; c < CENTRES; c++) {
            centres.add(String.format(Locale.ROOT, "xa-%03d", c));
        }
        String[][] kioskTokens = new String[CENTRES][KIOSKS_PER_CENTRE];
        List<List<Desk>> desksOf = new ArrayList<>();
        List<ProvinceClient.Session> clerks = new ArrayList<>();
        for (int c = 0; c < CENTRES; c++) {
            desksOf.add(new ArrayList<>());
            clerks.add(null);
        }
        timed(4, w -> {
            for (int c = w; c < CENTRES; c += 4) {
                String id = centres.get(c);
                String at = servers.get(c % 2).base();
                ProvinceClient.expect(client.as(admin, at, "POST", "/api/v1/admin/centres", Map.of("id", id,
                        "nameVi", "Trung tâm xã " + c, "nameEn", "Commune centre " + c, "kind", "commune",
                        "provinceCode", "01", "agencyCode", String.format(Locale.ROOT, "H41.%03d", c))), 201);
                account(admin, at, "clerk-" + id, "counter_staff", id);
                ProvinceClient.Session clerk = client.login(at, "clerk-" + id);
                clerks.set(c, clerk);
                for (int n = 1; n <= COUNTERS_PER_CENTRE; n++) {
                    String counter = ProvinceClient.expect(client.as(admin, at, "POST", "/api/v1/admin/counters?centre="
                            + id, Map.of("name", "Quầy " + n, "services", List.of("A", "B", "C"))), 201)
                            .body().get("id").asText();
                    desksOf.get(c).add(new Desk(counter, id, clerk));
                }
                open(at, desksOf.get(c));
                for (int k = 0; k < KIOSKS_PER_CENTRE; k++) {
                    kioskTokens[c][k] = client.enrolKiosk(tech, at, servers.get((c + k) % 2).base(),
                            id + "-kiosk-" + k, id);
                }
            }
        });
        print("province_setup_100_centres", (System.nanoTime() - setupStart) / 1e9, "s");
        List<String> provinceKiosks = new ArrayList<>();
        for (int k = 0; k < KIOSKS_PER_CENTRE; k++) {
            for (int c = 0; c < CENTRES; c++) {
                provinceKiosks.add(kioskTokens[c][k]); // consecutive tickets go to different centres
            }
        }
        List<Desk> provinceDesks = new ArrayList<>();
        for (int n = 0; n < COUNTERS_PER_CENTRE; n++) {
            for (int c = 0; c < CENTRES; c++) {
                provinceDesks.add(desksOf.get(c).get(n)); // each caller serves counters of ten centres
            }
        }

        Phase oneIssue = issue(servers, mainKiosks, "one");
        Phase oneCall = call(servers, mainDesks);
        phase("one_centre", oneIssue, oneCall);
        Phase provIssue = issue(servers, provinceKiosks, "province");
        Phase provCall = call(servers, provinceDesks);
        phase("centres_100", provIssue, provCall);
        print("centres_100_vs_one_centre_issue_ratio", provIssue.perSecond() / oneIssue.perSecond(), "");
        print("centres_100_vs_one_centre_call_ratio", provCall.perSecond() / oneCall.perSecond(), "");
        print("centres_100_vs_one_centre_issue_p99_ratio", provIssue.p99Ms() / oneIssue.p99Ms(), "");
        print("centres_100_vs_one_centre_call_p99_ratio", provCall.p99Ms() / oneCall.p99Ms(), "");
        // Saturation makes p99 mostly queueing; a province's real day issues far below capacity.
        settle("before_paced_issue_without_streams");
        Phase quietPaced = pacedIssue(servers, provinceKiosks, "quiet-paced");
        call(servers, provinceDesks);

        try (SseFanOut fan = new SseFanOut()) {
            int reached = openStreams(fan, servers, centres, clerks);
            // The steady pace first, once the servers are idle again after opening the streams (measured after the
            // saturated phases, it ran while the servers still wrote those phases' events out).
            settle("before_paced_issue_with_streams");
            Phase livePaced = pacedIssue(servers, provinceKiosks, "live-paced");
            call(servers, provinceDesks);
            Phase liveIssue = issue(servers, provinceKiosks, "live");
            Phase liveCall = call(servers, provinceDesks);
            phase("centres_100_with_" + reached + "_streams", liveIssue, liveCall);
            print("streams_issue_p99_ratio", liveIssue.p99Ms() / provIssue.p99Ms(), "(target <= 1.5)");
            print("streams_issue_throughput_ratio", liveIssue.perSecond() / provIssue.perSecond(), "");
            print("streams_call_p99_ratio", liveCall.p99Ms() / provCall.p99Ms(), "");
            delivery(fan, liveCall, provinceDesks, "call_to_display_at_full_load");
            print("paced_issue_p99_no_streams", quietPaced.p99Ms(), "ms (" + PHASE_TICKETS + " tickets at "
                    + PACED_ISSUE_PER_SECOND + "/s)");
            print("paced_issue_p99_with_" + reached + "_streams", livePaced.p99Ms(), "ms");
            print("streams_paced_issue_p99_ratio", livePaced.p99Ms() / quietPaced.p99Ms(), "(target <= 1.5)");
            // A province's real calls: 400 counters each calling every few minutes is a few calls a second; the
            // full-load phase above presses "next" as fast as 40 clerks can, so its delivery time is mostly the
            // call's own wait in a saturated server. Here calls come at a steady pace on the same open streams.
            issue(servers, provinceKiosks, "paced");
            quiesce("before_paced_calls");
            Phase paced = pacedCalls(servers, provinceDesks);
            print("paced_call_p99", paced.p99Ms(), "ms (" + PACED_CALLS + " calls at " + PACED_PER_SECOND + "/s)");
            delivery(fan, paced, provinceDesks, "call_to_display_paced");
            print("streams_still_open_after_load", fan.open.get() - fan.ended.get(), "streams");
            processes();
        }
    }

    /** A staff account with {@code role} at {@code centre} ('*': province-wide), made by the province admin. */
    private void account(ProvinceClient.Session admin, String base, String username, String role, String centre)
            throws Exception {
        ProvinceClient.expect(client.as(admin, base, "POST", "/api/v1/admin/staff", Map.of("username", username,
                "displayName", username, "role", role, "password", ProvinceClient.PASSWORD, "centre", centre)), 201);
    }

    private void open(String base, List<Desk> desks) throws Exception {
        for (Desk d : desks) {
            ProvinceClient.expect(client.as(d.clerk(), base, "POST", "/api/v1/counters/" + d.id() + "/open?centre="
                    + d.centre(), null), 204);
        }
    }

    /** {@value #PHASE_TICKETS} tickets from {@value #ISSUERS} kiosks at once, alternating between the processes. */
    private Phase issue(List<ChildServer> servers, List<String> kiosks, String phase) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[PHASE_TICKETS];
        double seconds = timed(ISSUERS, w -> {
            for (int i = next.getAndIncrement(); i < PHASE_TICKETS; i = next.getAndIncrement()) {
                String to = servers.get(i % servers.size()).base();
                long t0 = System.nanoTime();
                ProvinceClient.expect(client.kiosk(kiosks.get(i % kiosks.size()), to, "POST", "/api/v1/tickets",
                        Map.of("idempotencyKey", phase + "-ticket-" + i, "serviceCode", i % 2 == 0 ? "A" : "B")),
                        201);
                latencies[i] = System.nanoTime() - t0;
            }
        });
        return new Phase(PHASE_TICKETS / seconds, p99(latencies), Map.of(), Map.of());
    }

    /** {@value #CALLERS} clerks press "next" on their counters in turn until every queue is empty. */
    private Phase call(List<ChildServer> servers, List<Desk> desks) throws Exception {
        Queue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, Long> calls = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Long> answered = new java.util.concurrent.ConcurrentHashMap<>();
        double seconds = timed(CALLERS, w -> {
            List<Desk> mine = new ArrayList<>();
            for (int d = w; d < desks.size(); d += CALLERS) {
                mine.add(desks.get(d));
            }
            for (int turn = 0; !mine.isEmpty(); turn++) {
                Desk d = mine.get(turn % mine.size());
                String to = servers.get((w + turn) % servers.size()).base();
                long t0 = System.nanoTime();
                ProvinceClient.Reply r = client.as(d.clerk(), to, "POST", "/api/v1/counters/" + d.id()
                        + "/next?centre=" + d.centre(), null);
                long took = System.nanoTime() - t0;
                if (r.status() == 204) {
                    mine.remove(d);
                    continue;
                }
                JsonNode ticket = ProvinceClient.expect(r, 200).body();
                latencies.add(took);
                calls.put(d.id() + "|" + ticket.get("displayNumber").asText(), t0);
                answered.put(d.id() + "|" + ticket.get("displayNumber").asText(), t0 + took);
            }
        });
        if (calls.size() != PHASE_TICKETS) {
            throw new AssertionError("called " + calls.size() + " of " + PHASE_TICKETS + " tickets");
        }
        return new Phase(PHASE_TICKETS / seconds, p99(latencies.stream().mapToLong(Long::longValue).toArray()),
                calls, answered);
    }

    private static void phase(String name, Phase issue, Phase call) {
        print(name + "_issue_throughput", issue.perSecond(), "tickets/s");
        print(name + "_issue_p99", issue.p99Ms(), "ms");
        print(name + "_call_throughput", call.perSecond(), "calls/s");
        print(name + "_call_p99", call.p99Ms(), "ms");
        print(name + "_projected_tickets_per_day", new Rates(issue.perSecond(), call.perSecond()).ticketsPerDay(),
                "tickets/day");
    }

    /**
     * Opens up to {@value #STREAM_TARGET} streams in batches of {@value #STREAM_BATCH}, each centre's share half
     * displays ({@code /api/v1/display/events?centre=}) and half consoles ({@code /api/v1/events?centre=} as its
     * clerk), alternating between the processes; stops at the first batch with a refusal or failure. Returns how
     * many are open.
     */
    private int openStreams(SseFanOut fan, List<ChildServer> servers, List<String> centres,
            List<ProvinceClient.Session> clerks) {
        List<SseFanOut.Target> targets = new ArrayList<>();
        for (int m = 0; m < STREAM_TARGET / CENTRES; m++) {
            for (int c = 0; c < CENTRES; c++) {
                int port = servers.get((m / 2 + c) % servers.size()).port;
                String id = centres.get(c);
                targets.add(m % 2 == 0 ? new SseFanOut.Target(port, "/api/v1/display/events?centre=" + id, null, true,
                        id) : new SseFanOut.Target(port, "/api/v1/events?centre=" + id, clerks.get(c).cookie(), false,
                        id));
            }
        }
        long start = System.nanoTime();
        int sent = 0;
        while (sent < targets.size()) {
            List<SseFanOut.Target> batch = targets.subList(sent, Math.min(targets.size(), sent + STREAM_BATCH));
            fan.open(batch);
            sent += batch.size();
            int expected = sent;
            try {
                Wait.until(() -> fan.answered() >= expected, Duration.ofSeconds(60), "streams answered");
            } catch (AssertionError e) {
                print("streams_unanswered_in_last_batch", expected - fan.answered(), "streams");
                break;
            }
            if (fan.refused.get() + fan.failed.get() > 0) {
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        print("streams_target", STREAM_TARGET, "streams");
        print("streams_open", fan.open.get(), "streams");
        print("streams_refused", fan.refused.get(), "streams");
        print("streams_failed", fan.failed.get(), "streams");
        if (fan.firstRefusal() != null) {
            System.out.println("streams_first_refusal: " + fan.firstRefusal());
        }
        print("streams_open_rate", fan.open.get() / seconds, "streams/s");
        return fan.open.get();
    }

    /**
     * Call-to-display delivery: from the moment a clerk sent "next" until each open display of that counter's centre
     * received the call (on either process: the call travels between them through PostgreSQL).
     */
    private static void delivery(SseFanOut fan, Phase calls, List<Desk> desks, String name) {
        Map<String, String> centreOf = new HashMap<>();
        for (Desk d : desks) {
            centreOf.put(d.id(), d.centre());
        }
        long expected = 0;
        for (String key : calls.calls().keySet()) {
            AtomicInteger displays = fan.displaysOpen.get(centreOf.get(key.substring(0, key.indexOf('|'))));
            expected += displays == null ? 0 : displays.get();
        }
        long want = expected;
        try {
            Wait.until(() -> received(fan, calls) >= want, Duration.ofSeconds(15), "every display got every call");
        } catch (AssertionError e) {
            // the figures below say how many did not arrive
        }
        long[] all = delays(fan, calls.calls());
        print(name + "_deliveries", all.length, "of " + want + " expected");
        print(name + "_p50", percentile(all, 0.50), "ms");
        print(name + "_p99", percentile(all, 0.99), "ms (target < 1000)");
        print(name + "_max", percentile(all, 1.0), "ms");
        // From the moment the clerk's console had the answer (the call made and saved) to each display: at full load
        // the figure above also holds the call request's own wait in a saturated server. A display may show the call
        // before the console does (a negative delay).
        long[] afterAnswer = delays(fan, calls.answered());
        print(name + "_after_answer_p50", percentile(afterAnswer, 0.50), "ms");
        print(name + "_after_answer_p99", percentile(afterAnswer, 0.99), "ms");
    }

    /** Each display's delay for each call, from {@code from} (nanoTime per "counterId|number"). */
    private static long[] delays(SseFanOut fan, Map<String, Long> from) {
        List<Long> delays = new ArrayList<>();
        from.forEach((key, t) -> {
            Queue<Long> got = fan.calls.get(key);
            if (got != null) {
                for (long at : got) {
                    delays.add(at - t);
                }
            }
        });
        return delays.stream().mapToLong(Long::longValue).toArray();
    }

    /**
     * {@value #PHASE_TICKETS} tickets at {@value #PACED_ISSUE_PER_SECOND} a second (scheduled, not slept), each from
     * the next kiosk in turn, alternating between the processes: the p99 of a province issuing at a steady pace well
     * below its capacity (about a third of it here).
     */
    private Phase pacedIssue(List<ChildServer> servers, List<String> kiosks, String phase) throws Exception {
        long[] latencies = new long[PHASE_TICKETS];
        BenchLoad.Collections before = BenchLoad.collections();
        BenchLoad.paced(PHASE_TICKETS, PACED_ISSUE_PER_SECOND, 16, i -> {
            String to = servers.get(i % servers.size()).base();
            long t0 = System.nanoTime();
            ProvinceClient.expect(client.kiosk(kiosks.get(i % kiosks.size()), to, "POST", "/api/v1/tickets",
                    Map.of("idempotencyKey", phase + "-ticket-" + i, "serviceCode", i % 2 == 0 ? "A" : "B")), 201);
            latencies[i] = System.nanoTime() - t0;
        });
        // The pauses inside the phase: the benchmark's own JVM (the kiosks' HTTP client and, with streams, the
        // reader of every stream) and each server process; a pause of either lands in the measured latencies.
        before.printSince("paced_issue_" + phase.replace('-', '_'));
        return new Phase(PACED_ISSUE_PER_SECOND, p99(latencies), Map.of(), Map.of());
    }

    /**
     * {@value #PACED_CALLS} calls, {@value #PACED_PER_SECOND} a second (scheduled, not slept), each on the next
     * counter in turn (counters of different centres one after another), alternating between the processes.
     */
    private Phase pacedCalls(List<ChildServer> servers, List<Desk> desks) throws Exception {
        Queue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, Long> calls = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Long> answered = new java.util.concurrent.ConcurrentHashMap<>();
        BenchLoad.paced(PACED_CALLS, PACED_PER_SECOND, 8, i -> {
            Desk d = desks.get(i % desks.size());
            String to = servers.get(i % servers.size()).base();
            long t0 = System.nanoTime();
            ProvinceClient.Reply r = client.as(d.clerk(), to, "POST", "/api/v1/counters/" + d.id()
                    + "/next?centre=" + d.centre(), null);
            long at = System.nanoTime();
            latencies.add(at - t0);
            if (r.status() == 200) {
                calls.put(d.id() + "|" + r.body().get("displayNumber").asText(), t0);
                answered.put(d.id() + "|" + r.body().get("displayNumber").asText(), at);
            }
        });
        print("paced_calls_made", calls.size(), "calls");
        return new Phase(PACED_PER_SECOND, p99(latencies.stream().mapToLong(Long::longValue).toArray()), calls,
                answered);
    }

    private static long received(SseFanOut fan, Phase calls) {
        long n = 0;
        for (String key : calls.calls().keySet()) {
            Queue<Long> got = fan.calls.get(key);
            n += got == null ? 0 : got.size();
        }
        return n;
    }

    /**
     * Collects garbage in every server process and in this JVM, then waits until the servers are idle: a measured
     * steady phase then starts as a day runs, with the streams (and whatever else the previous phases left) already
     * in the old generation. Without it, the first young collection after 10,000 streams were opened copied all of
     * their objects, a 60 ms pause inside the phase measured with the streams and in none of the phase without.
     */
    private static void settle(String name) throws Exception {
        BenchLoad.collectGarbage();
        quiesce(name);
    }

    /**
     * Waits (at most 30 s) until the server processes are idle: under a tenth of a core over a half-second window,
     * so a measured phase does not start while the servers still write out the previous phase's events. Prints how
     * long it took.
     */
    private static void quiesce(String name) throws IOException {
        long start = System.nanoTime();
        for (int window = 0; window < 60; window++) {
            long before = serverCpuTicks();
            java.util.concurrent.locks.LockSupport.parkNanos(500_000_000L); // the measuring window itself
            if (serverCpuTicks() - before <= 5) { // clock ticks of 10 ms: 50 ms of CPU in 500 ms
                break;
            }
        }
        print("quiet_wait_" + name, (System.nanoTime() - start) / 1e9, "s");
    }

    /** User and system CPU clock ticks used so far by this JVM's child Java processes (the servers). */
    private static long serverCpuTicks() throws IOException {
        long ticks = 0;
        for (ProcessHandle h : ProcessHandle.current().children().toList()) {
            Path stat = Path.of("/proc", Long.toString(h.pid()), "stat");
            if (!Files.exists(stat)) {
                continue;
            }
            String text = Files.readString(stat);
            String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
            ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
        }
        return ticks;
    }

    /** A server process's garbage collections so far (the JDK's jstat): young and full, count and total seconds. */
    private static void gc(int p, long pid) {
        try {
            Process jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid)).redirectErrorStream(true).start();
            List<String> lines = new String(jstat.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .lines().toList();
            if (!jstat.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) || lines.size() < 2) {
                return;
            }
            String[] names = lines.get(0).trim().split("\\s+");
            String[] values = lines.get(1).trim().split("\\s+");
            for (int i = 0; i < Math.min(names.length, values.length); i++) {
                switch (names[i]) {
                    case "YGC", "FGC" -> print("server_process_" + p + "_gc_" + names[i], Double.parseDouble(values[i]),
                            "collections");
                    case "YGCT", "FGCT", "GCT" -> print("server_process_" + p + "_gc_" + names[i],
                            Double.parseDouble(values[i]), "s");
                    default -> { }
                }
            }
        } catch (IOException | InterruptedException | NumberFormatException e) {
            System.out.println("server_process_" + p + "_gc: not read (" + e + ")");
        }
    }

    /** The server processes' threads, resident memory and open-file limit while the streams are open. */
    private static void processes() throws IOException {
        List<ProcessHandle> children = ProcessHandle.current().children().toList();
        int p = 0;
        for (ProcessHandle h : children) {
            Path status = Path.of("/proc", Long.toString(h.pid()), "status");
            if (!Files.exists(status) || !h.info().command().orElse("").endsWith("java")) {
                continue;
            }
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("Threads:")) {
                    print("server_process_" + p + "_threads", Double.parseDouble(line.split("\\s+")[1]), "threads");
                } else if (line.startsWith("VmRSS:")) {
                    print("server_process_" + p + "_rss", Double.parseDouble(line.split("\\s+")[1]) / 1024, "MB");
                }
            }
            try (java.util.stream.Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(h.pid()), "fd"))) {
                print("server_process_" + p + "_open_files", fds.count(), "files");
            }
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(h.pid()), "limits"))) {
                if (line.startsWith("Max open files")) {
                    print("server_process_" + p + "_open_file_limit", Double.parseDouble(line.split("\\s+")[3]),
                            "files");
                }
            }
            gc(p, h.pid());
            p++;
        }
        print("machine_cores", Runtime.getRuntime().availableProcessors(), "cores (servers, database and clients)");
    }

    private static double p99(long[] nanos) {
        return percentile(nanos, 0.99);
    }

    private static void ratio(String name, Rates r, Rates baseline) {
        print(name + "_issue_ratio", r.issuePerSecond() / baseline.issuePerSecond(), "");
        print(name + "_call_ratio", r.callPerSecond() / baseline.callPerSecond(), "");
        print(name + "_tickets_per_day_ratio", r.ticketsPerDay() / baseline.ticketsPerDay(), "");
    }
}
