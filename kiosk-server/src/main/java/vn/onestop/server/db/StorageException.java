package vn.onestop.server.db;

import java.sql.SQLException;

/** The database failed (disk full, file locked, corrupt); the message carries the driver's reason. */
public final class StorageException extends RuntimeException {
    /** SQLite's primary result code SQLITE_FULL (database or disk is full). */
    private static final int SQLITE_FULL = 13;
    /** PostgreSQL's SQLSTATE class 53, "insufficient resources" (53100 disk full, 53200 out of memory...). */
    private static final String PG_INSUFFICIENT_RESOURCES = "53";

    public StorageException(SQLException cause) {
        super("Database error: " + cause.getMessage(), cause);
    }

    /** True when the disk holding the database is full: nothing more can be saved until space is freed. */
    public boolean isDiskFull() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException se && (isSqliteFull(se)
                    || se.getSQLState() != null && se.getSQLState().startsWith(PG_INSUFFICIENT_RESOURCES))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSqliteFull(SQLException se) {
        return se instanceof org.sqlite.SQLiteException && (se.getErrorCode() & 0xff) == SQLITE_FULL;
    }
}
