package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.core.dossier.PreparationCode;
import vn.onestop.core.slip.SlipQr;
import vn.onestop.core.wire.DossierView;
import vn.onestop.core.wire.RatingRequest;
import vn.onestop.kiosk.flow.FiledDossier;
import vn.onestop.kiosk.flow.FilingSession;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.server.ServerRefusedException;

/**
 * Preparing a dossier at the kiosk end to end: the real window, simulated scanner, virtual printer and real server.
 * A card is scanned, LLTP-1 prepared with postal return to a corrected address, the preparation slip printed (its
 * QR, the plain preparation code, read back; never a Mẫu 01 receipt), the server holds it as prepared; then the
 * lookup by the slip's QR and by typed codes, and the rating.
 */
@Tag("gui")
class FilingEndToEndGuiTest extends KioskGuiSuite {
    private static final String NAME = "Nguyễn Văn An";
    private final ProcedureCatalogue catalogue = FlowFixtures.catalogue();

    private void type(String keys) {
        for (char c : keys.toCharArray()) {
            kiosk.click(c == ' ' ? "key.space" : "key." + c);
        }
    }

    /** Scan, choose LLTP-1 and walk the four pages; returns the dossier the kiosk shows. */
    private FiledDossier fileWithPostalReturn() throws Exception {
        kiosk.scanner.scan(FlowFixtures.payload(NAME));
        kiosk.waitForStep(Step.FIELD);
        Procedure p = catalogue.all().stream().filter(x -> x.code().equals("LLTP-1")).findFirst().orElseThrow();
        kiosk.click("field." + catalogue.fields().indexOf(p.field()));
        kiosk.click("procedure.LLTP-1");
        kiosk.waitForStep(Step.INFO);
        kiosk.click("info.file");
        kiosk.waitForStep(Step.FILING);
        kiosk.window.label("filing.name").requireText(java.util.regex.Pattern.compile(".*" + NAME + ".*",
                java.util.regex.Pattern.DOTALL));
        kiosk.click("filing.next");                                   // no phone: refused with a reason
        kiosk.window.label("filing.problems").requireText(java.util.regex.Pattern.compile(".*số điện thoại.*",
                java.util.regex.Pattern.DOTALL));
        for (char d : "0912345678".toCharArray()) {
            kiosk.click("filing.phone." + d);
        }
        kiosk.click("filing.next");
        kiosk.click("filing.doc.1.form");                             // the ID card copy: "Bản sao"
        kiosk.click("filing.next");
        kiosk.click("filing.delivery.post");
        kiosk.click("filing.delivery.address.edit");
        kiosk.click("key.clear");
        type("12 phoos huees");
        kiosk.click("filing.editor.done");
        kiosk.click("filing.next");
        kiosk.click("filing.consent");
        kiosk.click("filing.next");
        kiosk.waitForStep(Step.FILED);
        return GuiActionRunner.execute(() -> kiosk.app.flow().filing().session().map(FilingSession::filed)
                .orElseThrow());
    }

    @Test
    void aScannedCardPreparesADossierWithPostalReturnAndPrintsAPreparationSlipNotAReceipt() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of());
        FiledDossier filed = fileWithPostalReturn();
        assertThat(filed.prepared()).as("the kiosk prepares; only an official receives").isTrue();
        assertThat(filed.slipPrinted()).isTrue();
        assertThat(filed.appointmentAt()).as("the time limit runs from the official's reception").isNull();
        assertThat(filed.queueNumber()).as("a number of the desk that receives it").startsWith("A");
        kiosk.window.label("filed.code").requireText(PreparationCode.display(filed.code()));
        kiosk.window.label("filed.slip").requireText(java.util.regex.Pattern.compile(".*KHÔNG phải giấy tiếp nhận.*",
                java.util.regex.Pattern.DOTALL));

        List<Path> printed = printedPngs();
        Path slipPng = printed.get(printed.size() - 1);
        Files.copy(slipPng, Path.of("target", "filed-slip.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String qr = QrDecode.decode(slipPng);
        assertThat(qr).as("the preparation slip's QR is the plain code, not a Mẫu 01 payload").isEqualTo(filed.code());
        assertThat(SlipQr.looksLikeSlip(qr)).isFalse();

        DossierView onServer = kiosk.app.parts().client().dossier(filed.code());
        assertThat(onServer.status()).isEqualTo("prepared");
        assertThat(onServer.delivery()).isEqualTo("POST");
        assertThat(onServer.officialCode()).isNull();
        assertThat(onServer.appointmentAt()).isNull();
        String staffView = new String(new StaffClient(kiosk.server).get("/api/v1/staff/prepared/" + filed.code()),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(staffView).contains(NAME, "0912345678", "12 phố huế");
    }

    @Test
    void theSlipsQrLooksTheDossierUpAndTypedCodesGetClearAnswersWithoutPersonalData() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of());
        FiledDossier filed = fileWithPostalReturn();
        List<Path> slips = printedPngs();
        String payload = QrDecode.decode(slips.get(slips.size() - 1));
        kiosk.click("filed.finish");
        kiosk.waitForStep(Step.ATTRACT);

        kiosk.scanner.scan(payload);                                 // straight from the attract screen
        kiosk.waitForStep(Step.LOOKUP);
        KioskHarness.waitFor("lookup answered", () -> GuiActionRunner.execute(() ->
                kiosk.app.flow().lookup().state().result() != null));
        kiosk.window.label("lookup.answer").requireText(java.util.regex.Pattern.compile(".*" + filed.code()
                + ".*Đã chuẩn bị.*", java.util.regex.Pattern.DOTALL));
        assertThat(String.join("\n", screenTexts())).doesNotContain(NAME, "Hàng Bông", "phố huế", "0912345678");

        kiosk.click("lookup.again");
        type("abc");
        kiosk.click("lookup.go");
        waitAnswer("Đây không phải mã hồ sơ");
        String unknown = filed.code().startsWith("Z") ? "Y" + filed.code().substring(1)
                : "Z" + filed.code().substring(1);
        for (String code : List.of(unknown)) {
            kiosk.click("key.clear");
            type(code.toLowerCase(java.util.Locale.ROOT));
            kiosk.click("lookup.go");
            waitAnswer("Không tìm thấy hồ sơ mã " + code + " tại trung tâm này");
        }
    }

    @Test
    void aDossierIsRatedOnlyOnceAnOfficialReceivedItWithALowRatingAndAReasonThankedOnce() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of());
        FiledDossier filed = fileWithPostalReturn();
        assertThat(String.join("\n", screenTexts(Step.FILED))).as("filing only prepares: no rating offered")
                .doesNotContain("Đánh giá");
        String qr = QrDecode.decode(printedPngs().get(printedPngs().size() - 1));
        kiosk.click("filed.finish");
        kiosk.waitForStep(Step.ATTRACT);
        lookUpAndRate(qr);
        waitRatingAnswer("chưa được cán bộ tiếp nhận");
        assertThat(kiosk.server.ratings()).isEmpty();
        kiosk.click("rating.finish");
        kiosk.waitForStep(Step.ATTRACT);

        InProcessServer.StaffCall official = kiosk.server.staff("lan", vn.onestop.server.staff.Role.COUNTER_STAFF);
        assertThat(official.send("POST", "/api/v1/staff/prepared/" + filed.code() + "/receive",
                "{\"officialCode\":\"H41.21-261205-0001\"}")).startsWith("200");
        lookUpAndRate(qr);
        KioskHarness.waitFor("levels offered", () -> GuiActionRunner.execute(() ->
                !kiosk.app.flow().rating().state().sending() && kiosk.app.flow().rating().state().result() == null));
        kiosk.click("rating.1");
        kiosk.click("rating.reason.wait");
        kiosk.click("rating.send");
        // the shipped configuration asks three optional questions: one answered, one skipped, one answered
        kiosk.window.label("rating.criterion.question").requireText(java.util.regex.Pattern.compile(
                ".*Thái độ của cán bộ.*", java.util.regex.Pattern.DOTALL));
        kiosk.click("rating.criterion.2");
        kiosk.window.label("rating.criterion.question").requireText(java.util.regex.Pattern.compile(
                ".*Hướng dẫn rõ ràng.*", java.util.regex.Pattern.DOTALL));
        kiosk.click("rating.criterion.skip");
        kiosk.click("rating.criterion.1");
        waitRatingAnswer("Cảm ơn quý khách đã đánh giá!");
        assertThat(kiosk.server.ratings()).containsExactly(filed.code() + " 1 wait attitude=2,time=1");
        assertThatThrownBy(() -> kiosk.app.parts().client().rate(new RatingRequest(null, filed.code(), 5, List.of(),
                null))).isInstanceOfSatisfying(ServerRefusedException.class, e -> assertThat(e.status()).isEqualTo(409));
        kiosk.click("rating.finish");
        kiosk.waitForStep(Step.ATTRACT);

        // A ticket is rated only once served, by its QR code: ServedTicketRatingGuiTest (issue 27).
    }

    @Test
    void withoutCriteriaASatisfiedLevelIsSentAtOnceWithNoAnswers() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of("rating.criteria", ""));
        FiledDossier filed = fileWithPostalReturn();
        String qr = QrDecode.decode(printedPngs().get(printedPngs().size() - 1));
        kiosk.click("filed.finish");
        kiosk.waitForStep(Step.ATTRACT);
        InProcessServer.StaffCall official = kiosk.server.staff("lan", vn.onestop.server.staff.Role.COUNTER_STAFF);
        assertThat(official.send("POST", "/api/v1/staff/prepared/" + filed.code() + "/receive",
                "{\"officialCode\":\"H41.21-261205-0002\"}")).startsWith("200");
        lookUpAndRate(qr);
        KioskHarness.waitFor("levels offered", () -> GuiActionRunner.execute(() ->
                !kiosk.app.flow().rating().state().sending() && kiosk.app.flow().rating().state().result() == null));
        kiosk.click("rating.4");
        waitRatingAnswer("Cảm ơn quý khách đã đánh giá!");
        assertThat(String.join("\n", screenTexts(Step.RATING))).contains("Cảm ơn")
                .doesNotContain("Câu hỏi thêm", "Rất không hài lòng … 5");
        assertThat(kiosk.server.ratings()).containsExactly(filed.code() + " 4 null null");
    }

    /** Scans the preparation slip's QR code, waits for the lookup, and taps "Rate our service". */
    private void lookUpAndRate(String qr) {
        kiosk.scanner.scan(qr);
        kiosk.waitForStep(Step.LOOKUP);
        KioskHarness.waitFor("lookup answered", () -> GuiActionRunner.execute(() ->
                kiosk.app.flow().lookup().state().result() != null));
        kiosk.click("lookup.rate");
        kiosk.waitForStep(Step.RATING);
    }

    private void waitRatingAnswer(String part) {
        KioskHarness.waitFor("rating answer '" + part + "'", () -> GuiActionRunner.execute(() ->
                kiosk.app.flow().rating().state().result() != null
                        && kiosk.window.label("rating.answer").target().getText().contains(part)));
    }

    private void waitAnswer(String part) {
        KioskHarness.waitFor("answer '" + part + "'", () -> GuiActionRunner.execute(() -> {
            var state = kiosk.app.flow().lookup().state();
            return state.result() != null && String.join("\n", screenTexts()).contains(part);
        }));
    }

    /** Every label's text on the lookup screen, HTML tags removed. */
    private List<String> screenTexts() {
        return screenTexts(Step.LOOKUP);
    }

    private List<String> screenTexts(Step step) {
        return GuiActionRunner.execute(() -> {
            List<String> out = new ArrayList<>();
            collect(kiosk.app.view().screen(step), out);
            return out;
        });
    }

    private static void collect(java.awt.Container c, List<String> out) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.JLabel l && l.isShowing() && l.getText() != null) {
                out.add(l.getText().replaceAll("<[^>]*>", ""));
            }
            if (child instanceof java.awt.Container box) {
                collect(box, out);
            }
        }
    }

    private List<Path> printedPngs() throws Exception {
        Path dir = kiosk.dataDir.resolve("printed");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
    }
}
