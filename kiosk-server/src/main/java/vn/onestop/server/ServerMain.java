package vn.onestop.server;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;

/** Starts the management server: {@code --data DIR --port N}. Placeholder until the server issue lands. */
public final class ServerMain {
    private static final Logger LOG = LogManager.getLogger(ServerMain.class);

    private ServerMain() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(arg(args, "--data", "data/server"));
        int port = Integer.parseInt(arg(args, "--port", "8080"));
        Files.createDirectories(data);
        String url = "jdbc:sqlite:" + data.resolve("onestop.db");
        try (Connection c = DriverManager.getConnection(url)) {
            c.createStatement().execute("PRAGMA journal_mode=WAL");
        } catch (SQLException e) {
            LOG.error("Cannot open the database under {}: {}", data, e.getMessage());
            System.exit(2);
        }
        Javalin app = Javalin.create(cfg -> cfg.routes.get("/health", ctx -> ctx.json(Map.of("status", "UP"))));
        app.start(port);
        LOG.info("Server listening on port {}", port);
    }

    private static String arg(String[] args, String name, String def) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return def;
    }
}
