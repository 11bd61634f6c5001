package vn.onestop.server.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.TestPostgres;
import vn.onestop.server.db.Database;
import vn.onestop.server.http.Json;
import vn.onestop.testkit.ChildJvm;
import vn.onestop.testkit.RequiresPostgres;

/**
 * Two outbox workers, each on its own connection pool as two server processes would be, deliver one outbox to the
 * simulator (its own process) at the same time: every row is sent by exactly one of them, so the simulator sees each
 * idempotency key once and never has to answer a repeat. On PostgreSQL the claim skips locked rows; on SQLite the
 * conditional UPDATE decides.
 */
class OutboxClaimTest {
    private static final String SECRET = "claim-test-secret-0123456789";
    private static final int ROWS = 120;
    @TempDir
    Path dir;

    @Test
    @RequiresPostgres
    void twoProcessesOnPostgresqlNeverSendTheSameRowTwice() throws Exception {
        try (TestPostgres pg = TestPostgres.create(); Database one = Database.openPostgres(pg.settings(4));
                Database two = Database.openPostgres(pg.settings(4))) {
            deliverWithTwoWorkers(one, two);
        }
    }

    @Test
    void twoWorkersOnSqliteNeverSendTheSameRowTwice() throws Exception {
        try (Database db = Database.openSqlite(dir)) {
            deliverWithTwoWorkers(db, db);
        }
    }

    private void deliverWithTwoWorkers(Database one, Database two) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET, StandardCharsets.UTF_8);
        long now = Clock.systemUTC().millis();
        OutboxStore store = new OutboxStore();
        List<String> codes = new ArrayList<>();
        one.write(c -> {
            for (int i = 0; i < ROWS; i++) {
                String code = "PREP" + String.format("%04d", i);
                codes.add(code);
                store.enqueue(c, "H41.21", code, ConnectorEvent.RECEIVED, now);
            }
            return null;
        });
        int port = ChildJvm.freePort();
        try (SimulatorProcess sim = new SimulatorProcess(port, dir.resolve("sim"), secret, "http://127.0.0.1:9/none")
                .start("--require-pdfs", "false")) {
            Map<String, String> assigned = new ConcurrentHashMap<>();
            ProvincialOutboxWorker a = worker(one, port, assigned);
            ProvincialOutboxWorker b = worker(two, port, assigned);
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> sentByA = threads.submit(a::deliverDue);
                Future<Integer> sentByB = threads.submit(b::deliverDue);
                int sent = sentByA.get() + sentByB.get();
                assertThat(sent).as("rows sent by both workers together").isEqualTo(ROWS);
            } finally {
                threads.shutdownNow();
                a.close();
                b.close();
            }
            assertThat(sim.submissions().path("accepted").asInt()).isEqualTo(ROWS);
            assertThat(sim.submissions().path("replays").asInt()).as("no row was sent twice").isZero();
            assertThat(sim.acceptedPerDossier().keySet()).containsExactlyInAnyOrderElementsOf(codes);
            long delivered = one.read(c -> store.count(c, OutboxStore.DELIVERED));
            assertThat(delivered).isEqualTo(ROWS);
            assertThat(assigned).hasSize(ROWS);
        }
    }

    private static ProvincialOutboxWorker worker(Database db, int port, Map<String, String> assigned) {
        ConnectorSettings settings = new ConnectorSettings(true, URI.create("http://127.0.0.1:" + port),
                SECRET.getBytes(StandardCharsets.UTF_8), Set.of(ConnectorEvent.RECEIVED), Duration.ofSeconds(10),
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(60), Duration.ofSeconds(1), 300);
        HttpProvincialSystem http = new HttpProvincialSystem(settings.baseUrl(), new Signatures(settings.secret(),
                300), Json.mapper(), Clock.systemUTC(), settings.timeout());
        DossierSource source = (code, event, key) -> Optional.of(new Submission(key, event.code(),
                new Submission.Centre("H41.21", "Test centre"), new Submission.Dossier(code, null, "1.001193",
                        "2026-12-05T08:00:00+07:00", "COUNTER", null),
                new Submission.Applicant("Nguyễn Văn An", "001203004567", "2003-02-01"), List.of(), null));
        DossierUpdates updates = new DossierUpdates() {
            @Override
            public void assignOfficialCode(String dossierCode, String officialCode) {
                assertThat(assigned.putIfAbsent(dossierCode, officialCode)).as("code set once").isNull();
            }

            @Override
            public void changeStatus(String dossierCode, String status, String note) {
                throw new AssertionError("no status change expected");
            }

            @Override
            public String status(String dossierCode) {
                return "received";
            }
        };
        return new ProvincialOutboxWorker(db, new OutboxStore(), http, source, updates, new Backoff(settings.retryInitial(),
                settings.retryCap(), RandomGenerator.getDefault()), Clock.systemUTC(), settings, "H41.21");
    }
}
