package vn.onestop.server;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.DatabaseSettings;
import vn.onestop.server.db.SqliteToPostgres;

/**
 * {@code ServerMain migrate-sqlite --from DATA/onestop.db [--config DIR | --to JDBC_URL --user ROLE
 * --password-file FILE]}: moves a centre's SQLite data into the province's PostgreSQL database (the db.* keys of
 * DIR/server.properties unless --to is given). Stop the centre's server first.
 */
final class MigrateSqliteCommand {
    static final String USAGE = "migrate-sqlite --from DATA/onestop.db [--config DIR | --to jdbc:postgresql://HOST/DB "
            + "--user ROLE --password-file FILE]";

    private MigrateSqliteCommand() {}

    /**
     * The PostgreSQL database named by {@code --to/--user/--password-file} (the db.* keys in {@code p}), else by the
     * db.* keys of {@code config}/server.properties; shared with {@link MergeCentresCommand}.
     */
    static DatabaseSettings target(Properties p, Path config) {
        DatabaseSettings target = p.containsKey("db.url")
                ? DatabaseSettings.from(p, Path.of("command line"), Path.of("").toAbsolutePath())
                : DatabaseSettings.load(config);
        if (!target.isPostgres()) {
            throw new IllegalArgumentException("No PostgreSQL target: give --to, or set db.url in "
                    + config.resolve("server.properties"));
        }
        return target;
    }

    /** Runs the move and prints rows per table. */
    static Map<String, Long> run(String[] args, PrintStream console) {
        Properties p = new Properties();
        Path config = Path.of("config");
        for (int i = 1; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value; use " + USAGE);
            }
            String value = args[++i];
            switch (option) {
                case "--from" -> p.setProperty("from", value);
                case "--config" -> config = Path.of(value);
                case "--to" -> p.setProperty("db.url", value);
                case "--user" -> p.setProperty("db.user", value);
                case "--password-file" -> p.setProperty("db.passwordFile", value);
                default -> throw new IllegalArgumentException("Unknown option " + option + "; use " + USAGE);
            }
        }
        Path from = Path.of(p.getProperty("from", ""));
        if (!Files.isRegularFile(from)) {
            throw new IllegalArgumentException("--from must name the centre's SQLite file (DATA/onestop.db), not '"
                    + from + "'");
        }
        DatabaseSettings target = target(p, config);
        try (Database source = Database.openSqliteFile(from); Database pg = Database.openPostgres(target)) {
            Map<String, Long> counts = SqliteToPostgres.copy(source, pg);
            console.println("Moved " + from + " into " + target + ":");
            counts.forEach((table, rows) -> console.println("  " + table + ": " + rows + " rows"));
            return counts;
        }
    }
}
