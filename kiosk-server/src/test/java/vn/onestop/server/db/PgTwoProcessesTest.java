package vn.onestop.server.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.ChildServer;
import vn.onestop.server.ProvinceClient;
import vn.onestop.server.SseRecorder;
import vn.onestop.server.TestPostgres;
import vn.onestop.testkit.RequiresPostgres;

/**
 * A province: two server processes (child JVMs) on one PostgreSQL database, 20 kiosks issuing and 40 counters
 * pressing "next" through both at once, and one process killed (SIGKILL) in the middle. Kiosks and counters
 * whose process died retry on the other one, as behind a load balancer. Afterwards every ticket was issued once
 * and called once, nothing acknowledged is missing, and the event streams of both processes saw events that
 * happened on the other one, with ids that only grow.
 */
class PgTwoProcessesTest {
    private static final int KIOSKS = 20;
    private static final int TICKETS_PER_KIOSK = 12;
    private static final int COUNTERS = 40;
    private static final int KILL_AFTER = 100;
    @TempDir
    Path dir;
    final ProvinceClient client = new ProvinceClient();
    final Map<String, String> issuedThrough = new ConcurrentHashMap<>();
    final Set<String> calledAcks = ConcurrentHashMap.newKeySet();
    final AtomicInteger duplicateCallAcks = new AtomicInteger();
    final AtomicInteger lostPresses = new AtomicInteger();

    @Test
    @RequiresPostgres
    void twoProcessesShareOneQueueAndLoseNothingWhenOneIsKilled() throws Exception {
        try (TestPostgres pg = TestPostgres.create()) {
            Map<String, String> keys = ChildServer.database(pg, Files.createDirectories(dir.resolve("secret")), 8,
                    ChildServer.counters(COUNTERS, new HashMap<>()));
            Path config = ChildServer.config(Files.createDirectories(dir.resolve("config")), keys);
            ChildServer a = ChildServer.start(config, dir.resolve("a"), "a");
            ChildServer b = ChildServer.start(config, dir.resolve("b"), "b");
            try (a; b) {
                a.awaitHealthy(client.http);
                b.awaitHealthy(client.http);
                run(pg, a, b);
            }
        }
    }

    private void run(TestPostgres pg, ChildServer a, ChildServer b) throws Exception {
        client.firstAdmin(a.base(), setupSecret(a, b));
        ProvinceClient.Session admin = client.login(a.base(), "admin");
        client.createStaff(admin, a.base(), "clerk", "counter_staff");
        client.createStaff(admin, b.base(), "tech", "technician");
        ProvinceClient.Session clerk = client.login(a.base(), "clerk");
        assertThat(client.as(clerk, b.base(), "GET", "/api/v1/auth/me", null).status())
                .as("a session made on one process works on the other").isEqualTo(200);
        ProvinceClient.Session tech = client.login(b.base(), "tech");
        List<String> kiosks = new ArrayList<>();
        for (int k = 0; k < KIOSKS; k++) {
            kiosks.add(client.enrolKiosk(tech, (k % 2 == 0 ? a : b).base(), (k % 2 == 0 ? b : a).base(), "K" + k));
        }
        for (int c = 1; c <= COUNTERS; c++) {
            ProvinceClient.expect(client.as(clerk, (c % 2 == 0 ? a : b).base(), "POST",
                    "/api/v1/counters/" + c + "/open", null), 204);
        }
        try (SseRecorder onA = new SseRecorder(client.http, a.base(), clerk);
                SseRecorder onB = new SseRecorder(client.http, b.base(), clerk)) {
            busyHour(kiosks, clerk, a, b);
            checkDatabase(pg);
            // A press cut off by the kill may have called a ticket without the clerk seeing it (the next press
            // finishes it); every other call was acknowledged, and none twice.
            assertThat(calledAcks.size()).as("acknowledged calls")
                    .isBetween(KIOSKS * TICKETS_PER_KIOSK - lostPresses.get(), KIOSKS * TICKETS_PER_KIOSK);
            assertThat(duplicateCallAcks).hasValue(0);
            checkEvents(onA, onB);
        }
    }

    /** Kiosks issue and counters call through both processes; B is killed after KILL_AFTER tickets. */
    private void busyHour(List<String> kiosks, ProvinceClient.Session clerk, ChildServer a, ChildServer b)
            throws Exception {
        AtomicBoolean bAlive = new AtomicBoolean(true);
        CountDownLatch killPoint = new CountDownLatch(KILL_AFTER);
        AtomicInteger kiosksLeft = new AtomicInteger(KIOSKS);
        ExecutorService pool = Executors.newFixedThreadPool(KIOSKS + COUNTERS);
        List<Future<?>> work = new ArrayList<>();
        for (int k = 0; k < KIOSKS; k++) {
            String token = kiosks.get(k);
            int kiosk = k;
            work.add(pool.submit(() -> {
                for (int i = 0; i < TICKETS_PER_KIOSK; i++) {
                    issue(token, "k" + kiosk + "-ticket-" + i, kiosk + i, a, b, bAlive);
                    killPoint.countDown();
                }
                kiosksLeft.decrementAndGet();
                return null;
            }));
        }
        for (int c = 1; c <= COUNTERS; c++) {
            int counter = c;
            work.add(pool.submit(() -> {
                press(clerk, counter, a, b, bAlive, kiosksLeft);
                return null;
            }));
        }
        assertThat(killPoint.await(120, TimeUnit.SECONDS)).as(KILL_AFTER + " tickets before the kill").isTrue();
        bAlive.set(false);
        b.kill();
        for (Future<?> f : work) {
            f.get(180, TimeUnit.SECONDS);
        }
        pool.shutdown();
    }

    private void issue(String token, String key, int turn, ChildServer a, ChildServer b, AtomicBoolean bAlive)
            throws Exception {
        Map<String, String> body = Map.of("idempotencyKey", key, "serviceCode", turn % 2 == 0 ? "A" : "B");
        for (int attempt = 0; ; attempt++) {
            ChildServer to = bAlive.get() && (turn + attempt) % 2 == 1 ? b : a;
            try {
                ProvinceClient.Reply r = client.kiosk(token, to.base(), "POST", "/api/v1/tickets", body);
                if (r.status() == 201 || r.status() == 200) {
                    issuedThrough.putIfAbsent(r.body().get("id").asText(), to == a ? "a" : "b");
                    return;
                }
                throw new AssertionError("issue answered " + r.status() + ": " + r.text());
            } catch (IOException processGone) {
                assertThat(attempt).as("retries of one ticket").isLessThan(10);
            }
        }
    }

    private void press(ProvinceClient.Session clerk, int counter, ChildServer a, ChildServer b, AtomicBoolean bAlive,
            AtomicInteger kiosksLeft) throws Exception {
        for (int turn = 0; ; turn++) {
            boolean lastRound = kiosksLeft.get() == 0;
            ChildServer to = bAlive.get() && (counter + turn) % 2 == 1 ? b : a;
            ProvinceClient.Reply r;
            try {
                r = client.as(clerk, to.base(), "POST", "/api/v1/counters/" + counter + "/next", null);
            } catch (IOException processGone) {
                lostPresses.incrementAndGet();
                continue; // the press may or may not have happened; the clerk presses again
            }
            if (r.status() == 200) {
                if (!calledAcks.add(r.body().get("id").asText())) {
                    duplicateCallAcks.incrementAndGet();
                }
            } else if (r.status() == 204) {
                if (lastRound) {
                    return;
                }
                TimeUnit.MILLISECONDS.sleep(20); // a clerk facing an empty queue presses again a moment later
            } else {
                throw new AssertionError("next at counter " + counter + " answered " + r.status() + ": " + r.text());
            }
        }
    }

    private void checkDatabase(TestPostgres pg) throws Exception {
        try (Connection c = DriverManager.getConnection(pg.url(), pg.user(), pg.password())) {
            int total = KIOSKS * TICKETS_PER_KIOSK;
            assertThat(Rows.count(c, "SELECT COUNT(*) FROM ticket")).as("each ticket issued once").isEqualTo(total);
            assertThat(issuedThrough).as("every issue acknowledged").hasSize(total);
            for (String id : issuedThrough.keySet()) {
                assertThat(Rows.count(c, "SELECT COUNT(*) FROM ticket WHERE id = ?", id)).as("ticket " + id)
                        .isEqualTo(1);
            }
            assertThat(Rows.count(c, "SELECT COUNT(DISTINCT issue_service || number) FROM ticket"))
                    .as("no number handed out twice").isEqualTo(total);
            assertThat(Rows.count(c, "SELECT COUNT(*) FROM ticket WHERE status = 'waiting'")).isZero();
            assertThat(Rows.count(c, "SELECT COUNT(*) FROM (SELECT ticket_id FROM ticket_history "
                    + "WHERE status = 'called' GROUP BY ticket_id HAVING COUNT(*) <> 1) AS twice"))
                    .as("no ticket called twice").isZero();
            assertThat(Rows.count(c, "SELECT COUNT(DISTINCT ticket_id) FROM ticket_history WHERE status = 'called'"))
                    .as("every ticket called").isEqualTo(total);
        }
    }

    /**
     * Events are written in the transaction that makes them, so even a ticket whose process died right after the
     * commit (the kiosk's retry on A found it) has its event, and A's browser must see every ticket.
     */
    private void checkEvents(SseRecorder onA, SseRecorder onB) throws Exception {
        Set<String> mustSee = issuedThrough.keySet();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (!onA.issued.keySet().containsAll(mustSee) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50); // poll until the surviving process's stream has caught up
        }
        assertThat(onA.issued.keySet()).as("A's browser saw every ticket, including those issued through B")
                .containsAll(mustSee);
        Set<String> issuedOnA = new java.util.HashSet<>(issuedThrough.entrySet().stream()
                .filter(e -> e.getValue().equals("a")).map(Map.Entry::getKey).toList());
        assertThat(onB.issued.keySet()).as("B's browser saw tickets issued through A before B was killed")
                .containsAnyElementsOf(issuedOnA);
        onB.issued.forEach((ticket, id) -> assertThat(onA.issued.get(ticket)).as("one global id per event")
                .isEqualTo(id));
        assertThat(onA.called).containsAll(calledAcks);
        assertThat(onA.outOfOrder).as("ids only grow on A").isFalse();
        assertThat(onB.outOfOrder).as("ids only grow on B").isFalse();
    }

    private static String setupSecret(ChildServer a, ChildServer b) throws IOException {
        for (ChildServer s : List.of(a, b)) {
            Path f = s.data.resolve("first-admin-secret.txt");
            if (Files.exists(f)) {
                return Files.readString(f).trim();
            }
        }
        throw new AssertionError("neither process wrote a first-admin secret");
    }
}
