package vn.onestop.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import vn.onestop.server.http.Json;

/** The HTTP calls a province test makes against any server process (base URL per call). */
public final class ProvinceClient {
    public static final String PASSWORD = "correct-horse-battery";
    public final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    public final ObjectMapper json = Json.mapper();

    /** A staff session: valid on every process, as sessions live in the database. */
    public record Session(String cookie, String csrf) {}

    /** A reply: status and parsed body (null when empty). */
    public record Reply(int status, JsonNode body, String text) {}

    public Reply send(String base, String method, String path, Object body, Map<String, String> headers)
            throws IOException, InterruptedException {
        String payload = body == null ? "" : json.writeValueAsString(body);
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, payload.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(payload));
        if (!payload.isEmpty()) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode node = r.body().isEmpty() ? null : json.readTree(r.body());
        return new Reply(r.statusCode(), node, r.body());
    }

    public Reply as(Session s, String base, String method, String path, Object body) throws Exception {
        return send(base, method, path, body, Map.of("Cookie", s.cookie(), "X-CSRF-Token", s.csrf()));
    }

    public Reply kiosk(String token, String base, String method, String path, Object body) throws Exception {
        return send(base, method, path, body, Map.of("Authorization", "Bearer " + token));
    }

    public void firstAdmin(String base, String secret) throws Exception {
        expect(send(base, "POST", "/api/v1/setup/first-admin", Map.of("secret", secret, "username", "admin",
                "displayName", "Admin", "password", PASSWORD), Map.of()), 201);
    }

    public Session login(String base, String username) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("username", username, "password", PASSWORD)))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError("login of " + username + " failed: " + r.body());
        }
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        return new Session(cookie, json.readTree(r.body()).get("csrfToken").asText());
    }

    public void createStaff(Session admin, String base, String username, String role) throws Exception {
        expect(as(admin, base, "POST", "/api/v1/admin/staff", Map.of("username", username, "displayName", username,
                "role", role, "password", PASSWORD)), 201);
    }

    /** Gets an enrolment code from a technician and enrols a kiosk with it; returns the kiosk's token. */
    public String enrolKiosk(Session technician, String codeBase, String enrolBase, String name) throws Exception {
        return enrolKiosk(technician, codeBase, enrolBase, name, null);
    }

    /** As above, with the code made for {@code centre} (a province-wide technician names it; null: their own). */
    public String enrolKiosk(Session technician, String codeBase, String enrolBase, String name, String centre)
            throws Exception {
        String code = expect(as(technician, codeBase, "POST", "/api/v1/technician/enrolment-codes"
                + (centre == null ? "" : "?centre=" + centre), null), 201)
                .body().get("enrolmentCode").asText();
        return expect(send(enrolBase, "POST", "/api/v1/kiosk/enrol", Map.of("enrolmentCode", code, "kioskName",
                name), Map.of()), 201).body().get("token").asText();
    }

    public static Reply expect(Reply r, int status) {
        if (r.status() != status) {
            throw new AssertionError("expected HTTP " + status + " but got " + r.status() + ": " + r.text());
        }
        return r;
    }
}
