package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.wire.Applicant;
import vn.onestop.core.wire.DossierReceipt;
import vn.onestop.core.wire.DossierRegistration;
import vn.onestop.device.scanner.sim.SampleCards;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.server.TokenStore;
import vn.onestop.testkit.RequiresDisplay;

/**
 * The demo flow with logging turned up to everything: every sample card scanned (the invalid ones too), two
 * citizens walked to a printed ticket, an ID number typed on the keypad, a dossier filed with a card's data through the kiosk API, its slip
 * printed and its status looked up. Then no log file (kiosk and server, one process here), and no file in the
 * kiosk's data folder, may hold an ID number, name, date of birth, address, phone or e-mail, in any spelling.
 * The server's database must hold the dossier's applicant (the check that the scan finds what is there).
 */
@RequiresDisplay
@Tag("gui")
class PersonalDataGuiTest {
    private static final String PHONE = "0912345678";
    private static final String EMAIL = "binh.tran@example.vn";
    private static final String POSTAL = "Số 7 Đường Pasteur, Phường Bến Nghé, Thành phố Hồ Chí Minh";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    @TempDir
    Path tmp;

    @BeforeAll
    static void display() {
        FailOnThreadViolationRepaintManager.install();
    }

    @Test
    void noPersonalDataInAnyLogNorInTheKiosksFiles() throws Exception {
        List<SampleCards.Card> cards = FlowFixtures.cards().cards();
        PersonalDataNeedles needles = new PersonalDataNeedles();
        for (int i = 0; i < cards.size(); i++) {
            needles.card("card " + (i + 1), cards.get(i).payload());
        }
        needles.exact("phone", PHONE).exact("e-mail", EMAIL).text("postal address", POSTAL);
        Path logs = tmp.resolve("logs");
        KioskHarness kiosk;
        try (VerboseLogs verbose = new VerboseLogs(logs)) {
            kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of());
            try {
                demoFlow(kiosk, cards);
            } finally {
                kiosk.close();
            }
        }
        String log = Files.readString(logs.resolve("onestop.log"), StandardCharsets.UTF_8);
        assertThat(log.contains(" TRACE ") && log.contains("DeviceTicketDesk - Ticket "))
                .as("kiosk and server logged at trace level into " + logs).isTrue();
        assertThat(needles.scan(logs, p -> false)).as("personal data in the logs").isEmpty();
        assertThat(needles.scan(kiosk.dataDir, PersonalDataGuiTest::printedPaper))
                .as("personal data left in the kiosk's data folder").isEmpty();
        assertThat(needles.scan(tmp.resolve("server"), p -> !p.getFileName().toString().startsWith("onestop.db")))
                .as("the server keeps the dossier's applicant").contains("onestop.db: card 4 ID number",
                        "onestop.db: card 4 name");
    }

    /** Images of the paper the citizen takes home (the virtual printer's output), not data the kiosk keeps. */
    private static boolean printedPaper(Path p) {
        return p.getParent().getFileName().toString().equals("printed") && p.toString().endsWith(".png");
    }

    private void demoFlow(KioskHarness kiosk, List<SampleCards.Card> cards) throws Exception {
        for (SampleCards.Card card : cards) {
            scan(kiosk, card);
        }
        for (String who : List.of("Nguyễn Văn An", "Hoàng Văn Giáp")) {
            scan(kiosk, cards.stream().filter(c -> c.label().contains(who)).findFirst().orElseThrow());
            kiosk.click("field.0");
            ProcedureCatalogue catalogue = FlowFixtures.catalogue();
            kiosk.click("procedure." + catalogue.byField(catalogue.fields().get(0)).get(0).code());
            kiosk.waitForStep(Step.INFO);
            kiosk.click("info.take");
            kiosk.waitForStep(Step.DONE);
            kiosk.click("done.finish");
            kiosk.waitForStep(Step.ATTRACT);
        }
        typeIdNumber(kiosk, cards.get(4).payload().split("\\|")[0]);
        fileDossier(kiosk, cards.get(3).payload());
    }

    /** A card the scanner cannot read: the citizen types the ID number on the keypad. */
    private static void typeIdNumber(KioskHarness kiosk, String id) {
        kiosk.click("attract.start");
        kiosk.waitForStep(Step.IDENTIFY);
        for (char d : id.toCharArray()) {
            kiosk.click("key." + d);
        }
        kiosk.click("identify.ok");
        kiosk.waitForStep(Step.FIELD);
    }

    /** Scans a card and waits until the kiosk shows it was read (valid) or refused. */
    private static void scan(KioskHarness kiosk, SampleCards.Card card) {
        String id = card.payload().split("\\|")[0];
        kiosk.scanner.scan(card.payload());
        boolean invalid = card.label().contains("INVALID");
        KioskHarness.waitFor("card read: " + card.label(), () -> GuiActionRunner.execute(() -> {
            var state = kiosk.app.flow().state();
            return invalid ? state.step() == Step.IDENTIFY && !state.problems().isEmpty()
                    : state.step() == Step.FIELD && state.identity() != null
                            && state.identity().idNumber().equals(id);
        }));
    }

    /** Files a dossier with the card's data as the filing screens will, prints its slip and looks it up. */
    private static void fileDossier(KioskHarness kiosk, String payload) throws Exception {
        String[] f = payload.split("\\|");
        Applicant applicant = new Applicant(f[2], f[0], LocalDate.parse(f[3], DateTimeFormatter.ofPattern(
                "ddMMyyyy")), f[5]);
        DossierRegistration body = new DossierRegistration("pd-scan-dossier-1", "LLTP-1", null, applicant, PHONE,
                EMAIL, List.of(new vn.onestop.core.slip.ReceivedDocument("Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp",
                        vn.onestop.core.slip.DocumentForm.ORIGINAL, 1)), 1, vn.onestop.core.slip.ReturnMethod.POST,
                POSTAL, true);
        String token = new TokenStore(kiosk.dataDir).token().orElseThrow();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(kiosk.server.url() + "/api/v1/dossiers"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("dossier filed").isEqualTo(201);
        DossierReceipt receipt = JSON.readValue(r.body(), DossierReceipt.class);
        // The kiosk only prepares the dossier now (issue 22): it prints the preparation slip, as DeviceDossierDesk does.
        assertThat(receipt.slip()).as("no receipt slip at the kiosk").isNull();
        vn.onestop.kiosk.slip.PreparationSlip slip = new vn.onestop.kiosk.slip.PreparationSlip("Trung tâm",
                receipt.preparationCode(), "LLTP-1", "Cấp Phiếu lý lịch tư pháp", 1, 1, null, null,
                java.time.LocalDateTime.of(2026, 11, 25, 9, 0));
        kiosk.app.printerThread().submit(() -> {
            kiosk.app.printer().print(new vn.onestop.kiosk.slip.PreparationSlipLayout().layout(slip));
            return null;
        }).get();
        HttpResponse<String> lookup = http.send(HttpRequest.newBuilder(URI.create(kiosk.server.url()
                + "/api/v1/dossiers/" + receipt.preparationCode())).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(lookup.statusCode()).isEqualTo(200);
    }
}
