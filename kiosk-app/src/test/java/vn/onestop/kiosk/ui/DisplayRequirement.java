package vn.onestop.kiosk.ui;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.awt.GraphicsEnvironment;

/** GUI tests need a display: in CI its absence is a failure, elsewhere the test is skipped with a reason. */
public final class DisplayRequirement {
    private DisplayRequirement() {}

    public static void require() {
        boolean headless = GraphicsEnvironment.isHeadless();
        if (headless && System.getenv("CI") != null) {
            fail("No display in CI: run the tests through ./kiosk test, which starts Xvfb");
        }
        assumeFalse(headless, "No display: GUI test skipped (install xvfb and run ./kiosk test)");
    }
}
