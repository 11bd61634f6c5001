package vn.onestop.kiosk.flow;

import java.util.Objects;
import vn.onestop.core.catalogue.Procedure;

/**
 * The online-filing guide of the chosen procedure ({@link Step#GUIDE}): opened from the information screen, its slip
 * printed on request, and the "help me file online" ticket of the assisted-filing desk. Same thread rules as
 * {@link KioskFlow}.
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

    /** Whether the chosen procedure is filed online and the kiosk can show its steps and link. */
    public boolean available() {
        Procedure p = flow.state().procedure();
        return p != null && p.filing().guided();
    }

    /** "How to file online" on the information screen. */
    public void open() {
        if (flow.state().step() == Step.INFO && available()) {
            flow.goTo(Step.GUIDE);
        }
    }

    /**
     * "Help me file online" on the guide: a queue ticket of the assisted online-filing desk, printed like any
     * ticket (same idempotency key as this procedure choice, so one tap gives one ticket).
     */
    public void helpFileOnline() {
        FlowState s = flow.state();
        String service = desk.assistedService().orElse(null);
        if (s.step() != Step.GUIDE || service == null || !s.printer().canPrint()) {
            return;
        }
        Procedure p = s.procedure();
        flow.print(new TicketOrder(s.orderKey(), service, s.priority(), p.code(), p.nameVi(), p.nameEn()));
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

    void clear() {
        state = new State(Print.NONE, null);
    }
}
