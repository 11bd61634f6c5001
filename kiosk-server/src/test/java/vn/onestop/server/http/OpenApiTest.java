package vn.onestop.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.onestop.server.ServerSuite;
import vn.onestop.server.TestServer;

/** The hand-written OpenAPI document lists exactly the live routes, and each of them answers. */
class OpenApiTest extends ServerSuite {
    @Test
    void documentMatchesTheLiveRoutes() throws Exception {
        JsonNode doc = server.send("GET", "/openapi.json", null, null, null).json();
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase() + " " + path.getKey()));
        }
        Set<String> live = new TreeSet<>();
        server.app.routes().forEach(r -> live.add(r.method() + " " + r.path()));
        assertThat(documented).isEqualTo(live);
        for (String op : documented) {
            String[] parts = op.split(" ");
            if (parts[1].equals("/api/v1/events")) {
                continue; // a stream; the authorization matrix calls it
            }
            TestServer.Reply r = server.send(parts[0], parts[1].replaceAll("\\{[^}]+}", "1"), null, null,
                    parts[0].equals("POST") ? "{}" : null);
            assertThat(r.body()).as(op).doesNotContain("No route");
            assertThat(r.status()).as(op).isLessThan(500);
        }
    }

    @Test
    void healthAndMetricsAnswer() throws Exception {
        assertThat(server.send("GET", "/health", null, null, null).json().get("status").asText()).isEqualTo("UP");
        String token = server.enrolKiosk("m");
        server.kiosk(token, "POST", "/api/v1/tickets", Map.of("idempotencyKey", "metric-key-1", "serviceCode", "A"));
        TestServer.Reply metrics = server.send("GET", "/metrics", null, null, null);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body()).contains("onestop_tickets_issued_total 1").contains(
                "onestop_http_responses_total{status=\"201\"}");
        if (server.db.dialect() == vn.onestop.server.db.Dialect.SQLITE) {
            java.util.regex.Matcher writes = java.util.regex.Pattern.compile("(?m)^onestop_db_writes_total (\\d+)$")
                    .matcher(metrics.body());
            assertThat(writes.find()).as(metrics.body()).isTrue();
            assertThat(Long.parseLong(writes.group(1))).isGreaterThanOrEqualTo(1);
            assertThat(metrics.body()).contains("# TYPE onestop_db_commit_seconds_total counter")
                    .contains("# TYPE onestop_db_slow_commits_total counter")
                    .contains("# TYPE onestop_db_checkpoints_total counter");
        }
    }
}
