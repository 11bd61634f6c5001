package vn.onestop.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import static vn.onestop.server.BenchLoad.percentile;
import static vn.onestop.server.BenchLoad.print;
import static vn.onestop.server.BenchLoad.timed;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.testkit.Wait;

/**
 * The mobile ticket page under load (issue 24): one server process on SQLite with 100 centres (one kiosk and one
 * counter each, made through the admin API) and up to {@value #TRACKED_TARGET} waiting tickets, each followed by a
 * phone streaming its ticket's events ({@code /api/v1/mobile/tickets/{token}/events}, as the page does while the
 * stream caps allow; the caps are raised here because every client is 127.0.0.1). Raw non-blocking sockets on one
 * thread ({@link SseFanOut}) stand in for the phones.
 *
 * <p>Measured: ticket-issue p99 of {@value #PHASE_TICKETS} tickets from {@value #ISSUERS} kiosks at once with no
 * phone streaming (the baseline, same server, same waiting tickets, same run) and again with every phone
 * streaming; then one call per centre, paced at {@value #CALLS_PER_SECOND} calls a second, and for every phone of
 * that centre the time from the clerk's "next" until its stream shows the ticket's new people-ahead count (or
 * "called" for the ticket called). The tracked tickets are issued through the kiosk API for at most
 * {@value #SEED_SECONDS} s, so on a slow machine fewer than {@value #TRACKED_TARGET} are tracked: the printed
 * {@code tracked_tickets} says how many. The server, SQLite and all clients share this machine's cores.
 */
@Tag("bench")
class MobileTicketBenchmark {
    private static final int CENTRES = 100;
    private static final int TRACKED_TARGET = 10_000;
    private static final int SEED_SECONDS = 75;
    private static final int PHASE_TICKETS = 300;
    private static final int ISSUERS = 16;
    private static final int CALLS_PER_SECOND = 10;
    private static final int STREAM_BATCH = 1000;
    private static final String PUBLIC_BASE = "https://hcc.example.gov.vn";
    @TempDir
    Path dir;
    final ProvinceClient client = new ProvinceClient();

    /** A centre: its id, its counter, its clerk and its kiosk's token. */
    record Centre(String id, String counter, ProvinceClient.Session clerk, String kiosk) {}

    @Test
    void issueP99AndPositionUpdatesWithTenThousandPhonesStreaming() throws Exception {
        Map<String, String> keys = new HashMap<>();
        keys.put("mobile.publicBaseUrl", PUBLIC_BASE);
        keys.put("mobile.maxStreams", Integer.toString(TRACKED_TARGET));
        keys.put("mobile.maxStreamsPerAddress", Integer.toString(TRACKED_TARGET));
        Path config = ChildServer.config(Files.createDirectories(dir.resolve("config")), keys);
        try (ChildServer server = ChildServer.start(config, dir.resolve("data"), "mobile", "1g")) {
            server.awaitHealthy(client.http);
            run(server);
        }
    }

    private void run(ChildServer server) throws Exception {
        String base = server.base();
        print("machine_cores", Runtime.getRuntime().availableProcessors(),
                "cores (one server process on SQLite, the kiosks, clerks and phones all share them)");
        List<Centre> centres = province(server);

        // The tracked tickets: service A, round the centres, each with its link.
        long seedStart = System.nanoTime();
        long seedDeadline = seedStart + TimeUnit.SECONDS.toNanos(SEED_SECONDS);
        String[] tokens = new String[TRACKED_TARGET];
        AtomicInteger next = new AtomicInteger();
        timed(ISSUERS, w -> {
            for (int i = next.getAndIncrement(); i < TRACKED_TARGET && System.nanoTime() < seedDeadline;
                    i = next.getAndIncrement()) {
                Centre c = centres.get(i % CENTRES);
                String url = ProvinceClient.expect(client.kiosk(c.kiosk(), base, "POST", "/api/v1/tickets",
                        Map.of("idempotencyKey", "tracked-" + i, "serviceCode", "A")), 201)
                        .body().path("followUrl").asText("");
                if (!url.startsWith(PUBLIC_BASE + "/t/")) {
                    throw new AssertionError("ticket " + i + " has no phone link: '" + url + "'");
                }
                tokens[i] = url.substring((PUBLIC_BASE + "/t/").length());
            }
        });
        int tracked = 0;
        while (tracked < TRACKED_TARGET && tokens[tracked] != null) {
            tracked++;
        }
        print("tracked_tickets", tracked, "waiting tickets with a link (target " + TRACKED_TARGET + ", issued for at most "
                + SEED_SECONDS + " s)");
        print("tracked_tickets_issue_rate", tracked / ((System.nanoTime() - seedStart) / 1e9), "tickets/s");

        BenchLoad.collectGarbage();
        BenchLoad.Collections beforeQuiet = BenchLoad.collections();
        double baseline = issue(base, centres, "quiet");
        beforeQuiet.printSince("issue_no_phones");
        print("issue_p99_no_phones", baseline, "ms");

        Phones phones = new Phones(tracked);
        try (SseFanOut fan = new SseFanOut(phones::data)) {
            int open = openStreams(fan, server.port, tokens, tracked);
            try {
                Wait.until(() -> phones.known() >= open, Duration.ofSeconds(60), "every phone got its first state");
            } catch (AssertionError e) {
                // printed below
            }
            print("phones_with_first_state", phones.known(), "of " + open + " phones");
            print("phones_first_state_not_waiting", phones.notWaiting.get(), "phones (expected 0)");
            BenchLoad.collectGarbage();
            BenchLoad.Collections beforeLoaded = BenchLoad.collections();
            double loaded = issue(base, centres, "phones");
            beforeLoaded.printSince("issue_with_phones");
            print("issue_p99_with_" + open + "_phones", loaded, "ms");
            print("phones_issue_p99_ratio", loaded / baseline, "(target <= 1.5)");
            positionUpdates(base, centres, phones, open);
            print("phone_streams_still_open", fan.open.get() - fan.ended.get(), "streams");
        }
        streamsClosedByServer(server.data.resolve("mobile.log"));
    }

    /** Why the server closed phone streams, from its log: how many lines of each kind, and the first of each. */
    private static void streamsClosedByServer(Path log) throws java.io.IOException {
        Map<String, List<String>> kinds = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(log)) {
            for (String kind : List.of("fell", "write failed", "could not", "WARN", "ERROR")) {
                if (line.contains(kind)) {
                    kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(line);
                    break;
                }
            }
        }
        kinds.forEach((kind, lines) -> {
            print("server_log_" + kind.replace(' ', '_'), lines.size(), "lines");
            System.out.println("server_log_first_" + kind.replace(' ', '_') + ": " + lines.get(0));
        });
    }

    /** 100 centres, each with a clerk, one counter serving A, B and C (open) and one kiosk. */
    private List<Centre> province(ChildServer server) throws Exception {
        String base = server.base();
        client.firstAdmin(base, Files.readString(server.data.resolve("first-admin-secret.txt")).trim());
        ProvinceClient.Session admin = client.login(base, "admin");
        account(admin, base, "tech", "technician", "*");
        ProvinceClient.Session tech = client.login(base, "tech");
        long start = System.nanoTime();
        Centre[] made = new Centre[CENTRES];
        timed(4, w -> {
            for (int c = w; c < CENTRES; c += 4) {
                String id = String.format(Locale.ROOT, "xa-%03d", c);
                ProvinceClient.expect(client.as(admin, base, "POST", "/api/v1/admin/centres", Map.of("id", id,
                        "nameVi", "Trung tâm xã " + c, "nameEn", "Commune centre " + c, "kind", "commune",
                        "provinceCode", "01", "agencyCode", String.format(Locale.ROOT, "H41.%03d", c))), 201);
                account(admin, base, "clerk-" + id, "counter_staff", id);
                ProvinceClient.Session clerk = client.login(base, "clerk-" + id);
                String counter = ProvinceClient.expect(client.as(admin, base, "POST", "/api/v1/admin/counters?centre="
                        + id, Map.of("name", "Quầy 1", "services", List.of("A", "B", "C"))), 201)
                        .body().get("id").asText();
                ProvinceClient.expect(client.as(clerk, base, "POST", "/api/v1/counters/" + counter + "/open?centre="
                        + id, null), 204);
                made[c] = new Centre(id, counter, clerk, client.enrolKiosk(tech, base, base, id + "-kiosk", id));
            }
        });
        print("province_setup_100_centres", (System.nanoTime() - start) / 1e9, "s");
        return List.of(made);
    }

    private void account(ProvinceClient.Session admin, String base, String username, String role, String centre)
            throws Exception {
        ProvinceClient.expect(client.as(admin, base, "POST", "/api/v1/admin/staff", Map.of("username", username,
                "displayName", username, "role", role, "password", ProvinceClient.PASSWORD, "centre", centre)), 201);
    }

    /** {@value #PHASE_TICKETS} tickets (service A, behind the tracked ones) from {@value #ISSUERS} kiosks; p99 ms. */
    private double issue(String base, List<Centre> centres, String phase) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long[] latencies = new long[PHASE_TICKETS];
        double seconds = timed(ISSUERS, w -> {
            for (int i = next.getAndIncrement(); i < PHASE_TICKETS; i = next.getAndIncrement()) {
                long t0 = System.nanoTime();
                ProvinceClient.expect(client.kiosk(centres.get(i % CENTRES).kiosk(), base, "POST", "/api/v1/tickets",
                        Map.of("idempotencyKey", phase + "-issue-" + i, "serviceCode", "A")), 201);
                latencies[i] = System.nanoTime() - t0;
            }
        });
        print("issue_throughput_" + phase, PHASE_TICKETS / seconds, "tickets/s");
        return percentile(latencies, 0.99);
    }

    /** Opens a stream per tracked ticket in batches; returns how many the server answered 200. */
    private static int openStreams(SseFanOut fan, int port, String[] tokens, int tracked) {
        long start = System.nanoTime();
        for (int sent = 0; sent < tracked; ) {
            List<SseFanOut.Target> batch = new ArrayList<>();
            for (int i = sent; i < Math.min(tracked, sent + STREAM_BATCH); i++) {
                batch.add(new SseFanOut.Target(port, "/api/v1/mobile/tickets/" + tokens[i] + "/events", null, false,
                        Integer.toString(i)));
            }
            fan.open(batch);
            sent += batch.size();
            int expected = sent;
            try {
                Wait.until(() -> fan.answered() >= expected, Duration.ofSeconds(60), "phone streams answered");
            } catch (AssertionError e) {
                print("phone_streams_unanswered_in_last_batch", expected - fan.answered(), "streams");
                break;
            }
            if (fan.refused.get() + fan.failed.get() > 0) {
                break;
            }
        }
        print("phone_streams_open", fan.open.get(), "streams");
        print("phone_streams_refused", fan.refused.get(), "streams");
        print("phone_streams_failed", fan.failed.get(), "streams");
        if (fan.firstRefusal() != null) {
            System.out.println("phone_streams_first_refusal: " + fan.firstRefusal());
        }
        print("phone_streams_open_rate", fan.open.get() / ((System.nanoTime() - start) / 1e9), "streams/s");
        return fan.open.get();
    }

    /**
     * Each centre's clerk calls once, {@value #CALLS_PER_SECOND} centres a second (scheduled, not slept): the first
     * tracked ticket of the centre is called and every other tracked ticket there moves up one place. For each phone
     * of the centre: from the moment "next" was sent until its stream showed the move.
     */
    private void positionUpdates(String base, List<Centre> centres, Phones phones, int open) throws Exception {
        long[] sentAt = new long[CENTRES];
        BenchLoad.paced(CENTRES, CALLS_PER_SECOND, 4, centre -> {
            Centre at = centres.get(centre);
            sentAt[centre] = System.nanoTime();
            ProvinceClient.expect(client.as(at.clerk(), base, "POST", "/api/v1/counters/" + at.counter()
                    + "/next?centre=" + at.id(), null), 200);
        });
        try {
            Wait.until(() -> phones.moved() >= open, Duration.ofSeconds(60), "every phone saw its new place");
        } catch (AssertionError e) {
            // the figures below say how many did not
        }
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            long at = phones.movedAt.get(i);
            if (at != 0) {
                delays.add(at - sentAt[i % CENTRES]);
            }
        }
        long[] all = delays.stream().mapToLong(Long::longValue).toArray();
        print("position_updates_delivered", all.length, "of " + open + " phones");
        print("position_update_p50", percentile(all, 0.50), "ms");
        print("position_update_p99", percentile(all, 0.99), "ms (target < 2000)");
        print("position_update_max", percentile(all, 1.0), "ms");
    }

    /**
     * What each phone's stream showed: the people ahead in its first state, and when it first showed fewer (or the
     * ticket no longer waiting). Written on the fan-out's loop thread only.
     */
    static final class Phones {
        final AtomicIntegerArray firstAhead;
        final AtomicLongArray movedAt;
        private final AtomicInteger known = new AtomicInteger();
        private final AtomicInteger moved = new AtomicInteger();
        /** Phones whose first state was not a waiting ticket with a people-ahead count (none expected). */
        final AtomicInteger notWaiting = new AtomicInteger();

        Phones(int n) {
            firstAhead = new AtomicIntegerArray(n);
            movedAt = new AtomicLongArray(n);
            for (int i = 0; i < n; i++) {
                firstAhead.set(i, -1);
            }
        }

        int size() {
            return movedAt.length();
        }

        int known() {
            return known.get();
        }

        int moved() {
            return moved.get();
        }

        void data(SseFanOut.Target target, String event, String data, long now) {
            if (!event.equals("state")) {
                return;
            }
            int i = Integer.parseInt(target.group());
            String status = SseFanOut.field(data, "status");
            int ahead = number(data, "peopleAhead");
            if (firstAhead.get(i) < 0) {
                if (!"waiting".equals(status) || ahead < 0) {
                    notWaiting.incrementAndGet(); // counted, not thrown: this runs on the fan-out's loop thread
                }
                firstAhead.set(i, ahead);
                known.incrementAndGet();
            } else if (movedAt.get(i) == 0 && (!"waiting".equals(status) || ahead < firstAhead.get(i))) {
                movedAt.set(i, now);
                moved.incrementAndGet();
            }
        }

        /** A whole-number field's value in a flat JSON object line, or -1. */
        static int number(String json, String name) {
            String key = "\"" + name + "\":";
            int at = json.indexOf(key);
            if (at < 0) {
                return -1;
            }
            int from = at + key.length();
            int to = from;
            while (to < json.length() && Character.isDigit(json.charAt(to))) {
                to++;
            }
            return to == from ? -1 : Integer.parseInt(json.substring(from, to));
        }
    }
}
