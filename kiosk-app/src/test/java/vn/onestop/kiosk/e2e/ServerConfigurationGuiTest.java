package vn.onestop.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.onestop.kiosk.flow.Step;

/** The running kiosk fetches the server's configuration, keeps it on disk and shows the centre name it gives. */
@Tag("gui")
class ServerConfigurationGuiTest extends KioskGuiSuite {
    @Test
    void theAttractScreenShowsTheServersCentreNameAndTheFlowStillWorks() throws Exception {
        kiosk = new KioskHarness(tmp, Clock.systemDefaultZone(), Map.of("centre.name.vi", "Tên trong tệp ki-ốt"));
        KioskHarness.waitFor("server's centre name shown", () -> GuiActionRunner.execute(() ->
                centreShown("Trung tâm Phục vụ hành chính công (demo)")));
        assertThat(Files.exists(kiosk.dataDir.resolve("server-config.json"))).isTrue();
        kiosk.window.button("attract.start").click();
        kiosk.waitForStep(Step.IDENTIFY);
    }

    private boolean centreShown(String text) {
        return find(kiosk.app.frame().getContentPane(), text);
    }

    private static boolean find(java.awt.Container c, String text) {
        for (java.awt.Component child : c.getComponents()) {
            if (child instanceof javax.swing.JLabel l && text.equals(l.getText()) && l.isShowing()) {
                return true;
            }
            if (child instanceof java.awt.Container box && find(box, text)) {
                return true;
            }
        }
        return false;
    }
}
