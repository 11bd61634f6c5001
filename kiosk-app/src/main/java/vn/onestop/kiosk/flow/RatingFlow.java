package vn.onestop.kiosk.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.onestop.core.rating.RatingLevel;
import vn.onestop.core.wire.RatingReasonInfo;
import vn.onestop.core.wire.RatingRequest;

/**
 * The rating of a served ticket (its QR scanned) or of a dossier received by an official (looked up) (no Swing): five levels; a low level asks for reasons first; then, when the
 * centre configures them, each per-criterion question (1-5, skippable); then the rating is sent. Without criteria a
 * satisfied level is sent at once. When the screen times out during the questions, the level is sent with the
 * answers given so far, so an unanswered question never loses the rating. The server keeps one rating per ticket
 * or dossier. Part of {@link KioskFlow}.
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

    /** The optional per-criterion questions, in the order asked. */
    public List<RatingReasonInfo> criteria() {
        return options.ratingCriteria();
    }

    /**
     * A queue ticket's QR code ({@code ONESTOP-TICKET|number|id}, or its link for phones, see {@link TicketQr}) was
     * scanned (issue 27): between sessions (attract, identify, lookup and the end screens, or a rating answered) the
     * rating screen opens and the server is asked whether the ticket was served and not yet rated; only then are the
     * levels offered, else a clear message. Elsewhere it is ignored.
     */
    public void ticketScanned(String text) {
        String id = TicketQr.ticketRef(text);
        if (id == null || !(host.betweenSessions() || host.state().step() == Step.RATING && state.result() != null)) {
            return;
        }
        checking(id);
        host.set(host.fresh().withStep(Step.RATING));
        desk.checkTicket(id, check -> checked(id, check));
    }

    void begin(String ticketId, String dossierCode) {
        state = new RatingState(ticketId, dossierCode, null, List.of(), -1, Map.of(), false, null);
    }

    /** A scanned ticket is being checked with the server (issue 27): nothing can be chosen meanwhile. */
    void checking(String ticketId) {
        state = new RatingState(ticketId, null, null, List.of(), -1, Map.of(), true, null);
    }

    /** A looked-up dossier is being checked with the server: nothing can be chosen meanwhile. */
    void checkingDossier(String dossierCode) {
        state = new RatingState(null, dossierCode, null, List.of(), -1, Map.of(), true, null);
    }

    /**
     * The server's answer about the scanned ticket or the looked-up dossier ({@code ref}): the levels open only for a
     * served ticket or a dossier received by an official, not yet rated.
     */
    void checked(String ref, TicketCheck check) {
        if (host.state().step() != Step.RATING || !state.sending() || state.level() != null
                || !(ref.equals(state.ticketId()) || ref.equals(state.dossierCode()))) {
            return;
        }
        RatingOutcome refusal = switch (check) {
            case RATABLE -> null;
            case NOT_SERVED -> RatingOutcome.NOT_SERVED;
            case ALREADY_RATED -> RatingOutcome.ALREADY_RATED;
            case UNKNOWN -> RatingOutcome.UNKNOWN_TICKET;
            case UNAVAILABLE -> RatingOutcome.UNAVAILABLE;
            case NOT_RECEIVED -> RatingOutcome.NOT_RECEIVED;
        };
        state = refusal == null ? new RatingState(state.ticketId(), state.dossierCode(), null, List.of(), -1, Map.of(),
                false, null)
                : state.with(null, List.of(), -1, Map.of(), false, refusal);
        host.refresh();
    }

    void clear() {
        state = RatingState.NONE;
    }

    private boolean open() {
        return host.state().step() == Step.RATING && !state.sending() && state.result() == null;
    }

    /** A level tapped: low levels ask why first; otherwise the questions follow, or the rating is sent. */
    public void choose(RatingLevel level) {
        if (!open() || state.level() != null) {
            return;
        }
        state = state.with(level, List.of(), -1, Map.of(), false, null);
        if (level.isLow()) {
            host.refresh();
        } else {
            next();
        }
    }

    public void toggleReason(String code) {
        if (!open() || !state.askingReasons() || !options.ratingReasons().contains(code)) {
            return;
        }
        List<String> r = new ArrayList<>(state.reasons());
        if (!r.remove(code)) {
            r.add(code);
        }
        state = state.with(state.level(), r, -1, state.answers(), false, null);
        host.refresh();
    }

    /** The reasons are done ("Send rating", none ticked is allowed): the questions follow, or the rating is sent. */
    public void send() {
        if (open() && state.askingReasons()) {
            next();
        }
    }

    /** The criterion on screen answered 1 (very dissatisfied) to 5 (very satisfied). */
    public void answer(int value) {
        if (!open() || !state.askingCriterion() || value < 1 || value > 5) {
            return;
        }
        Map<String, Integer> a = new LinkedHashMap<>(state.answers());
        a.put(criteria().get(state.question()).code(), value);
        state = state.with(state.level(), state.reasons(), state.question(), a, false, null);
        next();
    }

    /** "Bỏ qua / Skip": the criterion on screen stays unanswered. */
    public void skip() {
        if (open() && state.askingCriterion()) {
            next();
        }
    }

    /** The rating screen timed out: during the questions the level is sent with what was answered, not lost. */
    void timedOut() {
        if (host.state().step() == Step.RATING && state.askingCriterion()) {
            desk.rate(request(), outcome -> { });
        }
    }

    private void next() {
        int q = state.question() + 1;
        if (q < criteria().size()) {
            state = state.with(state.level(), state.reasons(), q, state.answers(), false, null);
            host.refresh();
            return;
        }
        state = state.with(state.level(), state.reasons(), state.question(), state.answers(), true, null);
        host.refresh();
        desk.rate(request(), this::answered);
    }

    private RatingRequest request() {
        return new RatingRequest(state.ticketId(), state.dossierCode(), state.level().score(), state.reasons(),
                null, state.answers().isEmpty() ? null : state.answers());
    }

    private void answered(RatingOutcome outcome) {
        if (host.state().step() != Step.RATING || !state.sending()) {
            return;
        }
        state = state.with(state.level(), state.reasons(), state.question(), state.answers(), false, outcome);
        host.refresh();
    }
}
