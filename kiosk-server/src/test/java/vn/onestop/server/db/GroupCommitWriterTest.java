package vn.onestop.server.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes that share one commit on a real SQLite file: a failing write rolls back alone. */
class GroupCommitWriterTest {
    @TempDir
    Path dir;

    @Test
    void aFailingWriteInABatchRollsBackAloneAndTheOthersCommit() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(11);
        try (Database db = Database.openSqlite(dir)) {
            db.write(c -> Rows.update(c, "CREATE TABLE probe (id VARCHAR(10) PRIMARY KEY)"));
            CountDownLatch holding = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            // Holds the writer thread so that the next ten writes queue up and run in one batch.
            Future<?> first = pool.submit(() -> db.write(c -> {
                Rows.update(c, "INSERT INTO probe VALUES ('first')");
                holding.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            // The ten are sent only once the writer holds the first: sent earlier, some could share its batch.
            assertThat(holding.await(10, TimeUnit.SECONDS)).as("the writer runs the first write").isTrue();
            List<Future<?>> writes = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                int n = i;
                writes.add(pool.submit(() -> db.write(c -> {
                    Rows.update(c, "INSERT INTO probe VALUES (?)", n % 3 == 1 ? "first" : "w" + n);
                    if (n % 3 == 2) {
                        throw new IllegalStateException("refused " + n);
                    }
                    return null;
                })));
            }
            waitUntilQueued(db, writes.size());
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
            for (int i = 0; i < writes.size(); i++) {
                Future<?> f = writes.get(i);
                if (i % 3 == 0) {
                    f.get(10, TimeUnit.SECONDS);
                } else {
                    assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(
                            i % 3 == 1 ? StorageException.class : IllegalStateException.class);
                }
            }
            List<String> rows = db.read(c -> Rows.list(c, "SELECT id FROM probe ORDER BY id", rs -> rs.getString(1)));
            assertThat(rows).containsExactly("first", "w0", "w3", "w6", "w9");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSubmittedWriteCompletesOnAReplyThreadAfterItsCommitAndFailsAsWriteWouldThrow() throws Exception {
        try (Database db = Database.openSqlite(dir)) {
            db.write(c -> Rows.update(c, "CREATE TABLE probe (id VARCHAR(10) PRIMARY KEY)"));
            List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
            CompletableFuture<String> stored = db.writeAsync(c -> {
                Rows.update(c, "INSERT INTO probe VALUES ('a')");
                // Runs after the commit: a reader on another connection already sees the row.
                db.afterCommit(() -> seen.add("after-commit on " + Thread.currentThread().getName() + ", rows "
                        + db.read(c2 -> Rows.count(c2, "SELECT COUNT(*) FROM probe WHERE id = 'a'"))));
                return "a";
            });
            stored.thenAccept(v -> seen.add("reply " + v)).get(10, TimeUnit.SECONDS);
            assertThat(seen).hasSize(2);
            assertThat(seen.get(0)).as("the writer thread hands the reply on")
                    .matches("after-commit on db-reply-\\d+, rows 1");
            assertThat(seen.get(1)).isEqualTo("reply a");

            CompletableFuture<Integer> duplicate = db.writeAsync(c -> Rows.update(c, "INSERT INTO probe VALUES ('a')"));
            CompletableFuture<Object> refused = db.writeAsync(c -> {
                throw new IllegalStateException("refused");
            });
            assertThatThrownBy(() -> duplicate.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(StorageException.class);
            assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class)
                    .hasRootCauseMessage("refused");
            long rows = db.read(c -> Rows.count(c, "SELECT COUNT(*) FROM probe"));
            assertThat(rows).isEqualTo(1);
        }
    }

    /** A reply that hangs (a kiosk that stopped reading its socket) must not hold up other kiosks' replies. */
    @Test
    void aHangingReplyHoldsUpNoOtherReply() throws Exception {
        try (Database db = Database.openSqlite(dir)) {
            db.write(c -> Rows.update(c, "CREATE TABLE probe (id VARCHAR(10) PRIMARY KEY)"));
            CountDownLatch hanging = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Object> stuck = db.writeAsync(c -> {
                Rows.update(c, "INSERT INTO probe VALUES ('stuck')");
                db.afterCommit(() -> {
                    hanging.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                return null;
            });
            try {
                assertThat(hanging.await(10, TimeUnit.SECONDS)).as("the first reply hangs").isTrue();
                for (int i = 0; i < 20; i++) {
                    int n = i;
                    int inserted = db.writeAsync(c -> Rows.update(c, "INSERT INTO probe VALUES (?)", "w" + n))
                            .get(10, TimeUnit.SECONDS);
                    assertThat(inserted).isEqualTo(1);
                }
                assertThat(stuck).isNotDone();
            } finally {
                release.countDown();
            }
            stuck.get(10, TimeUnit.SECONDS);
        }
    }

    /** Polls until {@code n} writes wait behind the held one (the writer's queue is not visible from here). */
    private static void waitUntilQueued(Database db, int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (db.queuedWrites() < n) {
            assertThat(System.nanoTime()).as("writes queued in time").isLessThan(deadline);
            Thread.sleep(1);
        }
    }
}
