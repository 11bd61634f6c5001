package vn.onestop.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Copies committed pages from SQLite's write-ahead log into the database file on a thread of its own, so the
 * writer thread never does it. SQLite's automatic checkpoint runs inside the commit that fills the log (every
 * 1,000 pages): that commit, and every ticket queued behind it, waited for pages to be copied and the database
 * file to be synced. The writer's connection has {@code wal_autocheckpoint} off; this thread runs a PASSIVE
 * checkpoint (which never blocks the writer or readers) a few times a second while there are new commits.
 * Durability is unchanged: a commit is durable once its log frames are synced, before any checkpoint.
 */
final class WalCheckpointer implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(WalCheckpointer.class);
    static final long PERIOD_MILLIS = 200;
    private final GroupCommitWriter.ConnectionSource source;
    private final WriterStats stats;
    private final AtomicLong commits = new AtomicLong();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "db-checkpoint");
        t.setDaemon(true);
        return t;
    });
    private long checkpointedUpTo;

    WalCheckpointer(GroupCommitWriter.ConnectionSource source, WriterStats stats) {
        this.source = source;
        this.stats = stats;
        thread.scheduleWithFixedDelay(this::checkpointIfCommitted, PERIOD_MILLIS, PERIOD_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** Turns off SQLite's checkpoint inside commits on the writer's connection: this thread does it instead. */
    static void takeOverFrom(Connection writer) throws SQLException {
        try (Statement s = writer.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = 0");
        }
    }

    /** Called by the writer after each commit. */
    void committed() {
        commits.incrementAndGet();
    }

    private void checkpointIfCommitted() {
        long now = commits.get();
        if (now == checkpointedUpTo) {
            return;
        }
        // A connection of its own each round (a few a second at most, only while there are commits).
        try (Connection c = source.open(); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(PASSIVE)");
            checkpointedUpTo = now;
            stats.checkpointed(now);
        } catch (SQLException | RuntimeException e) {
            // A full disk or a busy file: the log keeps the commits safe and the next round tries again (an
            // exception let out would end the schedule for good).
            LOG.warn("Checkpoint of the database log failed, will retry: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The checkpoint thread did not stop in 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
