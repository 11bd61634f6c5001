package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import vn.onestop.core.dossier.PreparationCode;
import vn.onestop.kiosk.flow.FiledDossier;
import vn.onestop.kiosk.flow.FilingSession;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.testkit.RequiresSane;
import vn.onestop.testkit.SaneTestDevice;

/**
 * Scanning the citizen's papers at the real kiosk through SANE's scanimage and its test backend (a private
 * SANE_CONFIG_DIR): three pages, each previewed; the scanner gone (device test:1 removed from the backend's
 * configuration, as when it is unplugged: scanimage cannot open it) is said on screen and the pages stay; a white
 * sheet is flagged. The pages kept go to the real server in-process as one PDF of the prepared dossier, and the
 * preparation slip prints with the preparation code as its QR.
 */
@Tag("gui")
@RequiresSane
class DocumentScanGuiTest extends KioskGuiSuite {
    private final ProcedureCatalogue catalogue = FlowFixtures.catalogue();

    private Path sane;

    private void start(String picture) throws Exception {
        sane = SaneTestDevice.configure(tmp.resolve("sane"));
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of("documents.scanner", "sane:test:1",
                "documents.sane.configDir", sane.toString(),
                "documents.sane.options", "--test-picture=\"" + picture + "\""));
    }

    /** Card, LLTP-1, "prepare here", phone, then the scanning screen of the checklist's second document. */
    private void openScanning() throws Exception {
        kiosk.scanner.scan(FlowFixtures.payload("Nguyễn Văn An"));
        kiosk.waitForStep(Step.FIELD);
        Procedure p = catalogue.byCode("LLTP-1").orElseThrow();
        kiosk.click("field." + catalogue.fields().indexOf(p.field()));
        kiosk.click("procedure.LLTP-1");
        kiosk.waitForStep(Step.INFO);
        kiosk.click("info.file");
        kiosk.waitForStep(Step.FILING);
        for (char d : "0912345678".toCharArray()) {
            kiosk.click("filing.phone." + d);
        }
        kiosk.click("filing.next");
        kiosk.click("filing.doc.1.scan");
        kiosk.waitForStep(Step.SCAN);
    }

    private void takePage(int expected) {
        kiosk.click("scan.take");
        KioskHarness.waitFor("page " + expected, () -> GuiActionRunner.execute(() ->
                kiosk.app.flow().filing().pages(1).size() == expected
                        && !kiosk.app.flow().filing().scan().orElseThrow().busy()));
    }

    @Test
    void threePagesArePreviewedAndAMissingScannerIsToldWithThePagesKept() throws Exception {
        start("Grid");
        openScanning();
        takePage(1);
        takePage(2);
        takePage(3);
        kiosk.window.label("scan.count").requireText("Trang 3/3");
        // the page shown whole, scaled into the room between the title and the buttons (at least its reserved height)
        assertThat(GuiActionRunner.execute(() -> ((vn.onestop.kiosk.ui.screen.ScanScreen.PagePicture) kiosk.window
                .robot().finder().findByName("scan.preview", true)).shownSize().height)).isGreaterThanOrEqualTo(240);
        kiosk.window.label("scan.status").requireText(" ");

        SaneTestDevice.unplugSecond(sane);                       // the scanner test:1 is gone
        kiosk.click("scan.take");
        KioskHarness.waitFor("scanner fault shown", () -> GuiActionRunner.execute(() ->
                "no-scanner".equals(kiosk.app.flow().filing().scan().orElseThrow().problem())));
        kiosk.window.label("scan.status").requireText(Pattern.compile(".*Không tìm thấy máy quét.*vẫn được giữ.*"));
        assertThat(GuiActionRunner.execute(() -> kiosk.app.flow().filing().pages(1).size())).isEqualTo(3);

        SaneTestDevice.plugIn(sane);
        kiosk.click("scan.page.0");
        kiosk.click("scan.remove");
        kiosk.window.label("scan.count").requireText("Trang 1/2");
        kiosk.click("scan.done");
        kiosk.waitForStep(Step.FILING);
        kiosk.window.button("filing.doc.1.scan").requireText(Pattern.compile(".*Đã quét 2 trang.*"));

        // the prepared dossier: registration and PDF to the server, the preparation slip printed
        kiosk.click("filing.next");
        kiosk.click("filing.next");
        kiosk.click("filing.consent");
        kiosk.click("filing.next");
        kiosk.waitForStep(Step.FILED);
        FiledDossier filed = GuiActionRunner.execute(() -> kiosk.app.flow().filing().session()
                .map(FilingSession::filed).orElseThrow());
        assertThat(filed.prepared()).isTrue();
        assertThat(filed.code()).matches("[23456789ABCDEFGHJKMNPQRSTWXYZ]{8}");
        assertThat(filed.pages()).isEqualTo(2);
        assertThat(filed.queueNumber()).startsWith("A");
        kiosk.window.label("filed.code").requireText(PreparationCode.display(filed.code()));
        List<Path> printed;
        try (Stream<Path> files = Files.list(kiosk.dataDir.resolve("printed"))) {
            printed = files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
        }
        Path slip = printed.get(printed.size() - 1);
        Files.copy(slip, Path.of("target", "preparation-slip.png"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(QrDecode.decode(slip)).isEqualTo(filed.code());
        String onServer = new String(new StaffClient(kiosk.server).get("/api/v1/staff/prepared/" + filed.code()),
                StandardCharsets.UTF_8);
        assertThat(onServer).containsPattern("\"pages\"\\s*:\\s*2");
    }

    @Test
    void aWhiteSheetIsFlaggedAsBlank() throws Exception {
        start("Solid white");
        openScanning();
        takePage(1);
        kiosk.window.label("scan.status").requireText(Pattern.compile(".*gần như trắng.*"));
        kiosk.window.button("scan.page.0").requireText("1 !");
    }
}
