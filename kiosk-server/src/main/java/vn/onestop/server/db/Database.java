package vn.onestop.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The server's database: a pooled SQLite file in WAL mode, migrated by Flyway at open.
 *
 * <p>Durability: {@code synchronous=FULL} makes every commit fsync the WAL before it returns, so a ticket
 * acknowledged to a kiosk survives a process crash and a power cut ({@code NORMAL} would survive only the
 * former). Writes are serialized through one writer thread that group-commits (SQLite allows one writer
 * anyway, and sharing one fsync among the requests that arrived meanwhile keeps the cost of FULL low);
 * reads run concurrently from the pool.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final Connection writerConnection;
    private final GroupCommitWriter writer;
    private final Path folder;

    private Database(HikariDataSource pool, Path folder) {
        this.pool = pool;
        this.folder = folder;
        try {
            this.writerConnection = pool.getConnection();
            this.writer = new GroupCommitWriter(writerConnection);
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    /** Opens (creating if needed) {@code dataDir/onestop.db} and applies pending migrations. */
    public static Database openSqlite(Path dataDir) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.setBusyTimeout(10_000);
        sqlite.enforceForeignKeys(true);
        SQLiteDataSource ds = new SQLiteDataSource(sqlite);
        ds.setUrl("jdbc:sqlite:" + dataDir.resolve("onestop.db").toAbsolutePath());
        HikariConfig hc = new HikariConfig();
        hc.setDataSource(ds);
        hc.setPoolName("onestop-sqlite");
        hc.setMaximumPoolSize(8);
        hc.setAutoCommit(true);
        HikariDataSource pool = new HikariDataSource(hc);
        Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        return new Database(pool, dataDir);
    }

    /**
     * Runs {@code work} in a write transaction (possibly shared with other writes, each in its own savepoint);
     * returns after the commit is on disk, and rolls back only this work when it throws.
     */
    public <T> T write(Tx<T> work) {
        return writer.write(work);
    }

    /** Runs read-only {@code work} on a pooled connection. */
    public <T> T read(Tx<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    /** The data folder holding the database file (and files kept beside it, such as dossiers' scanned pages). */
    public Path folder() {
        return folder;
    }

    /** True when a trivial query answers (for {@code /health}). */
    public boolean isHealthy() {
        try {
            return read(c -> c.createStatement().execute("SELECT 1"));
        } catch (StorageException e) {
            return false;
        }
    }

    @Override
    public void close() {
        writer.close();
        try {
            writerConnection.close();
        } catch (SQLException e) {
            throw new StorageException(e);
        }
        pool.close();
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    public interface Tx<T> {
        T run(Connection c) throws SQLException;
    }
}
