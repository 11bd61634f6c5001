package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * SANE_CONFIG_DIR): three pages, each previewed; the scanner gone (its backend removed from the configuration, as
 * when it is unplugged) is said on screen and the pages stay; a white sheet is flagged.
 */
@Tag("gui")
@RequiresSane
class DocumentScanGuiTest extends KioskGuiSuite {
    private final ProcedureCatalogue catalogue = FlowFixtures.catalogue();

    private Path sane;

    private void start(String picture) throws Exception {
        sane = SaneTestDevice.configure(tmp.resolve("sane"));
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of("documents.scanner", "sane:test",
                "documents.sane.configDir", sane.toString(), "documents.sane.options", "--test-picture=" + picture));
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
        assertThat(GuiActionRunner.execute(() -> kiosk.window.label("scan.preview").target().getIcon()
                .getIconHeight())).isGreaterThan(500);
        kiosk.window.label("scan.status").requireText(" ");

        Files.writeString(sane.resolve("dll.conf"), "# test backend removed\n", StandardCharsets.UTF_8);
        kiosk.click("scan.take");
        KioskHarness.waitFor("scanner fault shown", () -> GuiActionRunner.execute(() ->
                "no-scanner".equals(kiosk.app.flow().filing().scan().orElseThrow().problem())));
        kiosk.window.label("scan.status").requireText(Pattern.compile(".*Không tìm thấy máy quét.*vẫn được giữ.*"));
        assertThat(GuiActionRunner.execute(() -> kiosk.app.flow().filing().pages(1).size())).isEqualTo(3);

        SaneTestDevice.configure(sane);                          // plugged in again
        kiosk.click("scan.page.0");
        kiosk.click("scan.remove");
        kiosk.window.label("scan.count").requireText("Trang 1/2");
        kiosk.click("scan.done");
        kiosk.waitForStep(Step.FILING);
        kiosk.window.button("filing.doc.1.scan").requireText(Pattern.compile(".*Đã quét 2 trang.*"));
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
