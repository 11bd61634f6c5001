package vn.onestop.kiosk.e2e;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.onestop.server.ServerApp;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.ServerConfigLoader;
import vn.onestop.server.db.Database;

/** The real management server on a port of its own, with its SQLite file in a temp folder; can stop and restart. */
final class InProcessServer implements AutoCloseable {
    private final Path dataDir;
    private final ServerConfig config;
    private Database db;
    private ServerApp app;
    private int port;

    InProcessServer(Path dataDir) {
        this.dataDir = dataDir;
        this.config = ServerConfigLoader.load(Path.of(System.getProperty("onestop.config.dir")))
                .withPasswordIterations(1000);
        try {
            java.nio.file.Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        start(0);
    }

    void start(int wantedPort) {
        db = Database.openSqlite(dataDir);
        app = new ServerApp(config, db, Clock.systemUTC(), dataDir).start(wantedPort);
        port = app.port();
    }

    /** Stops it (the kiosk then finds nobody at the address) and starts it again on the same port. */
    void stop() {
        app.stop();
        db.close();
    }

    void restart() {
        start(port);
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    String enrolmentCode() {
        return app.kiosks().createEnrolmentCode("test");
    }

    /** Every ticket on the server: "number status key" rows. */
    List<String> tickets() {
        return db.read(c -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT service_code, number, status, id FROM ticket ORDER BY issued_at");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + String.format("%03d", rs.getInt(2)) + " " + rs.getString(3) + " "
                            + rs.getString(4));
                }
            }
            return rows;
        });
    }

    /** Device problems the server derived from the kiosks' heartbeats. */
    String kioskProblems() {
        return app.kiosks().list().stream().map(m -> String.valueOf(m.get("problems"))).toList().toString();
    }

    /** The running server (its staff accounts, for tests that log in as staff). */
    ServerApp app() {
        return app;
    }

    String status(String ticketId) {
        return app.queue().find(ticketId).status();
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            db.close();
        }
    }
}
