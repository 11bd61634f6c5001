package vn.onestop.kiosk.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import vn.onestop.server.ServerApp;
import vn.onestop.server.ServerConfig;
import vn.onestop.server.ServerConfigLoader;
import vn.onestop.server.db.Database;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.PtyPair;

/**
 * The real server on a random port (SQLite in a temp folder), a gateway enrolled for counters 2 and 3 whose two
 * displays (addresses 2 and 3, generic binary CRC-16 profile) share one pty bus, a keypad receiver on a second pty,
 * and HTTP helpers for the staff and kiosk calls the test makes.
 */
final class GatewayRig implements AutoCloseable {
    static final Path CONFIG = Path.of(System.getProperty("onestop.config.dir"));
    final Path dir;
    final PtyPair bus;
    final PtyPair keypad;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper json = new ObjectMapper();
    private final ServerConfig config;
    Database db;
    ServerApp app;
    int port;
    Gateway gateway;
    DisplayWire wire;
    GatewayConfig gatewayConfig;
    private String kioskToken;

    GatewayRig(Path dir) throws Exception {
        this(dir, true);
    }

    /** With {@code serial} false: no ptys, the shipped config/gateway.properties (a virtual bus) instead. */
    GatewayRig(Path dir, boolean serial) throws Exception {
        this.dir = dir;
        Files.createDirectories(dir.resolve("server"));
        config = ServerConfigLoader.load(CONFIG).toBuilder().passwordIterations(1000).build();
        startServer(0);
        Properties p = new Properties();
        if (serial) {
            bus = new PtyPair(dir, "busHost", "busDevice");
            keypad = new PtyPair(dir, "keypadHost", "keypadDevice");
            wire = new DisplayWire(bus.deviceSide());
            p.setProperty("counters", "2,3");
            p.setProperty("bus.hall.port", bus.hostSide());
            p.setProperty("bus.hall.profile", "generic-binary-crc16");
            p.setProperty("counter.2.display", "hall:2");
            p.setProperty("counter.3.display", "hall:3");
            p.setProperty("keypad.port", keypad.hostSide());
            p.setProperty("keypad.profile", "generic-ascii");
            p.setProperty("keypad.counter.2", "2");
            p.setProperty("keypad.counter.3", "3");
        } else {
            bus = null;
            keypad = null;
            try (var in = Files.newBufferedReader(CONFIG.resolve("gateway.properties"))) {
                p.load(in);
            }
        }
        p.setProperty("server.url", url());
        GatewayConfig gc = GatewayConfig.from(p, dir.resolve("gateway"));
        gatewayConfig = gc;
        String code = app.gateways().createCode(gc.counters(), "test", "main");
        Map<String, String> tokens = GatewayTokens.obtain(gc, java.util.Optional.of(code));
        gateway = Gateway.start(gc, CONFIG, tokens, Clock.systemUTC());
    }

    void startServer(int wanted) {
        db = Database.openSqlite(dir.resolve("server"));
        app = new ServerApp(config, db, Clock.systemUTC(), dir.resolve("server")).start(wanted);
        port = app.port();
    }

    void stopServer() {
        app.stop();
        db.close();
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** A logged-in official: cookie and CSRF token. */
    record Staff(String cookie, String csrf) {}

    Staff official(String username) throws Exception {
        app.staff().create("test", username, "Test " + username, Role.COUNTER_STAFF, "official-password-1".toCharArray());
        HttpResponse<String> login = post("/api/v1/auth/login", Map.of(), "{\"username\":\"" + username
                + "\",\"password\":\"official-password-1\"}");
        return new Staff(login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0],
                json.readTree(login.body()).get("csrfToken").asText());
    }

    HttpResponse<String> as(Staff s, String path) throws Exception {
        return post(path, Map.of("Cookie", s.cookie(), "X-CSRF-Token", s.csrf()), null);
    }

    /** Issues a ticket of {@code service} at a kiosk and returns its display number. */
    String issue(String service) throws Exception {
        if (kioskToken == null) {
            kioskToken = json.readTree(post("/api/v1/kiosk/enrol", Map.of(), "{\"enrolmentCode\":\""
                    + app.kiosks().createEnrolmentCode("test") + "\",\"kioskName\":\"k\"}").body()).get("token").asText();
        }
        JsonNode t = json.readTree(post("/api/v1/tickets", Map.of("Authorization", "Bearer " + kioskToken),
                "{\"idempotencyKey\":\"key-" + System.nanoTime() + "\",\"serviceCode\":\"" + service + "\"}").body());
        return t.get("displayNumber").asText();
    }

    HttpResponse<String> post(String path, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url() + path)).timeout(Duration.ofSeconds(20))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Ticket rows "number status" of the server. */
    String ticketStatus(String number) {
        return db.read(c -> {
            try (var ps = c.prepareStatement("SELECT service_code, number, status FROM ticket")) {
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (number.equals(rs.getString(1) + String.format("%03d", rs.getInt(2)))) {
                            return rs.getString(3);
                        }
                    }
                }
            }
            return null;
        });
    }

    /** Audit details recorded so far. */
    List<String> auditDetails() {
        return app.staff() == null ? List.of() : db.read(c -> vn.onestop.server.db.Rows.list(c,
                "SELECT detail FROM audit_log WHERE detail IS NOT NULL", rs -> rs.getString(1)));
    }

    @Override
    public void close() {
        for (AutoCloseable c : new AutoCloseable[] {gateway, wire, bus, keypad}) {
            // null when the rig has no ptys (virtual displays)
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // closing what is left
            }
        }
        stopServer();
    }
}
