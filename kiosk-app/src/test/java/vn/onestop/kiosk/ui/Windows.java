package vn.onestop.kiosk.ui;

import java.awt.Point;
import java.awt.Window;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.assertj.swing.timing.Condition;
import org.assertj.swing.timing.Pause;
import org.assertj.swing.timing.Timeout;

/**
 * Shows a frame for a GUI test. AssertJ Swing's own {@code show()} moves the window after mapping it;
 * with no window manager (Xvfb) the move reaches Java late and the first clicks land beside the
 * button. Here the window is shown where it will stay and the test waits until X reports it there.
 */
public final class Windows {
    private Windows() {}

    public static FrameFixture show(javax.swing.JFrame frame) {
        Robot robot = BasicRobot.robotWithCurrentAwtHierarchy();
        GuiActionRunner.execute(() -> {
            frame.pack();
            frame.setLocation(0, 0);
            frame.setVisible(true);
        });
        Pause.pause(new Condition("window shown at its place") {
            @Override
            public boolean test() {
                return GuiActionRunner.execute(() -> frame.isShowing() && isAtOrigin(frame));
            }
        }, Timeout.timeout(10_000));
        robot.waitForIdle();
        return new FrameFixture(robot, frame);
    }

    private static boolean isAtOrigin(Window w) {
        Point p = w.getLocationOnScreen();
        return p.x == 0 && p.y == 0;
    }
}
