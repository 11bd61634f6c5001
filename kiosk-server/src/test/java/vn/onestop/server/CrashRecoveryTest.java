package vn.onestop.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.http.Json;

/**
 * Kills the server process (SIGKILL, a child JVM) while kiosks are issuing, restarts it on the same data folder,
 * and checks that every ticket the server acknowledged is still there. A process kill loses what the OS has not
 * been asked to write; power loss (what synchronous=FULL also covers) cannot be simulated here.
 */
class CrashRecoveryTest {
    private static final String CODE = "crash-test-enrol-1";
    @TempDir
    Path data;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final ObjectMapper json = Json.mapper();

    @Test
    void everyAcknowledgedTicketSurvivesAKill() throws Exception {
        int port = freePort();
        Process server = startServer(port, "first.log");
        String token = enrol(port);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger keys = new AtomicInteger();
        CountDownLatch enough = new CountDownLatch(150);
        ExecutorService kiosks = Executors.newFixedThreadPool(8);
        for (int k = 0; k < 8; k++) {
            kiosks.submit(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    String key = "crash-key-" + keys.incrementAndGet();
                    try {
                        HttpResponse<String> r = post(port, "/api/v1/tickets", "{\"idempotencyKey\":\"" + key
                                + "\",\"serviceCode\":\"A\"}", token);
                        if (r.statusCode() == 201) {
                            acknowledged.add(json.readTree(r.body()).get("id").asText());
                            enough.countDown();
                        }
                    } catch (IOException e) {
                        return null; // the server is gone
                    }
                }
                return null;
            });
        }
        assertThat(enough.await(60, TimeUnit.SECONDS)).as("150 tickets issued before the kill").isTrue();
        server.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
        kiosks.shutdownNow();
        kiosks.awaitTermination(20, TimeUnit.SECONDS);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(150);

        Process restarted = startServer(port, "second.log");
        try {
            List<String> missing = new ArrayList<>();
            Set<String> numbers = ConcurrentHashMap.newKeySet();
            for (String id : acknowledged) {
                HttpResponse<String> r = get(port, "/api/v1/tickets/" + id, token);
                if (r.statusCode() != 200) {
                    missing.add(id);
                } else {
                    JsonNode t = json.readTree(r.body());
                    assertThat(numbers.add(t.get("displayNumber").asText())).as("unique number").isTrue();
                }
            }
            assertThat(missing).isEmpty();
        } finally {
            restarted.destroy();
            restarted.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private Process startServer(int port, String log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String config = System.getProperty("onestop.config.dir");
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Dlog4j2.configurationFile=" + config + "/log4j2-test.xml", "vn.onestop.server.ServerMain",
                "--config", config, "--data", data.toString(), "--port", Integer.toString(port),
                "--enrolment-code", CODE);
        pb.redirectErrorStream(true).redirectOutput(data.resolve(log).toFile());
        Process p = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertThat(p.isAlive()).as("server process; see " + log).isTrue();
            try {
                if (get(port, "/health", null).statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                TimeUnit.MILLISECONDS.sleep(100); // poll interval while the child JVM starts
            }
        }
        p.destroyForcibly();
        throw new AssertionError("server did not answer /health within 60 s");
    }

    private String enrol(int port) throws Exception {
        HttpResponse<String> r = post(port, "/api/v1/kiosk/enrol", "{\"enrolmentCode\":\"" + CODE
                + "\",\"kioskName\":\"crash\"}", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body()).get("token").asText();
    }

    private HttpResponse<String> post(int port, String path, String body, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(int port, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
