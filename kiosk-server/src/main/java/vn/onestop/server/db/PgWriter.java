package vn.onestop.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/**
 * Write transactions on PostgreSQL: each on its own pooled connection, committed before it returns (so an
 * acknowledged write is durable), run concurrently with other transactions of this and other processes. The
 * database makes them atomic (row locks, unique constraints); a transaction that loses a race (a serialization
 * failure, a deadlock, or a unique key another process inserted first) is rolled back and run again, and then
 * sees the winner's row.
 */
final class PgWriter {
    private static final Logger LOG = LogManager.getLogger(PgWriter.class);
    private static final int ATTEMPTS = 5;
    private final DataSource pool;
    private final ThreadLocal<List<Runnable>> afterCommit;

    PgWriter(DataSource pool, ThreadLocal<List<Runnable>> afterCommit) {
        this.pool = pool;
        this.afterCommit = afterCommit;
    }

    <T> T write(Database.Tx<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (SQLException e) {
                if (!retryable(e) || attempt == ATTEMPTS) {
                    throw new StorageException(e);
                }
                LOG.debug("Write lost a race (SQLState {}), attempt {} of {}", e.getSQLState(), attempt, ATTEMPTS);
            } catch (StorageException e) {
                if (!(e.getCause() instanceof SQLException se && retryable(se)) || attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private <T> T once(Database.Tx<T> work) throws SQLException {
        List<Runnable> actions = new ArrayList<>();
        T value;
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            afterCommit.set(actions);
            try {
                value = work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                afterCommit.remove();
            }
        }
        actions.forEach(Runnable::run);
        return value;
    }

    /** 40001 serialization failure, 40P01 deadlock, 23505 unique violation (another process inserted first). */
    static boolean retryable(SQLException e) {
        String state = e.getSQLState();
        return "40001".equals(state) || "40P01".equals(state) || "23505".equals(state);
    }
}
