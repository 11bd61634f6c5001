package vn.onestop.kiosk.flow;

import vn.onestop.core.dossier.DossierCodeException;
import vn.onestop.core.filing.LookupCode;

/**
 * Dossier lookup (no Swing): a slip's QR code scanned or the code typed, checked here (a malformed text never
 * reaches the server), then asked of the server. Part of {@link KioskFlow}.
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
                host.bookingScanned(state.typed()); // a booking code typed here checks the booking in (issue 24)
                return;
            }
            ask(state.typed(), state.typed());
        }
    }

    /** A slip's QR code was scanned (the flow is already on the lookup screen). */
    void scanned(String text) {
        if (!state.busy()) {
            ask(text, "");
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
