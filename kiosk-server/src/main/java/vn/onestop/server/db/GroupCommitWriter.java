package vn.onestop.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * The only writer of the database: one thread runs queued write transactions on one connection, many at a time in
 * one commit (group commit), each inside its own savepoint so a failing one rolls back alone. A caller's
 * {@code write} returns only after the commit that holds its work has been synced to disk, so an acknowledged
 * write is durable; meanwhile the fsync cost is shared by every request that arrived while the last one ran.
 */
final class GroupCommitWriter implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(GroupCommitWriter.class);
    private static final int MAX_BATCH = 128;
    private final BlockingQueue<Job<?>> queue = new LinkedBlockingQueue<>();
    private final Connection connection;
    private final Thread thread;
    private volatile boolean running = true;
    private final ThreadLocal<List<Runnable>> afterCommit;

    GroupCommitWriter(Connection connection, ThreadLocal<List<Runnable>> afterCommit) throws SQLException {
        this.connection = connection;
        this.afterCommit = afterCommit;
        connection.setAutoCommit(false);
        thread = new Thread(this::loop, "db-writer");
        thread.setDaemon(true);
        thread.start();
    }

    <T> T write(Database.Tx<T> work) {
        if (!running) {
            throw new IllegalStateException("The database is closed");
        }
        Job<T> job = new Job<>(work);
        queue.add(job);
        try {
            T value = job.result.get();
            job.afterCommitActions.forEach(Runnable::run);
            return value;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the database", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new StorageException(cause instanceof SQLException se ? se : new SQLException(cause));
        }
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
    }

    private void runBatch(List<Job<?>> batch) {
        List<Runnable> completions = new ArrayList<>();
        for (Job<?> job : batch) {
            if (job.work == null) {
                completions.add(() -> job.result.complete(null));
                continue;
            }
            completions.add(job.runIn(connection, afterCommit));
        }
        try {
            connection.commit();
            completions.forEach(Runnable::run);
        } catch (SQLException e) {
            LOG.error("Commit of {} writes failed: {}", batch.size(), e.getMessage());
            rollbackQuietly();
            StorageException failure = new StorageException(e);
            batch.forEach(j -> j.result.completeExceptionally(failure));
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.error("Rollback failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        running = false;
        queue.add(new Job<>(null));
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One queued write and the future its caller waits on. */
    private static final class Job<T> {
        final Database.Tx<T> work;
        final CompletableFuture<T> result = new CompletableFuture<>();
        /** Set by the writer thread before completing {@code result}; run by the caller after the commit. */
        List<Runnable> afterCommitActions = List.of();

        Job(Database.Tx<T> work) {
            this.work = work;
        }

        /** Runs inside a savepoint; returns what to do once the batch is committed. */
        Runnable runIn(Connection c, ThreadLocal<List<Runnable>> afterCommit) {
            Savepoint sp = null;
            List<Runnable> actions = new ArrayList<>();
            afterCommit.set(actions);
            try {
                sp = c.setSavepoint();
                T value = work.run(c);
                c.releaseSavepoint(sp);
                afterCommitActions = actions;
                return () -> result.complete(value);
            } catch (SQLException | RuntimeException e) {
                rollbackTo(c, sp);
                return () -> result.completeExceptionally(e);
            } finally {
                afterCommit.remove();
            }
        }

        private static void rollbackTo(Connection c, Savepoint sp) {
            if (sp == null) {
                return;
            }
            try {
                c.rollback(sp);
                c.releaseSavepoint(sp);
            } catch (SQLException e) {
                LOG.error("Rollback to savepoint failed: {}", e.getMessage());
            }
        }
    }
}
