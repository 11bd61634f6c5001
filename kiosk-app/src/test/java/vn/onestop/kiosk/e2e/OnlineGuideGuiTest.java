package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.kiosk.flow.FlowFixtures;
import vn.onestop.kiosk.flow.GuideFlow;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.testkit.QrTools;
import vn.onestop.testkit.RequiresQrTools;

/**
 * An online-only procedure (permanent residence, Directive 24/CT-TTg) at the real kiosk with the virtual printer and
 * a real server: the guide shows the steps and what to have ready, its printed slip's QR opens the configured link,
 * and "help me file online" prints a ticket of the assisted-filing desk.
 */
@Tag("gui")
class OnlineGuideGuiTest extends KioskGuiSuite {
    private final ProcedureCatalogue catalogue = FlowFixtures.catalogue();

    private void openGuide(String code) throws Exception {
        kiosk.scanner.scan(FlowFixtures.payload("Nguyễn Văn An"));
        kiosk.waitForStep(Step.FIELD);
        Procedure p = catalogue.byCode(code).orElseThrow();
        kiosk.click("field." + catalogue.fields().indexOf(p.field()));
        kiosk.click("procedure." + code);
        kiosk.waitForStep(Step.INFO);
        kiosk.click("info.guide");
        kiosk.waitForStep(Step.GUIDE);
    }

    @Test
    @RequiresQrTools
    void anOnlineOnlyProcedureShowsItsStepsAndPrintsAGuideWhoseQrOpensTheLink() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of());
        openGuide("CT-THUONGTRU");
        kiosk.window.label("guide.channel").requireText(Pattern.compile(".*Chỉ nộp trực tuyến.*"));
        kiosk.window.label("guide.step.0").requireText(Pattern.compile(".*Đăng nhập.*VNeID.*", Pattern.DOTALL));
        kiosk.window.label("guide.step.1").requireText(Pattern.compile(".*Đăng ký thường trú.*1\\.004222.*",
                Pattern.DOTALL));
        kiosk.window.label("guide.step.6").requireText(Pattern.compile(".*Theo dõi.*", Pattern.DOTALL));
        kiosk.window.label("guide.ready.0").requireText(Pattern.compile(".*Thẻ Căn cước.*", Pattern.DOTALL));
        String link = catalogue.byCode("CT-THUONGTRU").orElseThrow().filing().portalUrl();
        assertThat(link).startsWith("https://dichvucong.gov.vn/");

        List<Path> before = printedPngs();
        kiosk.click("guide.print");
        KioskHarness.waitFor("guide printed", () -> GuiActionRunner.execute(() ->
                kiosk.app.flow().guide().state().print() == GuideFlow.Print.PRINTED));
        kiosk.window.label("guide.status").requireText(Pattern.compile(".*Đã in hướng dẫn.*"));
        List<Path> after = printedPngs();
        assertThat(after).hasSize(before.size() + 1);
        Path slip = after.get(after.size() - 1);
        Files.copy(slip, Path.of("target", "guide-slip.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(QrTools.zbarimg(slip)).isEqualTo(link);

        kiosk.click("guide.assisted");
        kiosk.waitForStep(Step.DONE);
        String number = GuiActionRunner.execute(() -> kiosk.app.flow().state().ticket().displayNumber());
        assertThat(number).startsWith("H");
    }

    @Test
    void anOnlineOrCounterProcedureSaysSoAndBackReturnsToTheInformation() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of());
        openGuide("HKD-DK");                           // online or at the counter: guided too
        kiosk.window.label("guide.channel").requireText(Pattern.compile(".*hoặc tại quầy.*"));
        kiosk.click("guide.back");
        kiosk.waitForStep(Step.INFO);
        kiosk.window.button("info.take").requireVisible();
    }

    private List<Path> printedPngs() throws Exception {
        Path dir = kiosk.dataDir.resolve("printed");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".png")).sorted().toList();
        }
    }
}
