package vn.onestop.device.scanner;

import org.junit.jupiter.api.Assumptions;

/**
 * The build runs tests with {@code java.awt.headless=false}, so any Java2D drawing needs an X display
 * (./kiosk test starts Xvfb). Without one: skipped with a message, except under CI where it fails.
 */
public final class NeedsDisplay {

    private NeedsDisplay() {
    }

    public static void require() {
        boolean display = System.getenv("DISPLAY") != null
                || "true".equals(System.getProperty("java.awt.headless"));
        if (!display && System.getenv("CI") != null) {
            throw new AssertionError("this test needs a display under CI: run it with xvfb-run (Debian packages xvfb xauth)");
        }
        Assumptions.assumeTrue(display, "no DISPLAY: skipped (run ./kiosk test, which starts Xvfb)");
    }
}
