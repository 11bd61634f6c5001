package vn.onestop.server.connector;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.server.TestServer;
import vn.onestop.server.staff.Role;
import vn.onestop.testkit.ChildJvm;
import vn.onestop.testkit.Wait;

/**
 * The connector against the provincial system simulator in its own process: dossiers are delivered; the simulator
 * killed (SIGKILL) mid-run and started again loses nothing and registers each dossier once; the official code
 * comes back; a status it pushes shows in the citizen's lookup; unsigned or wrongly signed pushes are refused; a
 * malformed dossier is refused once, shown with the reason, and sent again only on a technician's "retry now".
 */
class ProvincialSimulatorProcessTest {
    private static final String SECRET = "test-shared-secret-0123456789";
    private static final String CODE_PATTERN = "000\\.00\\.00\\.H41-\\d{6}-\\d{4}";
    @TempDir
    Path dir;
    private TestServer server;
    private SimulatorProcess sim;
    private String kiosk;
    private TestServer.StaffClient clerk;

    private void start(String... simOptions) throws Exception {
        Path secret = dir.resolve("provincial-secret.txt");
        Files.writeString(secret, SECRET + "\n", StandardCharsets.UTF_8);
        int simPort = ChildJvm.freePort();
        // Retries wait 1-2 s of the server's clock (a test clock the test moves); each round looks every 100 ms.
        ConnectorSettings settings = new ConnectorSettings(true, URI.create("http://127.0.0.1:" + simPort),
                SECRET.getBytes(StandardCharsets.UTF_8), Set.of(ConnectorEvent.RECEIVED), Duration.ofSeconds(5),
                Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(30), Duration.ofMillis(100), 300);
        Files.createDirectories(dir.resolve("server"));
        server = new TestServer(dir.resolve("server"), TestServer.config(), Instant.now(), settings);
        sim = new SimulatorProcess(simPort, dir.resolve("sim"), secret,
                server.base() + "/api/v1/connector/status-changes").start(simOptions);
        kiosk = server.enrolKiosk("Kiosk connector");
    }

    @AfterEach
    void stop() throws Exception {
        if (sim != null) {
            sim.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** A dossier prepared at the kiosk with both documents scanned and received at the counter (no code typed). */
    private String receivedDossier(int n) throws Exception {
        return receivedDossier(n, 2);
    }

    /** The same with only the first {@code scanned} documents scanned; returns its preparation code. */
    private String receivedDossier(int n, int scanned) throws Exception {
        TestServer.Reply r = server.kiosk(kiosk, "POST", "/api/v1/dossiers", vn.onestop.server.Filings.dossier(
                "connector-" + n));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        String code = r.json().get("preparationCode").asText();
        for (int i = 0; i < scanned; i++) {
            HttpResponse<String> up = server.http.send(HttpRequest.newBuilder(URI.create(server.base()
                    + "/api/v1/dossiers/" + code + "/documents/" + i)).header("Authorization", "Bearer " + kiosk)
                    .header("Content-Type", "application/pdf").PUT(HttpRequest.BodyPublishers.ofByteArray(
                            ScannedPdf.a4(n * 10 + i))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(up.statusCode()).as(up.body()).isEqualTo(200);
        }
        if (clerk == null) {
            clerk = server.staff("clerk", Role.COUNTER_STAFF);
        }
        TestServer.Reply received = server.as(clerk, "POST", "/api/v1/staff/prepared/" + code + "/receive",
                Map.of("officialCode", ""));
        assertThat(received.status()).as("with the connector on, the code may be left empty: " + received.body())
                .isEqualTo(200);
        return code;
    }

    private List<OutboxStore.Row> rows(List<String> codes) {
        List<OutboxStore.Row> all = new ArrayList<>();
        codes.forEach(c -> all.addAll(server.app.connector().rows(c)));
        return all;
    }

    private boolean allDelivered(List<String> codes) {
        List<OutboxStore.Row> all = rows(codes);
        return all.size() == codes.size() && all.stream().allMatch(r -> r.state().equals("delivered"));
    }

    @Test
    void eachDossierReachesTheProvincialSystemOnceThroughASimulatorCrash() throws Exception {
        start();
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            codes.add(receivedDossier(i));
        }
        Wait.until(() -> accepted() >= 3, Duration.ofSeconds(30), "the simulator accepts the first dossiers");
        sim.kill(); // wherever the outbox is: some of the first 8 may be in flight
        for (int i = 9; i <= 14; i++) {
            codes.add(receivedDossier(i));
        }

        // While the provincial system is down, every dossier it has not acknowledged waits in the outbox, failing.
        Wait.until(() -> rows(codes).stream().allMatch(r -> r.state().equals("delivered")
                || r.lastError() != null), Duration.ofSeconds(30), "each undelivered row has been tried");
        List<OutboxStore.Row> waiting = rows(codes).stream().filter(r -> !r.state().equals("delivered")).toList();
        assertThat(waiting).isNotEmpty().allSatisfy(r -> {
            assertThat(r.state()).isEqualTo("pending");
            assertThat(r.lastError()).contains("no answer from http://127.0.0.1:" + sim.port);
            assertThat(r.nextAttemptAt()).isNotNull();
        });
        TestServer.StaffClient tech = server.staff("tech", Role.TECHNICIAN);
        JsonNode backlog = server.as(tech, "GET", "/api/v1/technician/connector/outbox", null).json();
        assertThat(backlog.get("enabled").asBoolean()).isTrue();
        assertThat(backlog.get("pending").asInt()).isEqualTo(waiting.size());
        assertThat(backlog.get("failing").asInt()).isEqualTo(waiting.size());
        assertThat(backlog.get("rows")).hasSize(waiting.size());
        assertThat(backlog.get("rows").get(0).get("lastError").asText()).contains("no answer");

        sim.start();
        server.clock.advance(Duration.ofSeconds(3)); // past the longest back-off (2 s)
        Wait.until(() -> allDelivered(codes), Duration.ofSeconds(60), "the backlog drains after the restart");

        Map<String, Integer> perDossier = sim.acceptedPerDossier();
        assertThat(perDossier.keySet()).containsExactlyInAnyOrderElementsOf(codes);
        assertThat(perDossier.values()).as("each dossier registered exactly once").containsOnly(1);
        assertThat(rows(codes)).allSatisfy(r -> assertThat(r.officialCode()).matches(CODE_PATTERN));
        assertThat(rows(codes).stream().map(OutboxStore.Row::officialCode).distinct()).hasSize(codes.size());
        for (String code : codes) {
            // The official code the provincial system issued is the dossier's: the citizen's lookup shows it.
            String official = server.app.connector().rows(code).get(0).officialCode();
            Wait.until(() -> official.equals(lookup(code).path("officialCode").asText()), Duration.ofSeconds(10),
                    "dossier " + code + " has its official code");
            assertThat(lookup(official).path("preparationCode").asText()).isEqualTo(code);
        }
        JsonNode after = server.as(tech, "GET", "/api/v1/technician/connector/outbox", null).json();
        assertThat(after.get("pending").asInt()).isZero();
        assertThat(after.get("deliveredToday").asInt()).isEqualTo(codes.size());
    }

    private JsonNode lookup(String code) {
        try {
            return server.kiosk(kiosk, "GET", "/api/v1/dossiers/" + code, null).json();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private int accepted() {
        try {
            return sim.submissions().path("accepted").asInt();
        } catch (Exception e) {
            return 0;
        }
    }

    @Test
    void aStatusPushedByTheProvincialSystemShowsInTheLookupOnceAndOnlyWhenSigned() throws Exception {
        start();
        String code = receivedDossier(1);
        Wait.until(() -> allDelivered(List.of(code)), Duration.ofSeconds(30), "the dossier is delivered");
        String official = server.app.connector().rows(code).get(0).officialCode();

        JsonNode pushed = sim.pushStatus(official, "processing", "Đang thẩm định");
        assertThat(pushed.get("callbackStatus").asInt()).as(pushed.toString()).isEqualTo(200);
        JsonNode view = server.kiosk(kiosk, "GET", "/api/v1/dossiers/" + code, null).json();
        assertThat(view.get("status").asText()).isEqualTo("processing");

        // The same event again (a push whose answer was lost) changes nothing; a wrong signature is refused.
        Signatures signatures = new Signatures(SECRET.getBytes(StandardCharsets.UTF_8), 300);
        String again = "{\"eventId\":\"" + pushed.get("eventId").asText() + "\",\"dossierCode\":\"" + code
                + "\",\"officialCode\":\"" + official + "\",\"status\":\"processing\",\"note\":null,\"at\":null}";
        TestServer.Reply replay = signed(again, signatures.sign(server.clock.instant().getEpochSecond(),
                again.getBytes(StandardCharsets.UTF_8)));
        assertThat(replay.status()).as(replay.body()).isEqualTo(200);
        assertThat(replay.json().get("duplicate").asBoolean()).isTrue();

        String done = again.replace(pushed.get("eventId").asText(), "forged-1").replace("processing", "done");
        Signatures wrongSecret = new Signatures("another-secret-of-someone-else".getBytes(StandardCharsets.UTF_8), 300);
        TestServer.Reply forged = signed(done, wrongSecret.sign(server.clock.instant().getEpochSecond(),
                done.getBytes(StandardCharsets.UTF_8)));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("signature does not match");
        TestServer.Reply unsigned = server.send("POST", "/api/v1/connector/status-changes", null,
                Map.of("Content-Type", "application/json"), done);
        assertThat(unsigned.status()).isEqualTo(403);
        TestServer.Reply stale = signed(done, signatures.sign(server.clock.instant().getEpochSecond() - 3600,
                done.getBytes(StandardCharsets.UTF_8)), server.clock.instant().getEpochSecond() - 3600);
        assertThat(stale.status()).isEqualTo(403);
        assertThat(server.kiosk(kiosk, "GET", "/api/v1/dossiers/" + code, null).json().get("status").asText())
                .isEqualTo("processing");
    }

    private TestServer.Reply signed(String body, String signature) throws Exception {
        return signed(body, signature, server.clock.instant().getEpochSecond());
    }

    private TestServer.Reply signed(String body, String signature, long at) throws Exception {
        return server.send("POST", "/api/v1/connector/status-changes", null, Map.of("Content-Type",
                "application/json", Signatures.TIMESTAMP_HEADER, Long.toString(at), Signatures.SIGNATURE_HEADER,
                signature), body);
    }

    @Test
    void aMalformedDossierIsRefusedOnceWithTheReasonAndRetriedOnlyWhenATechnicianAsks() throws Exception {
        start();
        String code = receivedDossier(1, 1); // the second document was never scanned

        Wait.until(() -> server.app.connector().rows(code).get(0).state().equals("failed"), Duration.ofSeconds(30),
                "the refusal is recorded");
        OutboxStore.Row refused = server.app.connector().rows(code).get(0);
        assertThat(refused.lastError()).contains("refused (422)")
                .contains("documents[1].content: a received dossier needs the scanned PDF");
        assertThat(refused.attempts()).isEqualTo(1);

        server.clock.advance(Duration.ofSeconds(30)); // far past the longest back-off (2 s)
        server.app.connector().deliverDue();
        assertThat(server.app.connector().rows(code).get(0).attempts()).as("a refusal is not retried by itself")
                .isEqualTo(1);
        assertThat(sim.submissions().path("accepted").asInt()).isZero();
        TestServer.StaffClient tech = server.staff("tech", Role.TECHNICIAN);
        JsonNode backlog = server.as(tech, "GET", "/api/v1/technician/connector/outbox", null).json();
        assertThat(backlog.get("failed").asInt()).isEqualTo(1);
        assertThat(backlog.get("rows").get(0).get("lastError").asText()).contains("scanned PDF");

        // The fix here is on the provincial side (it stops requiring PDFs); then a technician retries the row.
        sim.close();
        sim.start("--require-pdfs", "false");
        TestServer.Reply retry = server.as(tech, "POST", "/api/v1/technician/connector/outbox/" + refused.id()
                + "/retry", null);
        assertThat(retry.status()).as(retry.body()).isEqualTo(200);
        Wait.until(() -> allDelivered(List.of(code)), Duration.ofSeconds(30), "the retried dossier is delivered");
        assertThat(sim.acceptedPerDossier()).containsExactly(Map.entry(code, 1));
        assertThat(server.as(tech, "POST", "/api/v1/technician/connector/outbox/" + refused.id() + "/retry", null)
                .status()).as("a delivered row is not sent again").isEqualTo(404);
        assertThat(server.send("GET", "/api/v1/technician/connector/outbox", null, null, null).status())
                .isEqualTo(401);
    }

    @Test
    void aReceptionWhoseOutboxRowWasNeverWrittenIsFoundAndSent() throws Exception {
        start();
        sim.kill();
        String code = receivedDossier(1);
        Wait.until(() -> server.app.connector().rows(code).get(0).lastError() != null, Duration.ofSeconds(20),
                "the first attempt fails");
        // As if the process had died between the reception's commit and the hook's write: no outbox row.
        server.db.write(c -> vn.onestop.server.db.Rows.update(c, "DELETE FROM provincial_outbox"));
        sim.start();
        server.clock.advance(Duration.ofMinutes(2));
        Wait.until(() -> allDelivered(List.of(code)), Duration.ofSeconds(30), "the sweep finds and sends it");
        String official = server.app.connector().rows(code).get(0).officialCode();
        Wait.until(() -> official.equals(lookup(code).path("officialCode").asText()), Duration.ofSeconds(10),
                "the dossier gets its official code");
        assertThat(sim.acceptedPerDossier()).containsExactly(Map.entry(code, 1));
    }

    @Test
    void aSubmissionWhoseAnswerWasLostIsSentAgainAndRegisteredOnce() throws Exception {
        start();
        sim.freeze(); // the request will reach it, but the answer will come after the server gave up (5 s)
        String code = receivedDossier(1);
        Wait.until(() -> server.app.connector().rows(code).get(0).lastError() != null, Duration.ofSeconds(30),
                "the attempt times out");
        assertThat(server.app.connector().rows(code).get(0).state()).isEqualTo("pending");
        sim.thaw();
        Wait.until(() -> accepted() == 1, Duration.ofSeconds(30), "the simulator registers the late request");
        server.clock.advance(Duration.ofSeconds(3)); // past the back-off
        Wait.until(() -> allDelivered(List.of(code)), Duration.ofSeconds(30), "the retry is answered");
        JsonNode seen = sim.submissions();
        assertThat(seen.path("accepted").asInt()).as("registered once").isEqualTo(1);
        assertThat(seen.path("replays").asInt()).as("the retry got the first answer again").isEqualTo(1);
        String official = seen.path("submissions").get(0).path("officialCode").asText();
        assertThat(server.app.connector().rows(code).get(0).officialCode()).isEqualTo(official);
        Wait.until(() -> official.equals(lookup(code).path("officialCode").asText()), Duration.ofSeconds(10),
                "the dossier has the code");
    }
}
