package vn.onestop.kiosk.e2e;

import java.nio.file.Path;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import vn.onestop.testkit.RequiresDisplay;

/**
 * A GUI test that drives the real kiosk window under Xvfb: it needs a display (fails in CI, skips elsewhere
 * without one), fails on any Swing call off the event thread, and closes the kiosk a test started in
 * {@link #kiosk} after each test.
 */
@RequiresDisplay
abstract class KioskGuiSuite {
    @TempDir
    Path tmp;
    KioskHarness kiosk;

    @BeforeAll
    static void display() {
        FailOnThreadViolationRepaintManager.install();
    }

    @AfterEach
    void closeKiosk() {
        if (kiosk != null) {
            kiosk.close();
        }
    }
}
