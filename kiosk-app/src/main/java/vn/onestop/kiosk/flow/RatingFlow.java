package vn.onestop.kiosk.flow;

import java.util.ArrayList;
import java.util.List;
import vn.onestop.core.rating.RatingLevel;
import vn.onestop.core.wire.RatingRequest;

/**
 * The rating after a ticket or a filing (no Swing): five levels; a satisfied level is sent at once, a low one
 * asks for reasons first. The server keeps one rating per ticket or dossier. Part of {@link KioskFlow}.
 */
public final class RatingFlow {
    private final KioskFlow host;
    private final DossierDesk desk;
    private final FilingOptions options;
    private RatingState state = RatingState.NONE;

    RatingFlow(KioskFlow host, DossierDesk desk, FilingOptions options) {
        this.host = host;
        this.desk = desk;
        this.options = options;
    }

    public RatingState state() {
        return state;
    }

    /** The reason codes offered with a low level. */
    public List<String> reasons() {
        return options.ratingReasons();
    }

    void begin(String ticketId, String dossierCode) {
        state = new RatingState(ticketId, dossierCode, null, List.of(), false, null);
    }

    void clear() {
        state = RatingState.NONE;
    }

    private boolean open() {
        return host.state().step() == Step.RATING && !state.sending() && state.result() == null;
    }

    /** A level tapped: satisfied levels are sent at once, low ones ask why first. */
    public void choose(RatingLevel level) {
        if (!open()) {
            return;
        }
        state = new RatingState(state.ticketId(), state.dossierCode(), level, List.of(), false, null);
        if (level.isLow()) {
            host.refresh();
        } else {
            send();
        }
    }

    public void toggleReason(String code) {
        if (!open() || state.level() == null || !state.level().isLow() || !options.ratingReasons().contains(code)) {
            return;
        }
        List<String> r = new ArrayList<>(state.reasons());
        if (!r.remove(code)) {
            r.add(code);
        }
        state = new RatingState(state.ticketId(), state.dossierCode(), state.level(), r, false, null);
        host.refresh();
    }

    /** Sends a low rating with the reasons ticked (none is allowed). */
    public void send() {
        if (!open() || state.level() == null) {
            return;
        }
        state = new RatingState(state.ticketId(), state.dossierCode(), state.level(), state.reasons(), true, null);
        host.refresh();
        desk.rate(new RatingRequest(state.ticketId(), state.dossierCode(), state.level().score(), state.reasons(),
                null), this::answered);
    }

    private void answered(RatingOutcome outcome) {
        if (host.state().step() != Step.RATING || !state.sending()) {
            return;
        }
        state = new RatingState(state.ticketId(), state.dossierCode(), state.level(), state.reasons(), false, outcome);
        host.refresh();
    }
}
