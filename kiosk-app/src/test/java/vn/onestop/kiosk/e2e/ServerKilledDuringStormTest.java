package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.flow.IssuedTicket;
import vn.onestop.kiosk.flow.TicketOutcome;
import vn.onestop.kiosk.server.KioskServerClient;
import vn.onestop.kiosk.server.TokenStore;

/**
 * Five kiosks issue tickets without pause while the server process hangs (SIGSTOP: their requests time out
 * and they print offline numbers, though the server then issues those tickets with nobody to answer) and is
 * SIGKILLed; they go on with offline numbers, the server is started again on the same data folder, the
 * outboxes drain. Every ticket a citizen
 * holds must then be on the server exactly once, and no two tickets may share a number.
 */
class ServerKilledDuringStormTest {
    private static final int KIOSKS = 5;
    private static final int ONLINE_BEFORE_KILL = 20;
    private static final int OFFLINE_PER_KIOSK = 4;
    private static final int ONLINE_AFTER_RESTART = 3;
    @TempDir
    Path tmp;
    private ServerProcess server;
    private final List<StormKiosk> kiosks = new ArrayList<>();
    private static final Logger LOG = LogManager.getLogger(ServerKilledDuringStormTest.class);
    private long killedAt;
    private long lastMark = System.nanoTime();
    private final StringBuilder phases = new StringBuilder();
    private final ExecutorService citizens = Executors.newFixedThreadPool(KIOSKS);

    @AfterEach
    void stop() throws Exception {
        citizens.shutdownNow();
        for (StormKiosk k : kiosks) {
            k.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void everyTicketACitizenHoldsIsOnTheServerExactlyOnce() throws Exception {
        Path serverData = tmp.resolve("server");
        enrolKiosks(serverData);
        mark("enrol");
        server = new ServerProcess(serverData).start();
        mark("server start");
        for (int i = 1; i <= KIOSKS; i++) {
            StormKiosk k = new StormKiosk(tmp.resolve("kiosk" + i), "K" + i, server.url(), FlowFixtures.configDir(),
                    Clock.systemDefaultZone());
            k.startLink();
            kiosks.add(k);
        }
        CountDownLatch serverBack = new CountDownLatch(1);
        AtomicBoolean storming = new AtomicBoolean(true);
        List<Future<?>> queues = new ArrayList<>();
        for (StormKiosk k : kiosks) {
            queues.add(citizens.submit(() -> storm(k, storming, serverBack)));
        }
        waitFor("tickets issued online before the kill", Duration.ofSeconds(40),
                () -> kiosks.stream().mapToLong(StormKiosk::onlinePrinted).sum() >= ONLINE_BEFORE_KILL);
        // First it hangs: the kiosks' requests in flight time out and they print offline numbers for them; it
        // then serves those requests with nobody left to read the answer, and dies.
        mark("online storm");
        server.freeze();
        waitFor("every kiosk printing offline while the server hangs", Duration.ofSeconds(30),
                () -> kiosks.stream().allMatch(k -> k.offlinePrinted() >= 1));
        server.thaw();
        mark("freeze");
        server.kill();
        killedAt = System.currentTimeMillis();
        long[] onlineAtKill = kiosks.stream().mapToLong(StormKiosk::onlinePrinted).toArray();
        waitFor("every kiosk printing offline numbers", Duration.ofSeconds(30),
                () -> kiosks.stream().allMatch(k -> k.offlinePrinted() >= OFFLINE_PER_KIOSK));
        mark("offline storm");
        server.start();
        mark("restart");
        serverBack.countDown();
        waitFor("every kiosk issuing online again", Duration.ofSeconds(30), () -> {
            for (int i = 0; i < KIOSKS; i++) {
                if (kiosks.get(i).onlinePrinted() < onlineAtKill[i] + ONLINE_AFTER_RESTART) {
                    return false;
                }
            }
            return true;
        });
        mark("online again");
        storming.set(false);
        for (Future<?> q : queues) {
            q.get(30, TimeUnit.SECONDS);
        }
        waitFor("outboxes drained", Duration.ofSeconds(30), () -> kiosks.stream().allMatch(this::drained));
        mark("drain");
        server.close();
        checkEveryHeldTicketOnTheServerOnce(serverTickets(serverData));
    }

    /** One citizen after another at this kiosk; once it has printed enough offline numbers it waits for the server. */
    private Void storm(StormKiosk k, AtomicBoolean storming, CountDownLatch serverBack) throws Exception {
        int n = 0;
        while (storming.get()) {
            if (serverBack.getCount() > 0 && k.offlinePrinted() >= OFFLINE_PER_KIOSK) {
                serverBack.await(60, TimeUnit.SECONDS);
            }
            k.take(n++ % 3 == 2 ? "B" : "A").get(30, TimeUnit.SECONDS);
        }
        return null;
    }

    private boolean drained(StormKiosk k) {
        try {
            return k.outbox.pendingCount() == 0 && k.outbox.pendingVoids().isEmpty();
        } catch (Exception e) {
            throw new AssertionError("outbox of " + k.prefix + " unreadable: " + e.getMessage(), e);
        }
    }

    private void checkEveryHeldTicketOnTheServerOnce(Map<String, ServerTicket> onServer) throws Exception {
        Set<String> serverIdsHeld = new HashSet<>();
        Set<String> numbersHeld = new HashSet<>();
        int held = 0;
        int answerLost = 0;
        for (StormKiosk k : kiosks) {
            assertThat(k.offlinePrinted()).as(k.prefix + " printed offline numbers").isGreaterThanOrEqualTo(
                    OFFLINE_PER_KIOSK);
            Map<String, StormKiosk.Delivery> delivered = k.deliveries();
            for (StormKiosk.Took took : k.taken) {
                assertThat(took.outcome()).as("every tap gave a printed ticket").isInstanceOf(
                        TicketOutcome.Printed.class);
                IssuedTicket t = ((TicketOutcome.Printed) took.outcome()).ticket();
                StormKiosk.Delivery delivery = delivered.get(took.key());
                assertThat(t.offline() ? delivery : t).as("offline ticket %s delivered", t.displayNumber())
                        .isNotNull();
                String serverId = t.offline() ? delivery.serverId() : t.id();
                ServerTicket s = onServer.get(serverId);
                assertThat(s).as("ticket %s on the server", t.displayNumber()).isNotNull();
                assertThat(s.key()).as("server ticket of %s carries its key", t.displayNumber()).isEqualTo(took.key());
                assertThat(s.status()).isEqualTo("waiting");
                assertThat(serverIdsHeld.add(serverId)).as("two citizens hold server ticket " + serverId).isTrue();
                assertThat(numbersHeld.add(t.displayNumber())).as("number %s printed twice", t.displayNumber())
                        .isTrue();
                held++;
                // issued on the server before the kill, but known to the kiosk only by delivery after the restart
                answerLost += t.offline() && s.issuedAt() < killedAt && delivery.deliveredAtMillis() > killedAt
                        ? 1 : 0;
            }
        }
        LOG.info("Storm: {} tickets held, {} printed offline, {} of them already issued on the server before the "
                + "kill (its answer was lost); phases:{}", held, kiosks.stream()
                .mapToLong(StormKiosk::offlinePrinted).sum(), answerLost, phases);
        assertThat(answerLost).as("tickets issued on the server whose answer never reached the kiosk")
                .isPositive();
        assertThat(onServer).as("the server has exactly the tickets citizens hold").hasSize(held);
        assertThat(onServer.values().stream().map(ServerTicket::number).distinct().count())
                .as("server numbers unique").isEqualTo(onServer.size());
        assertThat(onServer.values().stream().map(ServerTicket::key).distinct().count())
                .as("one server ticket per idempotency key").isEqualTo(onServer.size());
    }

    /** A ticket as stored by the server. */
    record ServerTicket(String id, String key, String number, String status, long issuedAt) {}

    /** Read from the stopped server's SQLite file. */
    private static Map<String, ServerTicket> serverTickets(Path serverData) throws Exception {
        Map<String, ServerTicket> out = new java.util.HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + serverData.resolve("onestop.db"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id, idempotency_key, issue_service, service_day, number, "
                        + "status, issued_at FROM ticket")) {
            while (rs.next()) {
                out.put(rs.getString(1), new ServerTicket(rs.getString(1), rs.getString(2),
                        rs.getString(4) + " " + rs.getString(3) + rs.getInt(5), rs.getString(6), rs.getLong(7)));
            }
        }
        return out;
    }

    /** Enrols each kiosk with its own code on the server's data folder, as a technician does before opening. */
    private void enrolKiosks(Path serverData) throws Exception {
        try (InProcessServer setup = new InProcessServer(serverData)) {
            for (int i = 1; i <= KIOSKS; i++) {
                new KioskServerClient(setup.url(), new TokenStore(tmp.resolve("kiosk" + i)))
                        .enrol(setup.enrolmentCode(), "Storm kiosk " + i);
            }
        }
    }

    /** Notes how long the phase that just ended took (for the summary line). */
    private void mark(String phase) {
        long now = System.nanoTime();
        phases.append(String.format(" %s %.1f s,", phase, (now - lastMark) / 1e9));
        lastMark = now;
    }

    private static void waitFor(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + timeout.toSeconds() + " s: " + what);
            }
            TimeUnit.MILLISECONDS.sleep(20); // poll interval of a condition with a timeout
        }
    }
}
