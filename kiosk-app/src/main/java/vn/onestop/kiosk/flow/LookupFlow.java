package vn.onestop.kiosk.flow;

import vn.onestop.core.dossier.DossierCodeException;
import vn.onestop.core.filing.LookupCode;

/**
 * Dossier lookup (no Swing): opened from the attract screen or by a slip's QR code, the code scanned or typed,
 * checked here (a malformed text never reaches the server), then asked of the server; a dossier found can be rated.
 * Part of {@link KioskFlow}.
 */
public final class LookupFlow {
    static final int MAX_TYPED = 64;
    private final KioskFlow host;
    private final DossierDesk desk;
    private LookupState state = LookupState.EMPTY;

    LookupFlow(KioskFlow host, DossierDesk desk) {
        this.host = host;
        this.desk = desk;
    }

    public LookupState state() {
        return state;
    }

    void clear() {
        state = LookupState.EMPTY;
    }

    /** "Look up a dossier" on the attract screen. */
    public void open() {
        if (host.state().step() == Step.ATTRACT) {
            host.set(host.fresh().withStep(Step.LOOKUP));
        }
    }

    /**
     * A receipt slip's QR code was scanned: between sessions (attract, identify, lookup and the end screens) it opens
     * the lookup (the session's personal data dropped); elsewhere it is ignored so a form in progress is never lost.
     */
    public void slipScanned(String text) {
        if (!host.betweenSessions()) {
            return;
        }
        if (host.state().step() != Step.LOOKUP) {
            host.set(host.fresh().withStep(Step.LOOKUP));
        }
        if (!state.busy()) {
            ask(text, "");
        }
    }

    /**
     * "Rate our service" on a dossier found by its slip's QR code or its typed code: the server is asked whether an
     * official has received it and it is not yet rated; only then are the levels offered, else a clear message (a
     * dossier only prepared is "not received yet"). Nothing is offered right after filing (the kiosk only prepares
     * the dossier, issue 22) or after a ticket is printed (the citizen rates once served, on the counter's tablet or
     * by scanning the ticket's QR code, issue 27).
     */
    public void rate() {
        if (host.state().step() == Step.LOOKUP && state.result() instanceof LookupOutcome.Found f) {
            String code = f.dossier().code();
            RatingFlow rating = host.rating();
            rating.checkingDossier(code);
            host.set(host.fresh().withStep(Step.RATING));
            desk.checkDossier(code, check -> rating.checked(code, check));
        }
    }

    /** The whole text typed so far on the keyboard. */
    public void text(String typed) {
        if (host.state().step() == Step.LOOKUP && typed != null && !state.busy()) {
            state = new LookupState(typed.length() > MAX_TYPED ? typed.substring(0, MAX_TYPED) : typed, null, null,
                    false);
            host.refresh();
        }
    }

    /** "Look up" tapped: the typed code is asked about. */
    public void submit() {
        if (host.state().step() == Step.LOOKUP && !state.busy()) {
            if (vn.onestop.core.booking.BookingCodeText.normalize(state.typed()).isPresent()) {
                host.booking().scanned(state.typed()); // a booking code typed here checks it in (issue 24)
                return;
            }
            ask(state.typed(), state.typed());
        }
    }

    private void ask(String text, String typed) {
        String code;
        try {
            code = LookupCode.of(text);
        } catch (DossierCodeException e) {
            state = new LookupState(typed, null, new LookupOutcome.Malformed(), false);
            host.refresh();
            return;
        }
        state = new LookupState(typed, code, null, true);
        host.refresh();
        desk.lookup(code, this::answered);
    }

    private void answered(LookupOutcome outcome) {
        if (host.state().step() != Step.LOOKUP || !state.busy()) {
            return;
        }
        state = new LookupState(state.typed(), state.code(), outcome, false);
        host.refresh();
    }
}
