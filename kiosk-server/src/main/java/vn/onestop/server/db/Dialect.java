package vn.onestop.server.db;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The few places where SQLite and PostgreSQL SQL differ. SQLite has one writer (every write transaction is
 * serialized, so row locks are not needed); PostgreSQL runs writes of several processes concurrently, so the
 * queries that pick a row to change lock it.
 */
public enum Dialect {
    SQLITE, POSTGRESQL;

    /** The dialect of a connection's database. */
    public static Dialect of(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL") ? POSTGRESQL : SQLITE;
    }

    /** Appended to a SELECT that picks rows to change, skipping rows other transactions are changing. */
    public String lockSkipLocked() {
        return this == POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : "";
    }

    /** Appended to a SELECT that reads a row to change, waiting for other transactions changing it. */
    public String lockForUpdate() {
        return this == POSTGRESQL ? " FOR UPDATE" : "";
    }
}
