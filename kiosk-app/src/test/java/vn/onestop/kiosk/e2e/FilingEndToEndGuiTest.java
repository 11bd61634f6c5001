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
import vn.onestop.core.slip.SlipQr;
import vn.onestop.core.wire.DossierView;
import vn.onestop.core.wire.RatingRequest;
import vn.onestop.kiosk.flow.FiledDossier;
import vn.onestop.kiosk.flow.FilingSession;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.server.ServerRefusedException;
import vn.onestop.testkit.PdfTools;
import vn.onestop.testkit.RequiresPdfTools;

/**
 * Filing at the kiosk end to end: the real window, simulated scanner, virtual printer and real server. A card is
 * scanned, LLTP-1 filed with postal return to a corrected address, the slip printed (its QR read back), the staff
 * PDF checked with poppler and qpdf; then the lookup by the slip's QR and by typed codes, and the rating.
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
    @RequiresPdfTools
    void aScannedCardFilesWithPostalReturnAndPrintsASlipTheServerAndStaffPdfAgreeWith() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of());
        FiledDossier filed = fileWithPostalReturn();
        assertThat(filed.slipPrinted()).isTrue();
        kiosk.window.label("filed.code").requireText(filed.code());

        Path slipPng = printedPngs().get(0);
        Files.copy(slipPng, Path.of("target", "filed-slip.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        SlipQr qr = SlipQr.parse(QrDecode.decode(slipPng));
        assertThat(qr.dossierCode()).isEqualTo(filed.code());
        assertThat(qr.procedureCode()).isEqualTo("LLTP-1");
        assertThat(qr.appointmentAt()).isEqualTo(filed.appointmentAt());
        assertThat(qr.maskedApplicantId()).matches("\\d{3}\\*{6}\\d{3}");

        DossierView onServer = kiosk.app.parts().client().dossier(filed.code());
        assertThat(onServer.status()).isEqualTo("received");
        assertThat(onServer.delivery()).isEqualTo("POST");
        assertThat(onServer.appointmentAt()).isEqualTo(filed.appointmentAt());

        Path pdf = tmp.resolve("slip.pdf");
        Files.write(pdf, new StaffClient(kiosk.server).get("/api/v1/staff/dossiers/" + filed.code() + "/slip.pdf"));
        String text = PdfTools.run("pdftotext", "-enc", "UTF-8", "-layout", pdf, "-").output();
        assertThat(text).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", NAME, filed.code(),
                "Cấp Phiếu lý lịch tư pháp số 1 cho công dân Việt Nam", "12 phố huế", "Bản sao",
                "Nhận qua dịch vụ bưu chính công ích", "0912345678");
        String fonts = PdfTools.run("pdffonts", pdf).output();
        List<String> fontRows = fonts.lines().skip(2).filter(l -> !l.isBlank()).toList();
        assertThat(fontRows).isNotEmpty().allSatisfy(row -> assertThat(row).containsPattern("\\byes\\s+yes\\s+yes\\b"));
        assertThat(PdfTools.run("qpdf", "--check", pdf).exit()).isZero();
    }

    @Test
    void theSlipsQrLooksTheDossierUpAndTypedCodesGetClearAnswersWithoutPersonalData() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of());
        FiledDossier filed = fileWithPostalReturn();
        String payload = QrDecode.decode(printedPngs().get(0));
        kiosk.click("filed.finish");
        kiosk.waitForStep(Step.ATTRACT);

        kiosk.scanner.scan(payload);                                 // straight from the attract screen
        kiosk.waitForStep(Step.LOOKUP);
        KioskHarness.waitFor("lookup answered", () -> GuiActionRunner.execute(() ->
                kiosk.app.flow().lookup().state().result() != null));
        kiosk.window.label("lookup.answer").requireText(java.util.regex.Pattern.compile(".*" + filed.code()
                + ".*Đã tiếp nhận.*", java.util.regex.Pattern.DOTALL));
        kiosk.window.label("lookup.step.0").requireText(java.util.regex.Pattern.compile(".*Đã tiếp nhận.*",
                java.util.regex.Pattern.DOTALL));
        assertThat(String.join("\n", screenTexts())).doesNotContain(NAME, "Hàng Bông", "phố huế", "0912345678");

        kiosk.click("lookup.again");
        type("abc");
        kiosk.click("lookup.go");
        waitAnswer("Đây không phải mã hồ sơ");
        String unknown = filed.code().substring(0, filed.code().lastIndexOf('-') + 1) + "9999";
        String otherCentre = "H99" + filed.code().substring(filed.code().indexOf('-'));
        for (String code : List.of(unknown, otherCentre)) {
            kiosk.click("key.clear");
            type(code.toLowerCase(java.util.Locale.ROOT));
            kiosk.click("lookup.go");
            waitAnswer("Không tìm thấy hồ sơ mã " + code + " tại trung tâm này");
        }
    }

    @Test
    void aLowRatingWithAReasonIsThankedAndEachTicketOrDossierIsRatedOnce() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of());
        FiledDossier filed = fileWithPostalReturn();
        kiosk.click("filed.rate");
        kiosk.waitForStep(Step.RATING);
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
        kiosk.click("filed.rate");
        kiosk.waitForStep(Step.RATING);
        kiosk.click("rating.4");
        waitRatingAnswer("Cảm ơn quý khách đã đánh giá!");
        assertThat(String.join("\n", screenTexts(Step.RATING))).contains("Cảm ơn")
                .doesNotContain("Câu hỏi thêm", "Rất không hài lòng … 5");
        assertThat(kiosk.server.ratings()).containsExactly(filed.code() + " 4 null null");
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
