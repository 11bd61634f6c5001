package vn.onestop.server.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import vn.onestop.server.TestServer;

/**
 * Coverage-guided fuzzing of the JSON bodies of the kiosk API on a real server (random port, SQLite in a
 * temp dir, started once for the class). An input is {@code route-name LF body}: the first line picks the
 * route (unknown names map onto one by hash), the rest is POSTed as the body with a valid kiosk token.
 * Invariants: never a 5xx, every 4xx is an {@code application/problem+json} with its status, bounded time.
 * Regression inputs: {@code KioskApiBodyFuzzTestInputs/anyBodyOnAnyKioskRoute/}.
 */
@Tag("fuzz")
class KioskApiBodyFuzzTest {

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final List<String> ROUTES = List.of("enrol", "heartbeat", "tickets", "void", "dossiers",
            "ratings");
    private static Path dir;
    private static TestServer server;
    private static String token;
    private static String ticketId;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("api-fuzz");
        server = new TestServer(dir);
        token = server.enrolKiosk("fuzz kiosk");
        ticketId = server.kiosk(token, "POST", "/api/v1/tickets",
                Map.of("idempotencyKey", "fuzz-seed-ticket", "serviceCode", "A")).json().get("id").asText();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "10s")
    void anyBodyOnAnyKioskRoute(byte[] data) throws Exception {
        int newline = indexOf(data, (byte) '\n');
        String name = new String(data, 0, newline < 0 ? 0 : newline, StandardCharsets.UTF_8);
        byte[] body = newline < 0 ? data : Arrays.copyOfRange(data, newline + 1, data.length);
        String route = ROUTES.contains(name) ? name : ROUTES.get(Math.floorMod(name.hashCode(), ROUTES.size()));

        long start = System.nanoTime();
        HttpResponse<String> r = post(path(route), body);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(r.statusCode()).as("%s answered %s", route, r.body()).isLessThan(500);
        if (r.statusCode() >= 400) {
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            JsonNode problem = server.json.readTree(r.body());
            assertThat(problem.path("status").asInt()).isEqualTo(r.statusCode());
            assertThat(problem.path("title").asText()).isNotBlank();
        }
        assertThat(took).isLessThan(BOUND);
    }

    private static String path(String route) {
        return switch (route) {
            case "enrol" -> "/api/v1/kiosk/enrol";
            case "heartbeat" -> "/api/v1/kiosk/heartbeat";
            case "void" -> "/api/v1/tickets/" + ticketId + "/void";
            default -> "/api/v1/" + route;
        };
    }

    private static HttpResponse<String> post(String path, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.base() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        return server.http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static int indexOf(byte[] data, byte b) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
