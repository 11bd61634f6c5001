package vn.onestop.kiosk.flow;

import java.util.Objects;

/**
 * The online-filing guide of the chosen procedure ({@link Step#GUIDE}): its slip printed on request, and the
 * "help me file online" ticket of the assisted-filing desk. Same thread rules as {@link KioskFlow}.
 */
public final class GuideFlow {

    /** Where the guide slip is. */
    public enum Print { NONE, PRINTING, PRINTED, FAILED }

    /** The slip's state and, when it failed, the stable problem code. */
    public record State(Print print, String problem) {}

    private final KioskFlow flow;
    private final GuideDesk desk;
    private State state = new State(Print.NONE, null);

    GuideFlow(KioskFlow flow, GuideDesk desk) {
        this.flow = flow;
        this.desk = Objects.requireNonNull(desk, "desk");
    }

    public State state() {
        return state;
    }

    /** Whether the centre has an assisted online-filing desk to send the citizen to. */
    public boolean helpAvailable() {
        return desk.assistedService().isPresent();
    }

    /** "Print this guide": one slip per tap once the last one is out; repeated taps while printing are ignored. */
    public void print() {
        if (flow.state().step() != Step.GUIDE || state.print() == Print.PRINTING
                || !flow.state().printer().canPrint()) {
            return;
        }
        state = new State(Print.PRINTING, null);
        flow.refresh();
        desk.printGuide(flow.state().procedure(), problem -> {
            if (flow.state().step() != Step.GUIDE) {
                return;
            }
            state = problem == null ? new State(Print.PRINTED, null) : new State(Print.FAILED, problem);
            flow.refresh();
        });
    }

    String assistedService() {
        return desk.assistedService().orElse(null);
    }

    void clear() {
        state = new State(Print.NONE, null);
    }
}
