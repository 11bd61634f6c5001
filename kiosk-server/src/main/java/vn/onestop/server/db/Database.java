package vn.onestop.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteDataSource;

/**
 * The server's database, migrated by Flyway at open: a pooled SQLite file (one centre, one process) or a
 * PostgreSQL database (a province, several processes).
 *
 * <p>SQLite durability: {@code synchronous=FULL} makes every commit fsync the WAL before it returns, so a ticket
 * acknowledged to a kiosk survives a process crash and a power cut. Writes are serialized through one writer
 * thread that group-commits on its own connection (SQLite allows one writer anyway); after a full disk it fails
 * the writes of the lost transaction and resumes on a fresh connection once there is room again. PostgreSQL: each write is its own transaction on a
 * pooled connection, committed (WAL flushed) before it returns; concurrent writers of all processes are kept
 * apart by row locks and unique constraints, and a write that loses a race is retried ({@link PgWriter}).
 * Reads run concurrently from the pool in both.
 */
public final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final Dialect dialect;
    private final DatabaseSettings settings;
    private final GroupCommitWriter sqliteWriter;
    private final PgWriter pgWriter;
    private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

    private Database(HikariDataSource pool, DatabaseSettings settings, SQLiteDataSource sqliteFile) {
        this.pool = pool;
        this.settings = settings;
        this.dialect = settings.isPostgres() ? Dialect.POSTGRESQL : Dialect.SQLITE;
        try {
            if (settings.isPostgres()) {
                sqliteWriter = null;
                pgWriter = new PgWriter(pool, afterCommit);
            } else {
                sqliteWriter = new GroupCommitWriter(sqliteFile::getConnection,
                        afterCommit);
                pgWriter = null;
            }
        } catch (SQLException e) {
            pool.close();
            throw new StorageException(e);
        }
    }

    /** Opens the configured database: PostgreSQL when {@code settings} name one, else SQLite in {@code dataDir}. */
    public static Database open(DatabaseSettings settings, Path dataDir) {
        return settings.isPostgres() ? openPostgres(settings) : openSqlite(dataDir);
    }

    /** Opens (creating if needed) {@code dataDir/onestop.db} and applies pending migrations. */
    public static Database openSqlite(Path dataDir) {
        return openSqliteFile(dataDir.resolve("onestop.db"));
    }

    /** Opens (creating if needed) a SQLite database file and applies pending migrations. */
    public static Database openSqliteFile(Path file) {
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setJournalMode(SQLiteConfig.JournalMode.WAL);
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        sqlite.setBusyTimeout(10_000);
        sqlite.enforceForeignKeys(true);
        // No caller reads generated keys; the driver would otherwise query last_insert_rowid after every insert.
        sqlite.setGetGeneratedKeys(false);
        SQLiteDataSource ds = new CachingSqliteDataSource(sqlite);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        HikariConfig hc = new HikariConfig();
        hc.setDataSource(ds);
        hc.setPoolName("onestop-sqlite");
        hc.setMaximumPoolSize(8);
        hc.setAutoCommit(true);
        HikariDataSource pool = new HikariDataSource(hc);
        migrate(pool, "classpath:db/migration", "classpath:db/sqlite");
        return new Database(pool, DatabaseSettings.sqlite(), ds);
    }

    /** Connects to a PostgreSQL database (which must exist, owned by the configured role) and migrates it. */
    public static Database openPostgres(DatabaseSettings settings) {
        HikariConfig hc = new HikariConfig();
        hc.setJdbcUrl(settings.url());
        hc.setUsername(settings.user());
        hc.setPassword(settings.password());
        hc.setDataSourceProperties(pgProperties());
        hc.setPoolName("onestop-postgresql");
        hc.setMaximumPoolSize(settings.poolSize());
        hc.setMinimumIdle(Math.min(2, settings.poolSize()));
        hc.setAutoCommit(true);
        hc.setConnectionTimeout(10_000);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hc);
        } catch (RuntimeException e) {
            throw new StorageException(new SQLException("Cannot connect to " + settings + ": " + e.getMessage(), e));
        }
        migrate(pool, "classpath:db/migration", "classpath:db/postgresql");
        return new Database(pool, settings, null);
    }

    /**
     * Driver settings: server error details (which may quote key values such as a username) are kept out of
     * exception messages, and the application name shows in {@code pg_stat_activity}.
     */
    static Properties pgProperties() {
        Properties p = new Properties();
        p.setProperty("logServerErrorDetail", "false");
        p.setProperty("ApplicationName", "onestop-server");
        p.setProperty("tcpKeepAlive", "true");
        return p;
    }

    private static void migrate(HikariDataSource pool, String... locations) {
        try {
            Flyway.configure().dataSource(pool).locations(locations).load().migrate();
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /**
     * Runs {@code work} in a write transaction; returns after its commit is durable, and rolls back only this work
     * when it throws. On PostgreSQL {@code work} may run more than once (after losing a race), so it must not
     * have effects outside the transaction.
     */
    public <T> T write(Tx<T> work) {
        return pgWriter != null ? pgWriter.write(work) : sqliteWriter.write(work);
    }

    /**
     * Runs {@code work} as {@link #write} does, without making the caller wait for the disk: on SQLite the future
     * completes on one of the writer's reply threads once the commit is durable (after-commit actions have run),
     * so a request thread is free while the writer syncs; it fails with what {@code write} would throw. On
     * PostgreSQL the write runs on the calling thread (each commits on its own connection) and the future is
     * already complete when returned.
     */
    public <T> CompletableFuture<T> writeAsync(Tx<T> work) {
        if (pgWriter == null) {
            return sqliteWriter.submit(work);
        }
        try {
            return CompletableFuture.completedFuture(pgWriter.write(work));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /**
     * Runs {@code action} once the write transaction now running on this thread has committed (nothing happens if
     * it rolls back); outside a write it runs at once. For effects outside the database, such as live events.
     */
    public void afterCommit(Runnable action) {
        List<Runnable> actions = afterCommit.get();
        if (actions == null) {
            action.run();
        } else {
            actions.add(action);
        }
    }

    /** Runs read-only {@code work} on a pooled connection. */
    public <T> T read(Tx<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    /**
     * A new connection outside the pool, for a long-lived task such as {@code LISTEN} (PostgreSQL only); the
     * caller closes it.
     */
    public Connection dedicatedConnection(String applicationName) throws SQLException {
        if (!settings.isPostgres()) {
            throw new IllegalStateException("Dedicated connections are for PostgreSQL");
        }
        Properties p = pgProperties();
        p.setProperty("user", settings.user());
        p.setProperty("password", settings.password() == null ? "" : settings.password());
        p.setProperty("ApplicationName", applicationName);
        return java.sql.DriverManager.getConnection(settings.url(), p);
    }

    /** The SQLite writer's commits and timings, or empty on PostgreSQL (each write commits on its own there). */
    public java.util.Optional<WriterStats> writerStats() {
        return sqliteWriter == null ? java.util.Optional.empty() : java.util.Optional.of(sqliteWriter.stats());
    }

    /** Writes waiting for the SQLite writer thread (for tests that line up a batch). */
    int queuedWrites() {
        return sqliteWriter == null ? 0 : sqliteWriter.queued();
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Where the data lives (URL and role for PostgreSQL; never the password). */
    public DatabaseSettings settings() {
        return settings;
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
        if (sqliteWriter != null) {
            sqliteWriter.close();
        }
        pool.close();
    }

    /** SQLite connections that keep their prepared statements ({@link KeepingSqliteConnection}). */
    private static final class CachingSqliteDataSource extends SQLiteDataSource {
        CachingSqliteDataSource(SQLiteConfig config) {
            super(config);
        }

        @Override
        public SQLiteConnection getConnection(String user, String password) throws SQLException {
            return new KeepingSqliteConnection(getUrl(), getConfig().toProperties());
        }
    }

    /** A unit of JDBC work. */
    @FunctionalInterface
    public interface Tx<T> {
        T run(Connection c) throws SQLException;
    }
}
