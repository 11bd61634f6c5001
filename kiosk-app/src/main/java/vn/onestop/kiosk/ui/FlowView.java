package vn.onestop.kiosk.ui;

import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.awt.event.MouseEvent;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.Timer;
import vn.onestop.core.catalogue.ProcedureCatalogue;
import vn.onestop.kiosk.flow.FlowState;
import vn.onestop.kiosk.flow.KioskFlow;
import vn.onestop.kiosk.flow.Step;
import vn.onestop.kiosk.i18n.Messages;
import vn.onestop.kiosk.ui.screen.DoneScreen;
import vn.onestop.kiosk.ui.screen.FailedScreen;
import vn.onestop.kiosk.ui.screen.FieldScreen;
import vn.onestop.kiosk.ui.screen.FlowScreen;
import vn.onestop.kiosk.ui.screen.IdentifyScreen;
import vn.onestop.kiosk.ui.screen.InfoScreen;
import vn.onestop.kiosk.ui.screen.PrintingScreen;
import vn.onestop.kiosk.ui.screen.PriorityScreen;
import vn.onestop.kiosk.ui.screen.ProcedureScreen;

/**
 * Connects the flow to the window: one card per step, the current card rendered on every change and
 * language switch, a one-second tick for the idle countdown, and every touch restarting it. Event thread only.
 */
public final class FlowView {
    private final KioskFrame frame;
    private final KioskFlow flow;
    private final Map<Step, FlowScreen> screens = new EnumMap<>(Step.class);
    private final Timer ticker;
    private final AWTEventListener touches;
    private Step shown;
    private boolean suspended;

    public FlowView(KioskFrame frame, KioskFlow flow, Messages messages, ProcedureCatalogue catalogue,
            JComponent attract) {
        this.frame = frame;
        this.flow = flow;
        screens.put(Step.IDENTIFY, new IdentifyScreen(messages, flow));
        screens.put(Step.FIELD, new FieldScreen(messages, flow, catalogue.fields()));
        screens.put(Step.PROCEDURE, new ProcedureScreen(messages, flow, catalogue));
        screens.put(Step.INFO, new InfoScreen(messages, flow));
        screens.put(Step.PRIORITY, new PriorityScreen(messages, flow));
        screens.put(Step.PRINTING, new PrintingScreen(messages, flow));
        screens.put(Step.DONE, new DoneScreen(messages, flow));
        screens.put(Step.FAILED, new FailedScreen(messages, flow));
        frame.addScreen(Step.ATTRACT.name(), attract);
        screens.forEach((step, screen) -> frame.addScreen(step.name(), screen));
        flow.onChange(this::render);
        messages.onChange(l -> render(flow.state()));
        ticker = new Timer(1000, e -> flow.tick());
        touches = event -> {
            if (event.getID() == MouseEvent.MOUSE_PRESSED) {
                flow.touched();
            }
        };
        render(flow.state());
    }

    /** Starts the countdown tick and the touch listener. */
    public void start() {
        Toolkit.getDefaultToolkit().addAWTEventListener(touches, AWTEvent.MOUSE_EVENT_MASK);
        ticker.start();
    }

    public void stop() {
        ticker.stop();
        Toolkit.getDefaultToolkit().removeAWTEventListener(touches);
    }

    /** Another card (technician mode) covers the flow; the flow keeps running behind it. */
    public void suspend() {
        suspended = true;
    }

    /** Shows the flow's current screen again. */
    public void resume() {
        suspended = false;
        shown = null;
        render(flow.state());
    }

    /** The screen of a step (for tests and screenshots). */
    public JComponent screen(Step step) {
        return screens.get(step);
    }

    private void render(FlowState state) {
        FlowScreen screen = screens.get(state.step());
        if (screen != null) {
            screen.show(state);
        }
        if (suspended) {
            shown = null;
            return;
        }
        if (state.step() != shown) {
            frame.showScreen(state.step().name());
            shown = state.step();
        }
    }
}
