package vn.onestop.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The only writer of the database: one thread runs queued write transactions on one connection, many at a time in
 * one commit (group commit), each inside its own savepoint so a failing one rolls back alone. A caller's
 * {@code write} returns only after the commit that holds its work has been synced to disk, so an acknowledged
 * write is durable; meanwhile the fsync cost is shared by every request that arrived while the last one ran.
 * {@code submit} queues work without a waiting caller: its future completes on one of the writer's reply threads
 * after the commit, so a request thread need not block on the disk (see {@link Database#writeAsync}).
 */
final class GroupCommitWriter implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(GroupCommitWriter.class);
    private static final int MAX_BATCH = 128;
    /**
     * Reply threads: each completes a submitted write (its after-commit actions, then its caller's continuation,
     * which writes the HTTP response). Several, so one client that stops reading its socket holds up one thread
     * and not every reply; idle ones end after a while.
     */
    private static final int REPLY_THREADS = 16;
    private final BlockingQueue<Job<?>> queue = new LinkedBlockingQueue<>();
    private final ConnectionSource source;
    private final Thread thread;
    private volatile boolean running = true;
    private final ThreadLocal<List<Runnable>> afterCommit;
    private final WriterStats stats = new WriterStats();
    private final WalCheckpointer checkpointer;
    private final ExecutorService replies = replyPool();
    /** The writer's own connection (not pooled); replaced after SQLite ended a transaction on its own. */
    private Connection connection;

    /** Opens the writer's connection; the writer closes it, and opens a new one when a transaction is lost. */
    @FunctionalInterface
    interface ConnectionSource {
        Connection open() throws SQLException;
    }

    GroupCommitWriter(ConnectionSource source, ThreadLocal<List<Runnable>> afterCommit) throws SQLException {
        this.source = source;
        this.afterCommit = afterCommit;
        this.checkpointer = new WalCheckpointer(source, stats);
        try {
            this.connection = openConnection();
        } catch (SQLException | RuntimeException e) {
            checkpointer.close();
            throw e;
        }
        thread = new Thread(this::loop, "db-writer");
        thread.setDaemon(true);
        thread.start();
    }

    private Connection openConnection() throws SQLException {
        Connection c = source.open();
        try {
            WalCheckpointer.takeOverFrom(c);
            c.setAutoCommit(false);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    private static ExecutorService replyPool() {
        AtomicInteger n = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(REPLY_THREADS, REPLY_THREADS, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "db-reply-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    <T> T write(Database.Tx<T> work) {
        Job<T> job = queue(work, false);
        try {
            T value = job.result.get();
            job.afterCommitActions.forEach(Runnable::run);
            return value;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    /**
     * Queues {@code work} like {@link #write} but returns at once: the future completes on a reply thread once the
     * commit holding the work is durable and its after-commit actions have run there, or fails as {@code write}
     * would throw.
     */
    <T> CompletableFuture<T> submit(Database.Tx<T> work) {
        return queue(work, true).result;
    }

    private <T> Job<T> queue(Database.Tx<T> work, boolean submitted) {
        if (!running) {
            throw new IllegalStateException("The database is closed");
        }
        Job<T> job = new Job<>(work, submitted);
        queue.add(job);
        return job;
    }

    /** What a caller sees of a failed write: its own RuntimeException, or the storage failure. */
    private static RuntimeException failure(Throwable cause) {
        if (cause instanceof RuntimeException re) {
            return re;
        }
        return new StorageException(cause instanceof SQLException se ? se : new SQLException(cause));
    }

    WriterStats stats() {
        return stats;
    }

    int queued() {
        return queue.size();
    }

    private void loop() {
        List<Job<?>> batch = new ArrayList<>();
        while (running || !queue.isEmpty()) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            runBatch(batch);
            batch.clear();
        }
        closeConnection();
    }

    /**
     * Runs a batch in one transaction and commits it. First every job runs straight, without savepoints (two
     * statements less per write); if one fails, that whole attempt is rolled back and the batch runs again with a
     * savepoint around each job, so the failing one rolls back alone (work is re-runnable: see
     * {@link Database#write}). When SQLite ends the transaction itself (a full disk or an I/O error rolls it back)
     * the whole batch fails with that cause, nothing of it is acknowledged, and the next batch starts on a fresh
     * connection, so writing resumes as soon as the disk has room again.
     */
    private void runBatch(List<Job<?>> batch) {
        long start = System.nanoTime();
        SQLException lost = connection == null ? reopen() : null;
        List<Runnable> completions = lost == null ? runStraight(batch) : null;
        if (lost == null && completions == null) {
            lost = rollbackAll(batch);
            completions = new ArrayList<>();
            for (int i = 0; i < batch.size() && lost == null; i++) {
                Job<?> job = batch.get(i);
                completions.add(job.work == null ? () -> job.succeed(null, replies)
                        : job.runIn(connection, afterCommit, replies));
                lost = job.transactionLost;
            }
        }
        if (lost == null) {
            try {
                long written = System.nanoTime();
                connection.commit();
                checkpointer.committed();
                stats.batch(batch.size(), written - start, System.nanoTime() - written);
                completions.forEach(Runnable::run);
                return;
            } catch (SQLException e) {
                lost = e;
            }
        }
        LOG.error("Transaction of {} writes failed, none is saved: {}", batch.size(), lost.getMessage());
        StorageException failure = new StorageException(lost);
        batch.forEach(j -> j.fail(failure, replies));
        rollbackQuietly();
        closeConnection();
        reopen();
    }

    /** Runs every job of the batch without savepoints; null when one failed (the caller rolls back). */
    private List<Runnable> runStraight(List<Job<?>> batch) {
        List<Runnable> completions = new ArrayList<>(batch.size());
        for (Job<?> job : batch) {
            Runnable done = job.work == null ? () -> job.succeed(null, replies) : job.runStraight(connection,
                    afterCommit, replies);
            if (done == null) {
                return null;
            }
            completions.add(done);
        }
        return completions;
    }

    /**
     * Rolls back the straight attempt; when even that is impossible (SQLite already ended the transaction),
     * returns why: the failing job's own SQL error if it had one.
     */
    private SQLException rollbackAll(List<Job<?>> batch) {
        try {
            connection.rollback();
            return null;
        } catch (SQLException e) {
            return batch.stream().map(j -> j.straightFailure).filter(f -> f instanceof SQLException)
                    .map(f -> (SQLException) f).findFirst().orElse(e);
        }
    }

    /** Opens a new connection; returns why it failed (the next batch tries again), or null. */
    private SQLException reopen() {
        try {
            connection = openConnection();
            return null;
        } catch (SQLException e) {
            LOG.error("Cannot open the database for writing: {}", e.getMessage());
            connection = null;
            return e;
        }
    }

    private void rollbackQuietly() {
        if (connection == null) {
            return;
        }
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debug("Rollback after a failed transaction: {}", e.getMessage());
        }
    }

    private void closeConnection() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the writer's connection: {}", e.getMessage());
        }
        connection = null;
    }

    @Override
    public void close() {
        running = false;
        queue.add(new Job<>(null, false));
        try {
            thread.join(10_000);
            replies.shutdown();
            replies.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        checkpointer.close();
    }

    /**
     * One queued write and the future its caller waits on: completed by the writer thread, or, when submitted,
     * on a reply thread.
     */
    private static final class Job<T> {
        final Database.Tx<T> work;
        final CompletableFuture<T> result = new CompletableFuture<>();
        /** Submitted: no caller waits, so a reply thread completes {@code result} after the after-commit actions. */
        final boolean submitted;
        /** Set by the writer thread before the commit; run after it by the caller, or by the reply thread. */
        List<Runnable> afterCommitActions = List.of();
        /** Set when this work failed and its transaction is gone (SQLite rolled it all back), else null. */
        SQLException transactionLost;
        /** Why this work failed when it ran without a savepoint (it runs again inside one). */
        Exception straightFailure;

        Job(Database.Tx<T> work, boolean submitted) {
            this.work = work;
            this.submitted = submitted;
        }

        /** Completes the job after its commit: its waiting caller, or its reply on a reply thread. */
        void succeed(T value, ExecutorService replies) {
            if (!submitted) {
                result.complete(value);
                return;
            }
            onReplyThread(replies, () -> {
                try {
                    afterCommitActions.forEach(Runnable::run);
                    result.complete(value);
                } catch (RuntimeException e) { // as write() would throw it to its caller
                    result.completeExceptionally(e);
                }
            });
        }

        void fail(Throwable e, ExecutorService replies) {
            if (!submitted) {
                result.completeExceptionally(e);
                return;
            }
            onReplyThread(replies, () -> result.completeExceptionally(failure(e)));
        }

        /** The writer never runs a caller's continuation itself: only when the pool is gone (closing). */
        private static void onReplyThread(ExecutorService replies, Runnable r) {
            try {
                replies.execute(r);
            } catch (RejectedExecutionException closed) {
                r.run();
            }
        }

        /** Runs without a savepoint; returns what to do once the batch is committed, or null when it failed. */
        Runnable runStraight(Connection c, ThreadLocal<List<Runnable>> afterCommit, ExecutorService replies) {
            List<Runnable> actions = new ArrayList<>();
            afterCommit.set(actions);
            try {
                T value = work.run(c);
                afterCommitActions = actions;
                return () -> succeed(value, replies);
            } catch (SQLException | RuntimeException e) {
                straightFailure = e;
                return null;
            } finally {
                afterCommit.remove();
            }
        }

        /**
         * Runs inside a savepoint; returns what to do once the batch is committed. Jobs run one after another, so
         * one savepoint name serves them all, and its three statements stay prepared on the writer's connection.
         */
        Runnable runIn(Connection c, ThreadLocal<List<Runnable>> afterCommit, ExecutorService replies) {
            afterCommitActions = List.of();
            boolean saved = false;
            List<Runnable> actions = new ArrayList<>();
            afterCommit.set(actions);
            try {
                Rows.update(c, "SAVEPOINT job");
                saved = true;
                T value = work.run(c);
                Rows.update(c, "RELEASE job");
                afterCommitActions = actions;
                return () -> succeed(value, replies);
            } catch (SQLException | RuntimeException e) {
                SQLException rollbackFailure = rollbackTo(c, saved);
                if (rollbackFailure != null) {
                    transactionLost = e instanceof SQLException se ? se : rollbackFailure;
                }
                return () -> fail(e, replies);
            } finally {
                afterCommit.remove();
            }
        }

        /** Undoes this work only; returns the failure when that is impossible (the transaction is gone). */
        private static SQLException rollbackTo(Connection c, boolean saved) {
            try {
                if (!saved) {
                    return new SQLException("No savepoint could be set: the write transaction is not usable");
                }
                Rows.update(c, "ROLLBACK TO job");
                Rows.update(c, "RELEASE job");
                return null;
            } catch (SQLException e) {
                return e;
            }
        }
    }
}
