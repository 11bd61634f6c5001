package vn.onestop.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.onestop.core.config.ConfigException;
import vn.onestop.server.connector.ConnectorSettings;
import vn.onestop.server.db.Database;
import vn.onestop.server.db.DatabaseSettings;
import vn.onestop.server.db.StorageException;
import vn.onestop.server.notify.NotifySettings;
import vn.onestop.server.staff.Role;
import vn.onestop.server.staff.Secrets;

/**
 * Starts the management server: {@code --config DIR --data DIR --port N [--demo] [--enrolment-code CODE]}; or,
 * with {@code migrate-sqlite ...} first, moves a centre's SQLite data into PostgreSQL ({@link MigrateSqliteCommand});
 * with {@code merge-centres ...} first, merges several centres' SQLite databases into one ({@link MergeCentresCommand}).
 * At first start (no admin yet) it prints a one-time setup secret for the first admin account.
 */
public final class ServerMain {
    private static final Logger LOG = LogManager.getLogger(ServerMain.class);

    private ServerMain() {}

    public static void main(String[] args) {
        // Scanned pages are decoded with ImageIO: never look for a display, even when DISPLAY is set.
        System.setProperty("java.awt.headless", "true");
        if (args.length > 0 && args[0].equals("migrate-sqlite")) {
            migrate(args);
            return;
        }
        if (args.length > 0 && args[0].equals("merge-centres")) {
            mergeCentres(args);
            return;
        }
        try {
            Running server = run(CommandLine.parse(args), System.out);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "shutdown"));
        } catch (ConfigException | IllegalArgumentException e) {
            LOG.error("Cannot start: {}", e.getMessage());
            System.err.println("kiosk-server: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void migrate(String[] args) {
        try {
            MigrateSqliteCommand.run(args, System.out);
        } catch (IllegalArgumentException | ConfigException | StorageException e) {
            LOG.error("migrate-sqlite failed: {}", e.getMessage());
            System.err.println("kiosk-server migrate-sqlite: " + e.getMessage());
            System.exit(2);
        }
    }

    private static void mergeCentres(String[] args) {
        try {
            MergeCentresCommand.run(args, System.out);
        } catch (IllegalArgumentException | ConfigException | StorageException e) {
            LOG.error("merge-centres failed: {}", e.getMessage());
            System.err.println("kiosk-server merge-centres: " + e.getMessage());
            System.exit(2);
        }
    }

    /** A started server and its database, closed together. */
    record Running(ServerApp app, Database db) implements AutoCloseable {
        @Override
        public void close() {
            app.stop();
            db.close();
        }
    }

    /** Loads the configuration, opens the database, prepares first-start secrets and demo data, and starts. */
    static Running run(CommandLine cli, PrintStream console) {
        ServerConfig config = ServerConfigLoader.load(cli.configDir());
        NotifySettings notify = NotifySettings.load(cli.configDir());
        if (cli.port() != null) {
            config = config.toBuilder().port(cli.port()).build();
        }
        try {
            Files.createDirectories(cli.dataDir());
        } catch (IOException e) {
            throw new ConfigException("Cannot create the data folder " + cli.dataDir() + ": " + e.getMessage(), e);
        }
        Database db = Database.open(DatabaseSettings.load(cli.configDir()), cli.dataDir());
        LOG.info("Data in {}", db.settings());
        ServerApp app = new ServerApp(config, db, Clock.systemUTC(), cli.dataDir(),
                ConnectorSettings.load(cli.configDir()), notify, null);
        Optional<String> secret = app.staff().newSetupSecretIfNoAdmin();
        secret.ifPresent(s -> firstStart(cli.dataDir(), s, console));
        if (cli.enrolmentCode() != null) {
            app.kiosks().storeCode(cli.enrolmentCode(), "command-line");
        }
        if (cli.demo()) {
            demoAccounts(app, cli.dataDir(), console);
        }
        app.start(config.port());
        LOG.info("Server listening on port {}, data in {}", app.port(), cli.dataDir());
        app.voice().probe();
        return new Running(app, db);
    }

    private static void firstStart(Path data, String secret, PrintStream console) {
        Path file = data.resolve("first-admin-secret.txt");
        write(file, secret + "\n");
        console.println("First start: create the admin account with this one-time secret: " + secret);
        console.println("  POST /api/v1/setup/first-admin {\"secret\",\"username\",\"displayName\",\"password\"}");
        console.println("  (also in " + file + "; delete that file once the admin exists)");
        LOG.info("No admin account yet: a one-time setup secret was printed on the console and written to {}", file);
    }

    private static void demoAccounts(ServerApp app, Path data, PrintStream console) {
        Secrets secrets = new Secrets();
        Map<String, Role> demo = new java.util.LinkedHashMap<>();
        demo.put("admin", Role.ADMIN);
        demo.put("supervisor", Role.SUPERVISOR);
        demo.put("technician", Role.TECHNICIAN);
        demo.put("counter1", Role.COUNTER_STAFF);
        demo.put("counter2", Role.COUNTER_STAFF);
        StringBuilder lines = new StringBuilder("# Demo accounts (random passwords, made at this start)\n");
        demo.forEach((user, role) -> {
            String password = secrets.token(12);
            String name = "demo-" + user;
            if (app.staff().list().stream().noneMatch(m -> name.equals(m.username()))) {
                // The demo admin is a province admin (issue 21): it may also add centres on /staff/admin.
                app.staff().create("demo", null, name, "Demo " + user, role, password.toCharArray(),
                        role == Role.ADMIN ? "*" : "main");
                lines.append(name).append(' ').append(role.code()).append(' ').append(password).append('\n');
            }
        });
        Path file = data.resolve("demo-accounts.txt");
        if (lines.indexOf("\n") == lines.length() - 1) {
            console.println("Demo accounts exist already; their passwords are in " + file);
            return;
        }
        write(file, lines.toString());
        console.print(lines);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("Cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
