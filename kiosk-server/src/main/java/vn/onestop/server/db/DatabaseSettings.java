package vn.onestop.server.db;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import vn.onestop.core.config.ConfigException;

/**
 * Where the server keeps its data: SQLite in the data folder (the default, one centre) or a PostgreSQL database
 * shared by several server processes (a province). Read from the {@code db.*} keys of {@code server.properties}:
 * {@code db.url} ({@code jdbc:postgresql://host:5432/onestop}; absent or {@code sqlite} = the SQLite file),
 * {@code db.user}, {@code db.passwordFile} (a file holding only the password, preferred) or {@code db.password},
 * {@code db.poolSize} (connections per process, default 10).
 */
public record DatabaseSettings(String url, String user, String password, int poolSize) {
    private static final String PG_PREFIX = "jdbc:postgresql://";

    /** SQLite in the data folder. */
    public static DatabaseSettings sqlite() {
        return new DatabaseSettings(null, null, null, 8);
    }

    /** A PostgreSQL database. */
    public static DatabaseSettings postgres(String url, String user, String password, int poolSize) {
        if (url == null || !url.startsWith(PG_PREFIX)) {
            throw new ConfigException("db.url must start with " + PG_PREFIX + " (e.g. " + PG_PREFIX
                    + "db1:5432/onestop), not '" + url + "'", null);
        }
        return new DatabaseSettings(url, user, password, poolSize);
    }

    public boolean isPostgres() {
        return url != null;
    }

    /** Reads the {@code db.*} keys of {@code configDir/server.properties}. */
    public static DatabaseSettings load(Path configDir) {
        Path file = configDir.resolve("server.properties");
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return from(p, file, configDir);
    }

    /** Builds settings from properties; relative password files are resolved against {@code baseDir}. */
    public static DatabaseSettings from(Properties p, Path file, Path baseDir) {
        String url = p.getProperty("db.url", "").trim();
        if (url.isEmpty() || url.equals("sqlite")) {
            return sqlite();
        }
        int pool = poolSize(p.getProperty("db.poolSize", "10").trim(), file);
        String user = p.getProperty("db.user", "").trim();
        if (user.isEmpty()) {
            throw new ConfigException(file, "db.user is missing (the PostgreSQL role of the server)");
        }
        String passwordFile = p.getProperty("db.passwordFile", "").trim();
        String password = passwordFile.isEmpty() ? p.getProperty("db.password", "")
                : readPassword(baseDir.resolve(passwordFile), file);
        try {
            return postgres(url, user, password, pool);
        } catch (ConfigException e) {
            throw new ConfigException(file, e.getMessage(), e);
        }
    }

    private static int poolSize(String v, Path file) {
        try {
            int n = Integer.parseInt(v);
            if (n < 2 || n > 200) {
                throw new ConfigException(file, "db.poolSize must be between 2 and 200, not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(file, "db.poolSize must be a whole number, not '" + v + "'", e);
        }
    }

    private static String readPassword(Path f, Path file) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new ConfigException(file, "db.passwordFile " + f + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return isPostgres() ? "PostgreSQL " + url + " as " + user : "SQLite";
    }
}
