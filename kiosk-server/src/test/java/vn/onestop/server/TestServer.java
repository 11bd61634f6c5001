package vn.onestop.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import vn.onestop.server.connector.ConnectorSettings;
import vn.onestop.server.db.Database;
import vn.onestop.server.http.Json;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.TestClock;

/**
 * A real server on a random port with a SQLite file in a temp dir, and an HTTP client to drive it. In the API
 * suite's PostgreSQL pass ({@code -Donestop.test.db=postgresql}, a second surefire execution) the same tests run on
 * a fresh PostgreSQL database instead.
 */
public final class TestServer implements AutoCloseable {
    public static final String PASSWORD = "correct-horse-battery";
    public final ServerApp app;
    public final Database db;
    private final TestPostgres postgres;
    public final TestClock clock;
    public final ObjectMapper json = Json.mapper();
    public final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public TestServer(Path dir) {
        this(dir, config());
    }

    public TestServer(Path dir, ServerConfig config) {
        this(dir, config, Instant.parse("2026-11-25T01:00:00Z"));
    }

    /** A server whose clock starts at {@code now}. */
    public TestServer(Path dir, ServerConfig config, Instant now) {
        this(dir, config, now, ConnectorSettings.off());
    }

    /** A server whose dossiers go to a provincial dossier system as {@code connector} says (issue 22). */
    public TestServer(Path dir, ServerConfig config, Instant now, ConnectorSettings connector) {
        this(dir, config, now, connector, vn.onestop.server.notify.NotifySettings.off());
    }

    /** A server that notifies citizens as {@code notify} says, by real SMTP and SMS-gateway clients (issue 24). */
    public TestServer(Path dir, ServerConfig config, Instant now, ConnectorSettings connector,
            vn.onestop.server.notify.NotifySettings notify) {
        clock = new TestClock(now);
        postgres = TestPostgres.suiteOnPostgres() ? TestPostgres.create() : null;
        db = postgres == null ? Database.openSqlite(dir) : Database.openPostgres(postgres.settings(10));
        app = new ServerApp(config, db, clock, dir, connector, notify, null).start(0);
    }

    /** A server on a database the test opened (closed with the server). */
    public TestServer(Database db, Instant now) {
        this(db, config(), now);
    }

    /** A server with this configuration on a database the test opened (closed with the server). */
    public TestServer(Database db, ServerConfig config, Instant now) {
        clock = new TestClock(now);
        postgres = null;
        this.db = db;
        app = new ServerApp(config, db, clock, tempFolder()).start(0);
    }

    private static Path tempFolder() {
        try {
            return java.nio.file.Files.createTempDirectory("onestop-test-data");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static ServerConfig config() {
        // Tests move the clock by hours between calls: a one-day idle limit (SecurityReviewTest checks the real one).
        return ServerConfigLoader.load(Path.of(System.getProperty("onestop.config.dir"))).toBuilder()
                .passwordIterations(1000).security(new vn.onestop.server.http.HttpSecurity(false, 24 * 60)).build();
    }

    public String base() {
        return "http://127.0.0.1:" + app.port();
    }

    /** Enrols a new kiosk and returns its bearer token. */
    public String enrolKiosk(String name) throws Exception {
        String code = app.kiosks().createEnrolmentCode("test");
        return send("POST", "/api/v1/kiosk/enrol", Map.of("enrolmentCode", code, "kioskName", name), null, null)
                .json().get("token").asText();
    }

    /** Creates a staff account with this role and logs it in. */
    public StaffClient staff(String username, Role role) throws Exception {
        app.staff().create("test", username, "Test " + username, role, PASSWORD.toCharArray());
        return login(username, PASSWORD);
    }

    public StaffClient login(String username, String password) throws Exception {
        Reply r = send("POST", "/api/v1/auth/login", Map.of("username", username, "password", password), null, null);
        if (r.status() != 200) {
            throw new AssertionError("login failed: " + r.body());
        }
        String cookie = r.response().headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        return new StaffClient(cookie, r.json().get("csrfToken").asText());
    }

    /** A logged-in staff member's cookie and CSRF token. */
    public record StaffClient(String cookie, String csrf) {}

    public Reply kiosk(String token, String method, String path, Object body) throws Exception {
        return send(method, path, body, Map.of("Authorization", "Bearer " + token), null);
    }

    public Reply as(StaffClient s, String method, String path, Object body) throws Exception {
        return send(method, path, body, Map.of("Cookie", s.cookie(), "X-CSRF-Token", s.csrf()), null);
    }

    public Reply send(String method, String path, Object body, Map<String, String> headers, String rawBody)
            throws IOException, InterruptedException {
        String payload = rawBody != null ? rawBody : body == null ? "" : json.writeValueAsString(body);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .method(method, payload.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(payload));
        if (!payload.isEmpty()) {
            b.header("Content-Type", "application/json");
        }
        if (headers != null) {
            headers.forEach(b::header);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r, json);
    }

    /** An HTTP reply with its JSON body parsed on demand. */
    public record Reply(HttpResponse<String> response, ObjectMapper mapper) {
        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public JsonNode json() {
            try {
                return mapper.readTree(response.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + response.body(), e);
            }
        }

        public String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }
    }

    @Override
    public void close() {
        app.stop();
        db.close();
        if (postgres != null) {
            postgres.close();
        }
    }

    /** A clock tests can move forward (to cross local midnight). */
}
