package vn.onestop.server.connector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.http.Json;
import vn.onestop.testkit.ChildJvm;

/**
 * The reference HTTP client against the simulator process: an idempotency key registers once, even across a
 * restart of the simulator (its ledger is on disk); malformed submissions are refused with a reason per field;
 * a wrong secret is a 403 the outbox retries; every answer says it comes from a simulator.
 */
class ProvincialSimulatorTest {
    private static final String SECRET = "simulator-test-secret-0123456789";
    @TempDir
    Path dir;

    private static Submission submission(String key, String dossierCode, String idNumber, byte[] pdf, String sha) {
        return new Submission(key, "received", new Submission.Centre("H41.21", "Trung tâm thử"),
                new Submission.Dossier(dossierCode, null, "1.001193", "2026-12-05T09:00:00+07:00", "COUNTER", null),
                new Submission.Applicant("Nguyễn Văn An", idNumber, "2003-02-01"), List.of(new Submission.Document(0,
                        "Tờ khai", "application/pdf", sha, Base64.getEncoder().encodeToString(pdf))), null);
    }

    private static HttpProvincialSystem client(int port, String secret) {
        return new HttpProvincialSystem(URI.create("http://127.0.0.1:" + port), new Signatures(
                secret.getBytes(StandardCharsets.UTF_8), 300), Json.mapper(), Clock.systemUTC(), Duration.ofSeconds(10));
    }

    @Test
    void aKeyRegistersOnceAcrossARestartAndMalformedOrUnsignedSubmissionsAreRefused() throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET, StandardCharsets.UTF_8);
        int port = ChildJvm.freePort();
        byte[] pdf = ScannedPdf.a4(1);
        String sha = DossierTableSource.sha256(pdf);
        try (SimulatorProcess sim = new SimulatorProcess(port, dir.resolve("sim"), secret, "http://127.0.0.1:9/x")) {
            sim.start("--code-pattern", "TEST.H41-{yyyy}-{seq:6}");
            HttpProvincialSystem http = client(port, SECRET);
            ProvincialSystem.Acceptance first = http.send(submission("H41.21:AAAA2222:received", "AAAA2222",
                    "001203004567", pdf, sha));
            assertThat(first.replayed()).isFalse();
            assertThat(first.officialCode()).matches("TEST\\.H41-20\\d\\d-000001");

            sim.kill();
            sim.start("--code-pattern", "TEST.H41-{yyyy}-{seq:6}");
            ProvincialSystem.Acceptance again = http.send(submission("H41.21:AAAA2222:received", "AAAA2222",
                    "001203004567", pdf, sha));
            assertThat(again.replayed()).isTrue();
            assertThat(again.officialCode()).isEqualTo(first.officialCode());
            ProvincialSystem.Acceptance next = http.send(submission("H41.21:BBBB3333:received", "BBBB3333",
                    "001203004567", pdf, sha));
            assertThat(next.officialCode()).as("the sequence goes on after the restart").endsWith("-000002");
            assertThat(sim.submissions().path("accepted").asInt()).isEqualTo(2);

            assertThatThrownBy(() -> http.send(submission("H41.21:CCCC4444:received", "CCCC4444", "12345", pdf,
                    "0".repeat(64)))).isInstanceOfSatisfying(ProvincialRefusal.class, e -> {
                        assertThat(e.status()).isEqualTo(422);
                        assertThat(e.reasons()).anyMatch(r -> r.startsWith("applicant.idNumber:"))
                                .anyMatch(r -> r.startsWith("documents[0].sha256: does not match"));
                    });
            assertThatThrownBy(() -> http.send(submission("H41.21:DDDD5555:received", "DDDD5555", "001203004567",
                    "not a pdf".getBytes(StandardCharsets.UTF_8), sha))).isInstanceOfSatisfying(
                            ProvincialRefusal.class, e -> assertThat(e.reasons()).anyMatch(r -> r.contains(
                                    "is not a PDF")));
            assertThatThrownBy(() -> client(port, "somebody-elses-secret-000").send(submission(
                    "H41.21:EEEE6666:received", "EEEE6666", "001203004567", pdf, sha)))
                    .isInstanceOf(ProvincialUnavailable.class).hasMessageContaining("answered 403")
                    .hasMessageContaining("signature");
            assertThat(sim.submissions().path("accepted").asInt()).as("nothing refused was registered").isEqualTo(2);

            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                    sim.base() + "/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.headers().firstValue("X-Provincial-Simulator")).hasValueSatisfying(v -> assertThat(v)
                    .startsWith("SIMULATOR"));
            assertThat(sim.log()).contains("PROVINCIAL DOSSIER SYSTEM SIMULATOR");
        }
    }
}
