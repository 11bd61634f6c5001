package vn.onestop.kiosk.flow;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import vn.onestop.core.identity.CccdParser;
import vn.onestop.core.identity.CitizenIdentity;
import vn.onestop.core.identity.IdentityResult;
import vn.onestop.device.scanner.IdentityReader;

/**
 * Who the citizen is (no Swing): a card read by the scanner on (almost) any screen, or the ID number typed on the
 * identify screen's keypad, or no identity at all for a plain ticket; and what follows from a card (the elderly
 * priority suggested, the ID number's warnings for a dossier). Part of {@link KioskFlow}: same thread, same rules.
 */
public final class IdentifyFlow {
    /** Age from which a citizen is served first as elderly (Law on the Elderly 2009, Art. 2). */
    static final int ELDERLY_AGE = 60;
    public static final int KEYPAD_DIGITS = 12;

    private final KioskFlow host;
    private final CccdParser parser;
    private final Clock clock;

    IdentifyFlow(KioskFlow host, CccdParser parser, Clock clock) {
        this.host = host;
        this.parser = Objects.requireNonNull(parser, "parser");
        this.clock = clock;
    }

    /** A card was read by the scanner, on any screen but printing: a valid card goes straight to the fields. */
    public void cardRead(IdentityReader.Outcome outcome) {
        Step s = host.state().step();
        if (s == Step.PRINTING || s == Step.SUBMITTING) {
            return;
        }
        if (outcome instanceof IdentityReader.Outcome.Accepted ok) {
            host.set(host.fresh().withIdentity(ok.identity(), "", false, List.of()).withStep(Step.FIELD));
        } else {
            var refused = (IdentityReader.Outcome.Refused) outcome;
            host.set(host.fresh().withIdentity(null, "", false, refused.reasons()).withStep(Step.IDENTIFY));
        }
    }

    /** A digit key on the identify screen's keypad; more than twelve digits are ignored. */
    public void keypadDigit(char digit) {
        FlowState state = host.state();
        if (state.step() != Step.IDENTIFY || digit < '0' || digit > '9'
                || state.typedId().length() >= KEYPAD_DIGITS) {
            return;
        }
        host.set(state.withIdentity(null, state.typedId() + digit, false, List.of()));
    }

    public void keypadDelete() {
        FlowState state = host.state();
        String t = state.typedId();
        if (state.step() == Step.IDENTIFY && !t.isEmpty()) {
            host.set(state.withIdentity(null, t.substring(0, t.length() - 1), false, List.of()));
        }
    }

    /** Checks the typed number; a valid one moves on to the fields, a wrong one says why and keeps the digits. */
    public void keypadSubmit() {
        FlowState state = host.state();
        if (state.step() != Step.IDENTIFY) {
            return;
        }
        IdentityResult result = parser.checkIdNumber(state.typedId());
        if (result.valid()) {
            host.set(state.withIdentity(null, state.typedId(), true, List.of()).withStep(Step.FIELD));
        } else {
            host.set(state.withIdentity(null, state.typedId(), false, result.problems()));
        }
    }

    /** A plain ticket without identifying: nothing personal is kept. */
    public void continueWithoutId() {
        FlowState state = host.state();
        if (state.step() == Step.IDENTIFY) {
            host.set(state.withIdentity(null, "", false, List.of()).withStep(Step.FIELD));
        }
    }

    /** The priority class suggested for the card read: "elderly" from {@link #ELDERLY_AGE}, else none (null). */
    String suggestedPriority() {
        CitizenIdentity id = host.state().identity();
        if (id == null) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        return Period.between(id.dateOfBirth(), today).getYears() >= ELDERLY_AGE ? "elderly" : null;
    }

    /**
     * The warning codes of the card's ID number, told to the receiving official with a dossier (an unknown province
     * code is accepted, not refused).
     */
    List<String> idWarnings() {
        return parser.checkIdNumber(host.state().identity().idNumber()).warningCodes();
    }
}
