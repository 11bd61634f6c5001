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
    private final Clock clock;
    private Database db;
    private ServerApp app;
    private int port;

    InProcessServer(Path dataDir) {
        this(dataDir, java.util.function.UnaryOperator.identity());
    }

    /** A server whose shipped settings {@code change} adjusts (e.g. phones let in, issue 24). */
    InProcessServer(Path dataDir, java.util.function.UnaryOperator<ServerConfig.Builder> change) {
        this(dataDir, change, Clock.systemUTC());
    }

    /** As above, on {@code clock} (a test clock the kiosk shares, so a test moves both to a time of its choice). */
    InProcessServer(Path dataDir, java.util.function.UnaryOperator<ServerConfig.Builder> change, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.config = change.apply(ServerConfigLoader.load(Path.of(System.getProperty("onestop.config.dir")))
                .toBuilder().passwordIterations(1000)).build();
        try {
            java.nio.file.Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        start(0);
    }

    void start(int wantedPort) {
        db = Database.openSqlite(dataDir);
        app = new ServerApp(config, db, clock, dataDir).start(wantedPort);
        port = app.port();
        warmUp();
    }

    /**
     * One JSON answer before the kiosk's first call: the server's first request loads Jetty's and Jackson's classes,
     * which on a loaded test machine took longer than the kiosk's enrolment timeout (the code was then used up by a
     * request whose answer the kiosk never read). Read-only: the hall display's state.
     */
    private void warmUp() {
        try {
            java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(url() + "/api/v1/display/state")).timeout(java.time.Duration.ofSeconds(60))
                    .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("The in-process server did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

    /** Every call for help on the server: "kiosk-name screen acknowledged-by" rows (null while open). */
    List<String> helpAlerts() {
        return db.read(c -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT k.name, h.screen, h.acknowledged_by FROM help_alert h "
                    + "JOIN kiosk k ON k.id = h.kiosk_id ORDER BY h.raised_at");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
                }
            }
            return rows;
        });
    }

    /** How many audit entries record {@code action}. */
    long audited(String action) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM audit_log WHERE action = ?")) {
                ps.setString(1, action);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
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

    /** Every rating the server stored: "ticket-or-dossier score reasons criteria" rows (null when none). */
    List<String> ratings() {
        return db.read(c -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(ticket_id, dossier_code), score, "
                    + "reasons, criteria FROM rating ORDER BY created_at");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getInt(2) + " " + rs.getString(3) + " " + rs.getString(4));
                }
            }
            return rows;
        });
    }

    /** Every ticket as counters see it, in calling order: "printed-number status issued-at" rows. */
    List<String> printedTickets() {
        return db.read(c -> {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM ticket ORDER BY issued_at");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    var t = app.queue().find(rs.getString(1));
                    rows.add(t.displayNumber() + " " + t.status() + " " + t.issuedAt());
                }
            }
            return rows;
        });
    }

    /** Offline periods the server recorded for each kiosk (from, to, lateTickets). */
    String offlinePeriods() {
        return app.kiosks().list().stream().map(m -> String.valueOf(m.offlinePeriods())).toList().toString();
    }

    /**
     * Logs in a new technician account over HTTP and returns a call that sends JSON as that technician
     * (method, path, body or null) and gives back the status and body.
     */
    StaffCall technician(String username) throws Exception {
        return staff(username, vn.onestop.server.staff.Role.TECHNICIAN);
    }

    /** As {@link #technician}, for a new account of any role (a counter official serving tickets, issue 27). */
    StaffCall staff(String username, vn.onestop.server.staff.Role role) throws Exception {
        String password = "technician-password-1";
        app.staff().create("test", username, "Test " + username, role, password.toCharArray());
        var http = java.net.http.HttpClient.newHttpClient();
        var login = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url() + "/api/v1/auth/login"))
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String csrf = new com.fasterxml.jackson.databind.ObjectMapper().readTree(login.body()).get("csrfToken")
                .asText();
        return (method, path, body) -> {
            var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url() + path))
                    .header("Content-Type", "application/json").header("Cookie", cookie).header("X-CSRF-Token", csrf)
                    .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                            : java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + " " + r.body();
        };
    }

    /**
     * A call as a citizen's browser makes it on the public pages (no login, no cookie): JSON in, "status body" out,
     * e.g. booking a slot as the /book page does (issue 24).
     */
    StaffCall citizen() {
        var http = java.net.http.HttpClient.newHttpClient();
        return (method, path, body) -> {
            var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url() + path))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .method(method, body == null ? java.net.http.HttpRequest.BodyPublishers.noBody()
                            : java.net.http.HttpRequest.BodyPublishers.ofString(body)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + " " + r.body();
        };
    }

    /** The booking settings the server runs with (grace minutes around a slot, issue 24). */
    vn.onestop.server.booking.BookingSettings bookingSettings() {
        return config.booking();
    }

    /** A staff member's (or a citizen's) HTTP call: "status body". */
    @FunctionalInterface
    interface StaffCall {
        String send(String method, String path, String jsonBody) throws Exception;
    }

    /** Device problems the server derived from the kiosks' heartbeats. */
    String kioskProblems() {
        return app.kiosks().list().stream().map(m -> String.valueOf(m.problems())).toList().toString();
    }

    /** Why the ticket was voided (null if it was not). */
    String voidReason(String ticketId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT void_reason FROM ticket WHERE id = ?")) {
                ps.setString(1, ticketId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    /** A booking's status and the priority class of its ticket (null before check-in): "status class". */
    String bookingTicket(String code) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT b.status, t.priority_class FROM booking b LEFT JOIN "
                    + "ticket t ON t.id = b.ticket_id WHERE b.code = ?")) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) + " " + rs.getString(2) : null;
                }
            }
        });
    }

    /** The running server (its staff accounts, for tests that log in as staff). */
    Database db() {
        return db;
    }

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
