package vn.onestop.server.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Consumer;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.postgresql.PGConnection;
import vn.onestop.server.db.Database;

/**
 * One thread per process on a dedicated connection: {@code LISTEN onestop_events}, wait for notifications
 * ({@code PGConnection.getNotifications(timeout)}), then relay every journal row after the last one relayed.
 * It also reads once a second without a notification, so a lost notification or a reconnect (the database
 * restarted) delays events but never loses or reorders them.
 */
final class PgEventListener implements AutoCloseable {
    private static final Logger LOG = LogManager.getLogger(PgEventListener.class);
    private static final int WAIT_MILLIS = 1000;
    private static final int BATCH = 500;
    private static final int KEEP = 20_000;
    private static final long PRUNE_EVERY_MILLIS = 300_000;
    private final Database db;
    private final PgEventJournal journal;
    private final Consumer<EventBus.LiveEvent> sink;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;
    private long lastRelayed;
    private long lastPrune = System.nanoTime();

    PgEventListener(Database db, PgEventJournal journal, Consumer<EventBus.LiveEvent> sink,
            long lastRelayed) {
        this.db = db;
        this.journal = journal;
        this.sink = sink;
        this.lastRelayed = lastRelayed;
        this.thread = new Thread(this::loop, "pg-event-listener");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void loop() {
        long backoff = 500;
        while (running) {
            try (Connection c = connect()) {
                connection = c;
                backoff = 500;
                relayWhileOpen(c);
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                LOG.warn("Live event listener lost the database ({}); reconnecting in {} ms", e.getMessage(), backoff);
                pause(backoff);
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    private Connection connect() throws SQLException {
        Connection c = db.dedicatedConnection("onestop-server-events");
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + PgEventJournal.CHANNEL);
        }
        return c;
    }

    private void relayWhileOpen(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
            relayNew(c);
            pruneNowAndThen(c);
            pg.getNotifications(WAIT_MILLIS);
        }
    }

    private void relayNew(Connection c) throws SQLException {
        List<EventBus.LiveEvent> rows;
        do {
            rows = journal.after(c, lastRelayed, BATCH);
            for (EventBus.LiveEvent e : rows) {
                sink.accept(e);
                lastRelayed = e.id();
            }
        } while (rows.size() == BATCH);
    }

    private void pruneNowAndThen(Connection c) throws SQLException {
        if (System.nanoTime() - lastPrune > PRUNE_EVERY_MILLIS * 1_000_000) {
            lastPrune = System.nanoTime();
            journal.prune(c, lastRelayed, KEEP);
        }
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis); // reconnect backoff
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        Connection c = connection;
        try {
            thread.join(WAIT_MILLIS * 3L);
            if (c != null && !c.isClosed()) {
                c.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            LOG.debug("Closing the event listener connection: {}", e.getMessage());
        }
    }
}
