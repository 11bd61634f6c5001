package vn.onestop.server.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Logger;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.Dialect;

/**
 * The delivery loop of an outbox table, shared by the provincial connector's outbox and the notification outbox: on
 * one thread of its own, every poll interval and whenever woken, it claims due rows (batch by batch) under a lease
 * held by this worker's random owner id, and hands each to {@link #deliver}, which sends it and records the outcome
 * under that lease (delivered, failed for good, or retried later with back-off). A process that dies mid-send leaves
 * its lease to run out and the row is claimed again, so each outbox's idempotency key must make a resend harmless.
 * Log lines name the outbox and the error only; what a row holds is for the subclass to log (never personal data).
 *
 * @param <C> a claimed row, as the outbox's store returns it
 */
public abstract class OutboxWorker<C> implements AutoCloseable {
    private static final int BATCH = 10;
    private final String name;
    private final Logger log;
    private final Database db;
    private final Clock clock;
    private final Duration poll;
    private final Duration lease;
    private final Claims<C> store;
    private final String owner = UUID.randomUUID().toString();
    private final ScheduledExecutorService thread;

    /** The outbox store's claim: up to {@code limit} due rows for {@code owner}, leased until {@code leaseUntil}. */
    @FunctionalInterface
    public interface Claims<C> {
        List<C> claim(Connection c, Dialect dialect, String owner, long now, long leaseUntil, int limit)
                throws SQLException;
    }

    /**
     * @param name the outbox as log lines name it ("Provincial outbox")
     * @param threadName the worker thread's name
     * @param log the subclass's logger (round failures are logged there too)
     */
    protected OutboxWorker(String name, String threadName, Logger log, Database db, Clock clock, Duration poll,
            Duration lease, Claims<C> store) {
        this.name = name;
        this.log = log;
        this.db = db;
        this.clock = clock;
        this.poll = poll;
        this.lease = lease;
        this.store = store;
        this.thread = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /** Sends one claimed row and records its outcome under {@link #owner()}'s lease; throws only for a bug. */
    protected abstract void deliver(C claim);

    /** Work before a round's claims (e.g. rows a hook missed); nothing by default. */
    protected void beforeRound() {
    }

    /** Work after a round's claims (e.g. outcomes a dead worker left half applied); nothing by default. */
    protected void afterRound() {
    }

    /** This worker's lease owner id (random per process). */
    protected final String owner() {
        return owner;
    }

    /** Starts polling (first round at once). */
    public final void start() {
        thread.scheduleWithFixedDelay(this::runSafely, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs a round soon (after a new row or a technician's retry), without waiting for the poll. */
    public final void wake() {
        if (!thread.isShutdown()) {
            try {
                thread.execute(this::runSafely);
            } catch (RejectedExecutionException stopping) {
                // closed meanwhile: the rows stay pending for the next start
            }
        }
    }

    private void runSafely() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            if (thread.isShutdown()) {
                log.debug("{} round stopped with the server: {}", name, e.getMessage());
                return;
            }
            log.error("{} round failed; the next round retries: {}", name, e.getMessage(), e);
        }
    }

    /** One round on the caller's thread: every due row, batch by batch. Returns how many rows were attempted. */
    public final int deliverDue() {
        beforeRound();
        int sent = 0;
        while (!Thread.currentThread().isInterrupted()) {
            long now = clock.millis();
            List<C> claims = db.write(c -> store.claim(c, db.dialect(), owner, now, now + lease.toMillis(), BATCH));
            for (C claim : claims) {
                deliver(claim);
                sent++;
            }
            if (claims.size() < BATCH) {
                break;
            }
        }
        afterRound();
        return sent;
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
