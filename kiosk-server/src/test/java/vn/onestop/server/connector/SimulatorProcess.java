package vn.onestop.server.connector;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.onestop.testkit.ChildJvm;

/**
 * The provincial system simulator in its own JVM ({@code ProvincialSimulator} from the test class path, as
 * {@code ./kiosk provincial-sim} starts it), on a port fixed in advance so it can be killed and started again where
 * the server expects it, with its data folder kept between runs.
 */
final class SimulatorProcess implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final int port;
    private final Path data;
    private final Path secretFile;
    private final String callback;
    private ChildJvm jvm;
    private int runs;

    SimulatorProcess(int port, Path data, Path secretFile, String callback) {
        this.port = port;
        this.data = data;
        this.secretFile = secretFile;
        this.callback = callback;
    }

    /** Starts the simulator (again) with {@code extra} options, and waits until it answers. */
    SimulatorProcess start(String... extra) throws Exception {
        List<String> args = new ArrayList<>(List.of("--port", Integer.toString(port), "--data", data.toString(),
                "--secret-file", secretFile.toString(), "--callback", callback));
        args.addAll(List.of(extra));
        runs++;
        jvm = ChildJvm.start(List.of("-Xmx128m", "-XX:TieredStopAtLevel=1",
                "-Dlog4j2.configurationFile=" + System.getProperty("onestop.config.dir") + "/log4j2-test.xml"),
                "vn.onestop.server.connector.sim.ProvincialSimulator", args, data.resolve("sim-" + runs + ".log"));
        jvm.awaitOk(http, base() + "/health", Duration.ofSeconds(60));
        return this;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL, as a crash or a power cut of the provincial system. */
    void kill() throws InterruptedException {
        jvm.kill();
    }

    /** SIGSTOP: the simulator hangs; requests wait in its socket until {@link #thaw()}. */
    void freeze() throws IOException, InterruptedException {
        jvm.freeze();
    }

    /** SIGCONT: it goes on, and answers what waited (to clients that may have given up). */
    void thaw() throws IOException, InterruptedException {
        jvm.thaw();
    }

    String log() throws IOException {
        return jvm.logTail(30);
    }

    /** The simulator's own record: {accepted, replays, submissions: [...]}. */
    JsonNode submissions() throws IOException, InterruptedException {
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base() + "/sim/submissions")).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    /** How many accepted submissions the simulator holds for each dossier code. */
    Map<String, Integer> acceptedPerDossier() throws IOException, InterruptedException {
        Map<String, Integer> out = new HashMap<>();
        for (JsonNode s : submissions().path("submissions")) {
            out.merge(s.path("dossierCode").asText(), 1, Integer::sum);
        }
        return out;
    }

    /** Asks the simulator to push a status change for an official code now; returns its answer. */
    JsonNode pushStatus(String officialCode, String status, String note) throws IOException, InterruptedException {
        String body = JSON.writeValueAsString(Map.of("officialCode", officialCode, "status", status, "note", note));
        return JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base() + "/sim/status"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }

    @Override
    public void close() {
        if (jvm != null) {
            try {
                jvm.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
