package vn.onestop.kiosk.flow;

import java.util.List;
import java.util.Optional;
import vn.onestop.core.catalogue.Procedure;
import vn.onestop.core.catalogue.ProcedureField;
import vn.onestop.core.identity.CitizenIdentity;
import vn.onestop.core.identity.IdentityProblem;

/**
 * Everything a screen needs to render, immutable. Personal data lives only in {@code identity} and
 * {@code typedId}; {@link #cleared} drops both (and every choice) when a session ends.
 *
 * @param identity    the card read this session, or null
 * @param typedId     the digits typed on the keypad so far ("" when none)
 * @param idChecked   true once a typed number passed the check (no card data then)
 * @param problems    why the last card or number was refused (empty when none)
 * @param field       the field chosen, or null (procedures searched across every field)
 * @param query       the search text ("" when none)
 * @param procedure   the procedure chosen, or null
 * @param priority    the priority class for the ticket (null = normal)
 * @param orderKey    idempotency key of the ticket order of this procedure choice, or null
 * @param ticket      the ticket printed, or null
 * @param failure     why no ticket came out (stable code), or null
 * @param printer     what the printer allows
 * @param secondsLeft seconds before the idle timeout ends the session
 * @param serverOnline whether the last call to the server worked (offline tickets otherwise)
 */
public record FlowState(Step step, CitizenIdentity identity, String typedId, boolean idChecked,
        List<IdentityProblem> problems, ProcedureField field, String query, Procedure procedure, String priority,
        String orderKey, IssuedTicket ticket, String failure, PrinterAvailability printer, int secondsLeft,
        boolean serverOnline) {

    public FlowState {
        problems = List.copyOf(problems);
    }

    public static FlowState initial(PrinterAvailability printer, int idleSeconds) {
        return new FlowState(Step.ATTRACT, null, "", false, List.of(), null, "", null, null, null, null, null,
                printer, idleSeconds, true);
    }

    /** The attract state with every choice and all personal data dropped; device and server state kept. */
    public FlowState cleared(int idleSeconds) {
        return initial(printer, idleSeconds).withServerOnline(serverOnline);
    }

    public Optional<CitizenIdentity> identityRead() {
        return Optional.ofNullable(identity);
    }

    public boolean identified() {
        return identity != null || idChecked;
    }

    public FlowState withStep(Step s) {
        return new FlowState(s, identity, typedId, idChecked, problems, field, query, procedure, priority, orderKey,
                ticket, failure, printer, secondsLeft, serverOnline);
    }

    public FlowState withIdentity(CitizenIdentity id, String typed, boolean checked, List<IdentityProblem> probs) {
        return new FlowState(step, id, typed, checked, probs, field, query, procedure, priority, orderKey, ticket,
                failure, printer, secondsLeft, serverOnline);
    }

    public FlowState withField(ProcedureField f, String q) {
        return new FlowState(step, identity, typedId, idChecked, problems, f, q, procedure, priority, orderKey,
                ticket, failure, printer, secondsLeft, serverOnline);
    }

    public FlowState withProcedure(Procedure p, String prio, String key) {
        return new FlowState(step, identity, typedId, idChecked, problems, field, query, p, prio, key, ticket,
                failure, printer, secondsLeft, serverOnline);
    }

    public FlowState withResult(IssuedTicket t, String why) {
        return new FlowState(step, identity, typedId, idChecked, problems, field, query, procedure, priority,
                orderKey, t, why, printer, secondsLeft, serverOnline);
    }

    public FlowState withPrinter(PrinterAvailability p) {
        return new FlowState(step, identity, typedId, idChecked, problems, field, query, procedure, priority,
                orderKey, ticket, failure, p, secondsLeft, serverOnline);
    }

    public FlowState withSecondsLeft(int s) {
        return new FlowState(step, identity, typedId, idChecked, problems, field, query, procedure, priority,
                orderKey, ticket, failure, printer, s, serverOnline);
    }

    public FlowState withServerOnline(boolean online) {
        return new FlowState(step, identity, typedId, idChecked, problems, field, query, procedure, priority,
                orderKey, ticket, failure, printer, secondsLeft, online);
    }

    /** Never shows typed digits or card data (they are personal data). */
    @Override
    public String toString() {
        return "FlowState[" + step + ", identified=" + identified() + ", typedDigits=" + typedId.length()
                + ", procedure=" + (procedure == null ? "-" : procedure.code()) + ", priority=" + priority
                + ", ticket=" + (ticket == null ? "-" : ticket.displayNumber()) + ", failure=" + failure
                + ", printer=" + printer + ", secondsLeft=" + secondsLeft + "]";
    }
}
