package vn.onestop.server.db;

import java.sql.SQLException;

/** The database failed (disk full, file locked, corrupt); the message carries the driver's reason. */
public final class StorageException extends RuntimeException {
    public StorageException(SQLException cause) {
        super("Database error: " + cause.getMessage(), cause);
    }
}
