package vn.onestop.server.db;

import java.util.concurrent.atomic.LongAdder;

/**
 * What the SQLite writer thread has done since start: commits, the writes they carried, and the time spent
 * running writes and syncing commits. Writes run one after another, so the mean write time times the clients
 * waiting is the floor of an issue's latency under load; /metrics exposes these for operators.
 */
public final class WriterStats {
    private final LongAdder commits = new LongAdder();
    private final LongAdder writes = new LongAdder();
    private final LongAdder writeNanos = new LongAdder();
    private final LongAdder commitNanos = new LongAdder();

    void batch(int size, long writingNanos, long syncNanos) {
        commits.increment();
        writes.add(size);
        writeNanos.add(writingNanos);
        commitNanos.add(syncNanos);
    }

    /** A copy of the counts now (for differences over a run). */
    public Snapshot snapshot() {
        return new Snapshot(commits.sum(), writes.sum(), writeNanos.sum(), commitNanos.sum());
    }

    /** Counts at one moment; {@link #since} gives those of a period. */
    public record Snapshot(long commits, long writes, long writeNanos, long commitNanos) {
        public Snapshot since(Snapshot earlier) {
            return new Snapshot(commits - earlier.commits, writes - earlier.writes, writeNanos - earlier.writeNanos,
                    commitNanos - earlier.commitNanos);
        }
    }
}
