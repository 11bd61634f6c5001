package vn.onestop.server.db;

import java.util.concurrent.atomic.LongAdder;

/**
 * What the SQLite writer thread has done since start: commits, the writes they carried, and the time spent
 * running writes and syncing commits. Writes run one after another, so the mean write time times the clients
 * waiting is the floor of an issue's latency under load; /metrics exposes these for operators.
 */
public final class WriterStats {
    /** A commit whose sync takes longer than this holds up every request waiting on the writer. */
    public static final long SLOW_COMMIT_NANOS = 10_000_000;
    private final LongAdder commits = new LongAdder();
    private final LongAdder writes = new LongAdder();
    private final LongAdder writeNanos = new LongAdder();
    private final LongAdder commitNanos = new LongAdder();
    private final LongAdder slowCommits = new LongAdder();
    private final LongAdder checkpoints = new LongAdder();
    private final java.util.concurrent.atomic.LongAccumulator checkpointedThrough =
            new java.util.concurrent.atomic.LongAccumulator(Math::max, 0);

    void batch(int size, long writingNanos, long syncNanos) {
        commits.increment();
        writes.add(size);
        writeNanos.add(writingNanos);
        commitNanos.add(syncNanos);
        if (syncNanos > SLOW_COMMIT_NANOS) {
            slowCommits.increment();
        }
    }

    /**
     * A background checkpoint ({@link WalCheckpointer}) copied the log into the database file, with every commit up
     * to the {@code commits}-th since start.
     */
    void checkpointed(long commits) {
        checkpoints.increment();
        checkpointedThrough.accumulate(commits);
    }

    /** How many of the commits since start the background checkpoints have copied into the database file. */
    public long checkpointedThrough() {
        return checkpointedThrough.get();
    }

    /** A copy of the counts now (for differences over a run). */
    public Snapshot snapshot() {
        return new Snapshot(commits.sum(), writes.sum(), writeNanos.sum(), commitNanos.sum(), slowCommits.sum(),
                checkpoints.sum());
    }

    /** Counts at one moment; {@link #since} gives those of a period. */
    public record Snapshot(long commits, long writes, long writeNanos, long commitNanos, long slowCommits,
            long checkpoints) {
        public Snapshot since(Snapshot earlier) {
            return new Snapshot(commits - earlier.commits, writes - earlier.writes, writeNanos - earlier.writeNanos,
                    commitNanos - earlier.commitNanos, slowCommits - earlier.slowCommits,
                    checkpoints - earlier.checkpoints);
        }
    }
}
