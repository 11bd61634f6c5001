package vn.onestop.server.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.sqlite.SQLiteConnection;
import org.sqlite.jdbc4.JDBC4Connection;
import org.sqlite.jdbc4.JDBC4PreparedStatement;

/**
 * A SQLite connection that keeps its prepared statements for reuse: the driver compiles every
 * {@code prepareStatement} afresh, which was a tenth of the CPU of issuing a ticket. It hands out one statement
 * per SQL text; closing a statement only clears its parameters, and closing the connection finalizes them all.
 * The queries are the server's own constant texts, so the small LRU bound is only a safety net. A subclass of
 * the driver's own classes rather than a reflective proxy, so a kept statement costs nothing per call.
 */
final class KeepingSqliteConnection extends JDBC4Connection {
    private static final int SIZE = 64;
    private final Map<String, KeptStatement> statements = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, KeptStatement> eldest) {
            if (size() <= SIZE) {
                return false;
            }
            eldest.getValue().discard();
            return true;
        }
    };

    /** Opens {@code url} ("jdbc:sqlite:" and the file's path) with the driver's connection properties. */
    KeepingSqliteConnection(String url, Properties properties) throws SQLException {
        super(url, url.substring("jdbc:sqlite:".length()), properties);
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        KeptStatement ps = statements.get(sql);
        if (ps == null || ps.discarded) {
            ps = new KeptStatement(this, sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    @Override
    public void close() throws SQLException {
        statements.values().forEach(KeptStatement::discard);
        statements.clear();
        super.close();
    }

    /** A statement whose {@code close} keeps it compiled for the next caller; {@link #discard} finalizes it. */
    private static final class KeptStatement extends JDBC4PreparedStatement {
        private boolean discarded;

        KeptStatement(SQLiteConnection connection, String sql) throws SQLException {
            super(connection, sql);
        }

        @Override
        public void close() throws SQLException {
            if (!discarded) {
                clearParameters();
            }
        }

        void discard() {
            discarded = true;
            try {
                super.close();
            } catch (SQLException e) {
                // the connection is going away or the statement is evicted; nothing is left to release
            }
        }
    }
}
