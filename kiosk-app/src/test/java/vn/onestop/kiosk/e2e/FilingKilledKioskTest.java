package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.identity.CitizenIdentity;
import vn.onestop.device.scanner.IdentityReader;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.outbox.FilingOutbox;
import vn.onestop.kiosk.outbox.OutboxDatabase;
import vn.onestop.kiosk.server.KioskServerClient;
import vn.onestop.kiosk.server.TokenStore;
import vn.onestop.testkit.RequiresSocat;

/**
 * The kiosk process SIGKILLed in the middle of a filing and started again on the same data folder: nothing the
 * citizen confirmed is lost, nothing is registered twice, nothing personal stays on the kiosk once the server has
 * the dossier, and a filing killed before confirmation leaves no trace anywhere.
 */
class FilingKilledKioskTest {
    private static final Duration STEP = Duration.ofSeconds(60);
    @TempDir
    Path tmp;
    private InProcessServer server;
    private Path kioskData;
    private final List<FilingKioskProcess> kiosks = new ArrayList<>();
    private CitizenIdentity citizen;

    @BeforeEach
    void setUp() throws Exception {
        server = new InProcessServer(tmp.resolve("server"));
        kioskData = tmp.resolve("kiosk");
        new KioskServerClient(server.url(), new TokenStore(kioskData)).enrol(server.enrolmentCode(), "Fault kiosk");
        var read = FlowFixtures.read(FlowFixtures.parser(Clock.systemDefaultZone()),
                FlowFixtures.payload(FilingKioskDriver.CARD), Instant.now());
        citizen = ((IdentityReader.Outcome.Accepted) read).identity();
    }

    @AfterEach
    void tearDown() throws Exception {
        for (FilingKioskProcess k : kiosks) {
            k.close();
        }
        server.close();
    }

    private FilingKioskProcess kiosk(String mode) throws Exception {
        return kiosk(mode, server.url());
    }

    private FilingKioskProcess kiosk(String mode, String serverUrl) throws Exception {
        FilingKioskProcess k = new FilingKioskProcess(kioskData, serverUrl, tmp.resolve("paper"), mode,
                kiosks.size() + 1);
        kiosks.add(k);
        return k;
    }

    @Test
    void killedBeforeConfirmationLeavesNothingOnTheServerOrTheKiosk() throws Exception {
        FilingKioskProcess k = kiosk("review");
        assertThat(k.await("REVIEW", STEP)).isEqualTo("REVIEW FILING");
        k.kill();
        assertThat(dossiers()).isEmpty();
        assertNoPersonalDataOnTheKiosk();
        assertThat(storedFilings()).isZero();
    }

    @Test
    void killedAfterStoringBeforeSendingTheFilingIsRegisteredOnceAfterRestart() throws Exception {
        FilingKioskProcess k = kiosk("pause-saved");
        String key = k.await("PAUSED saved ", STEP).substring("PAUSED saved ".length());
        k.kill();
        assertThat(dossiers()).as("nothing reached the server before the kill").isEmpty();
        assertThat(storedFilings()).as("the confirmed filing survived the kill on disk").isEqualTo(1);
        assertThat(filesWithPersonalData()).as("the stored filing is found by the scan").isNotEmpty();

        restartAndDrain(1);
        assertExactlyTheConfirmedDossier(key);
    }

    @Test
    void killedAfterTheServerRegisteredButBeforeTheKioskForgotItTheRetryGivesTheSameDossier() throws Exception {
        FilingKioskProcess k = kiosk("pause-registered");
        String[] paused = k.await("PAUSED registered ", STEP).split(" ");
        k.kill();
        assertThat(dossiers()).extracting(d -> d.get("code")).containsExactly(paused[3]);
        assertThat(storedFilings()).as("still stored: the kiosk never saw its removal").isEqualTo(1);

        restartAndDrain(1);
        Map<String, String> d = assertExactlyTheConfirmedDossier(paused[2]);
        assertThat(d.get("code")).as("the server answered the retry with the dossier it had").isEqualTo(paused[3]);
    }

    @Test
    @RequiresSocat
    void killedWhileTheServerHangsTheRequestItServesLaterAndTheRetryMakeOneDossier() throws Exception {
        int serverPort = Integer.parseInt(server.url().substring(server.url().lastIndexOf(':') + 1));
        try (FreezableProxy proxy = new FreezableProxy(serverPort, tmp.resolve("socat.txt"))) {
            proxy.freeze();
            FilingKioskProcess k = kiosk("confirm", proxy.url());
            String key = k.await("CONFIRMED ", STEP).split(" ")[1];
            waitFor("the kiosk's request held by the hanging server", () -> proxy.bytesWaiting() > 700);
            k.kill();
            proxy.thaw();
            waitFor("the server serving the request nobody waits for any more", () -> dossiers().size() == 1);
            String code = dossiers().get(0).get("code");
            assertThat(storedFilings()).as("the kiosk never had an answer: still stored").isEqualTo(1);

            restartAndDrain(1, proxy.url());
            assertThat(assertExactlyTheConfirmedDossier(key).get("code")).isEqualTo(code);
        }
    }

    @Test
    void withTheServerDownTheCitizenIsToldTheFilingIsSavedAndItIsRegisteredOnceItIsBack() throws Exception {
        server.stop();
        FilingKioskProcess k = kiosk("confirm");
        String key = k.await("CONFIRMED ", STEP).split(" ")[1];
        assertThat(k.await("SAVED", STEP)).as("the screen says saved, no code, no slip").isEqualTo("SAVED saved");
        k.kill();
        assertThat(storedFilings()).isEqualTo(1);
        server.restart();

        restartAndDrain(1);
        assertExactlyTheConfirmedDossier(key);
    }

    @Test
    void aFilingAnsweredAtOnceLeavesNoTraceOnTheKiosk() throws Exception {
        FilingKioskProcess k = kiosk("confirm");
        String key = k.await("CONFIRMED ", STEP).split(" ")[1];
        String code = k.await("FILED ", STEP).substring("FILED ".length());
        k.kill();
        assertThat(assertExactlyTheConfirmedDossier(key).get("code")).isEqualTo(code);
        assertNoPersonalDataOnTheKiosk();
        assertThat(storedFilings()).isZero();
    }

    /** Starts the kiosk again on the same data folder and waits until it has sent what it stored. */
    @Test
    @vn.onestop.testkit.RequiresSane
    void killedMidScanBeforeConfirmationLeavesNothingAnywhere() throws Exception {
        FilingKioskProcess k = kiosk("scan-kill");
        assertThat(k.await("SCANNED", STEP)).isEqualTo("SCANNED 3");
        k.kill();
        assertThat(dossiers()).isEmpty();
        assertThat(storedFilings()).isZero();
        assertNoPersonalDataOnTheKiosk();
        try (Stream<Path> work = Files.list(kioskData.resolve("scan-work"))) {
            assertThat(work).as("no scanned page left in the scanner's work folder").isEmpty();
        }
    }

    @Test
    @vn.onestop.testkit.RequiresSane
    void killedAfterStoringAFilingWithScannedPagesDeliversTheDossierAndItsPdfOnce() throws Exception {
        FilingKioskProcess k = kiosk("scan-pause-saved");
        assertThat(k.await("SCANNED", STEP)).isEqualTo("SCANNED 3");
        String key = k.await("PAUSED saved", STEP).split(" ")[2];
        k.kill();
        assertThat(dossiers()).as("nothing reached the server before the kill").isEmpty();
        assertThat(storedFilings()).isEqualTo(1);
        restartAndDrain(1);
        String code = assertExactlyTheConfirmedDossier(key).get("code");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("server/onestop.db"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT dossier_code, doc_index, pages FROM dossier_document")) {
            assertThat(rs.next()).as("one document PDF on the server").isTrue();
            assertThat(rs.getString(1)).isEqualTo(code);
            assertThat(rs.getInt(2)).isEqualTo(1);
            assertThat(rs.getInt(3)).isEqualTo(3);
            assertThat(rs.next()).as("delivered once").isFalse();
        }
    }

    private void restartAndDrain(int expectedDossiers) throws Exception {
        restartAndDrain(expectedDossiers, server.url());
    }

    private void restartAndDrain(int expectedDossiers, String serverUrl) throws Exception {
        FilingKioskProcess again = kiosk("start", serverUrl);
        again.await("PENDING 0", STEP);
        again.kill();
        assertThat(dossiers()).hasSize(expectedDossiers);
        assertNoPersonalDataOnTheKiosk();
        assertThat(storedFilings()).as("the kiosk's queue is empty").isZero();
    }

    /** A condition polled with a timeout. */
    interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(String what, Check check) throws Exception {
        long end = System.nanoTime() + STEP.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + STEP.toSeconds() + " s: " + what);
            }
            Thread.sleep(50); // poll interval of a condition with a timeout
        }
    }

    /** The one dossier on the server: the kiosk's key and exactly the data the citizen confirmed. */
    private Map<String, String> assertExactlyTheConfirmedDossier(String key) throws Exception {
        List<Map<String, String>> all = dossiers();
        assertThat(all).as("exactly one dossier for one confirmed filing").hasSize(1);
        Map<String, String> d = all.get(0);
        Procedure p = FlowFixtures.catalogue().all().stream()
                .filter(x -> x.code().equals(FilingKioskDriver.PROCEDURE)).findFirst().orElseThrow();
        assertThat(d).containsEntry("idempotency_key", key)
                .containsEntry("procedure_code", FilingKioskDriver.PROCEDURE)
                .containsEntry("applicant_id", citizen.idNumber())
                .containsEntry("applicant_name", citizen.fullName())
                .containsEntry("applicant_birth_date", citizen.dateOfBirth().toString())
                .containsEntry("applicant_address", citizen.placeOfResidence())
                .containsEntry("phone", FilingKioskDriver.PHONE)
                .containsEntry("delivery", "POST")
                .containsEntry("postal_address", FilingKioskDriver.ADDRESS);
        List<String> documents = new ArrayList<>();
        new ObjectMapper().readTree(d.get("documents")).forEach(n -> documents.add(n.get("name").asText()));
        assertThat(documents).as("every document of the checklist (those shown to citizens), handed in")
                .isEqualTo(vn.onestop.core.catalogue.CitizenText.documents(p));
        return d;
    }

    private List<Map<String, String>> dossiers() throws Exception {
        List<String> columns = List.of("code", "idempotency_key", "procedure_code", "applicant_id", "applicant_name",
                "applicant_birth_date", "applicant_address", "phone", "delivery", "postal_address", "documents");
        List<Map<String, String>> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("server/onestop.db"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM dossier")) {
            while (rs.next()) {
                Map<String, String> row = new java.util.HashMap<>();
                for (String col : columns) {
                    row.put(col, rs.getString(col));
                }
                out.add(row);
            }
        }
        return out;
    }

    private int storedFilings() throws Exception {
        try (OutboxDatabase file = new OutboxDatabase(kioskData.resolve("outbox.sqlite"))) {
            return new FilingOutbox(file, Clock.systemUTC()).pendingCount();
        }
    }

    private void assertNoPersonalDataOnTheKiosk() throws Exception {
        assertThat(filesWithPersonalData()).as("files of the kiosk's data folder holding personal data").isEmpty();
    }

    /** Every byte of every file in the kiosk's data folder (databases, write-ahead logs, logs, token). */
    private List<String> filesWithPersonalData() throws Exception {
        List<String> needles = List.of(citizen.idNumber(), citizen.fullName(), citizen.placeOfResidence(),
                FilingKioskDriver.PHONE, FilingKioskDriver.ADDRESS);
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(kioskData)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                for (String needle : needles) {
                    if (bytes.contains(new String(needle.getBytes(StandardCharsets.UTF_8),
                            StandardCharsets.ISO_8859_1))) {
                        found.add(kioskData.relativize(f) + " (a value of " + needle.length() + " chars)");
                    }
                }
            }
        }
        return found;
    }
}
