package vn.onestop.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real server program ({@code ServerMain --demo}) in its own JVM, so its memory can be measured apart
 * from the load generator: demo staff accounts, a kiosk enrolment helper, heap (after a full GC, via jcmd)
 * and resident set size.
 */
final class DemoServerProcess implements AutoCloseable {
    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total \\d+K, used (\\d+)K");
    final ObjectMapper json = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final int port;
    private final Process process;
    private final Path data;

    DemoServerProcess(Path dir) throws Exception {
        this.data = dir.resolve("data");
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "-Dlog4j2.configurationFile=" + System.getProperty("log4j2.configurationFile"),
                "vn.onestop.server.ServerMain", "--config", System.getProperty("onestop.config.dir"),
                "--data", data.toString(), "--port", String.valueOf(port), "--demo"))
                .redirectErrorStream(true).redirectOutput(dir.resolve("server-console.txt").toFile()).start();
        awaitHealthy();
    }

    private void awaitHealthy() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue());
            }
            try {
                if (get("/health", Map.of()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            process.waitFor(200, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("the server did not answer /health within 120 s");
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Cookie and CSRF token of a logged-in demo account ("demo-counter1" ...). */
    record Staff(String cookie, String csrf) {}

    Staff login(String demoUser) throws Exception {
        String password = Files.readAllLines(data.resolve("demo-accounts.txt")).stream()
                .filter(l -> l.startsWith(demoUser + " ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo account " + demoUser)).split(" ")[2];
        HttpResponse<String> r = post("/api/v1/auth/login", json.writeValueAsString(
                Map.of("username", demoUser, "password", password)), Map.of());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login of " + demoUser + " failed: " + r.body());
        }
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        return new Staff(cookie, json.readTree(r.body()).get("csrfToken").asText());
    }

    static Map<String, String> headers(Staff s) {
        return Map.of("Cookie", s.cookie(), "X-CSRF-Token", s.csrf());
    }

    /** Enrols a kiosk with a code a technician made; returns its bearer token. */
    String enrolKiosk(Staff technician, String name) throws Exception {
        HttpResponse<String> code = post("/api/v1/technician/enrolment-codes", "", headers(technician));
        String enrolmentCode = json.readTree(code.body()).get("enrolmentCode").asText();
        HttpResponse<String> r = post("/api/v1/kiosk/enrol", json.writeValueAsString(
                Map.of("enrolmentCode", enrolmentCode, "kioskName", name)), Map.of());
        JsonNode body = json.readTree(r.body());
        return body.get("token").asText();
    }

    HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30)).GET();
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + path)).timeout(Duration.ofSeconds(30))
                .POST(body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (!body.isEmpty()) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Heap in use after a full GC, in MiB (jcmd GC.run, then GC.heap_info). */
    double heapAfterGcMib() throws Exception {
        jcmd("GC.run");
        Matcher m = HEAP_USED.matcher(jcmd("GC.heap_info"));
        if (!m.find()) {
            throw new IllegalStateException("jcmd GC.heap_info printed no heap line");
        }
        return Long.parseLong(m.group(1)) / 1024.0;
    }

    /** Resident set size of the server process in MiB, from /proc. */
    double rssMib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        }
        throw new IllegalStateException("no VmRSS in /proc/" + process.pid() + "/status");
    }

    private String jcmd(String command) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(process.pid()), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
